package vn.kiemtra.core.minutes;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A correction to signed minutes, numbered 1, 2, … per inspection. It is rendered as a "biên bản bổ
 * sung" that refers to the signed minutes; the signed record itself never changes.
 *
 * @param heldAt when the amending session was held, as the user entered it (Vietnam time); null
 *     only for amendments recorded before it was asked for
 * @param place where it was held ("Địa điểm"), as entered; null only for those older amendments
 * @param createdAt when it was recorded in the program
 */
public record MinutesAmendment(
    UUID id,
    UUID inspectionId,
    int number,
    String text,
    LocalDateTime heldAt,
    String place,
    OffsetDateTime createdAt) {

  /** The time printed: the one entered, or for an older amendment the time it was recorded. */
  public LocalDateTime printedTime() {
    return heldAt != null
        ? heldAt
        : createdAt.atZoneSameInstant(vn.kiemtra.core.shared.Clock.VIETNAM).toLocalDateTime();
  }
}
