package vn.kiemtra.core.minutes;

/**
 * The signature area, kept together on one page: the inspected unit on the left, the team leader on
 * the right and, when the team has one, the secretary centred below.
 *
 * @param left the inspected unit's representative
 * @param right the team leader (TRƯỞNG ĐOÀN)
 * @param centre the secretary (THƯ KÝ), or null
 */
public record MinutesSignatures(SignatureBlock left, SignatureBlock right, SignatureBlock centre) {}
