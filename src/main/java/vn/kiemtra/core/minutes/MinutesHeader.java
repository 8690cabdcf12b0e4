package vn.kiemtra.core.minutes;

/**
 * The Decree 30 header and title of a document, exactly as printed: the left column (governing body
 * upper-case regular, issuing body upper-case bold, number), the right column (national title,
 * motto, optional place-and-date line), the document type and its summary line.
 *
 * @param governingBody upper-cased cơ quan chủ quản, or null when there is none
 * @param issuingBody upper-cased cơ quan ban hành
 * @param numberLine "Số: 05/BB-ĐKT", or "Số: /BB-ĐKT" while the office has not numbered it
 * @param nationalTitle "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 * @param motto "Độc lập - Tự do - Hạnh phúc"
 * @param placeAndDate "Bắc Kạn, ngày 14 tháng 9 năm 2023", or null when the line is not printed
 * @param documentType "BIÊN BẢN" or "BIÊN BẢN BỔ SUNG"
 * @param summary the summary lines (trích yếu), sentence case
 */
public record MinutesHeader(
    String governingBody,
    String issuingBody,
    String numberLine,
    String nationalTitle,
    String motto,
    String placeAndDate,
    String documentType,
    java.util.List<String> summary) {
  public MinutesHeader {
    summary = java.util.List.copyOf(summary);
  }
}
