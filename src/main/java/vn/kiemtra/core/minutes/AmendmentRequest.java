package vn.kiemtra.core.minutes;

import java.time.LocalDateTime;

/**
 * What the user enters to record an amendment: what is added or corrected, and when and where the
 * amending session is held (printed in the "biên bản bổ sung"; never taken from the computer
 * clock).
 */
public record AmendmentRequest(String text, LocalDateTime heldAt, String place) {}
