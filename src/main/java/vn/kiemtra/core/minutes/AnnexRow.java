package vn.kiemtra.core.minutes;

/**
 * One row of the checklist annex: an area line (bold, with the area's points) or a criterion line.
 *
 * @param area true for an area heading row
 * @param code the area or criterion code
 * @param text the area name or criterion text
 * @param result the recorded result in words, with counts and ratios ("đạt; hơn 11.300 …"), or ""
 * @param score "1,5/2,5", "không áp dụng" or "chưa đánh giá"
 */
public record AnnexRow(boolean area, String code, String text, String result, String score) {}
