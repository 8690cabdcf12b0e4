package vn.kiemtra.core.minutes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A correction to signed minutes, numbered 1, 2, … per inspection. It is rendered as a "biên bản bổ
 * sung" that refers to the signed minutes; the signed record itself never changes.
 */
public record MinutesAmendment(
    UUID id, UUID inspectionId, int number, String text, OffsetDateTime createdAt) {}
