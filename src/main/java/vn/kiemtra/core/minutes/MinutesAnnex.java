package vn.kiemtra.core.minutes;

import java.util.List;

/**
 * The optional annex: the checklist with results and scores, printed after the minutes with its own
 * page numbering (Decree 30, Phụ lục I §I).
 *
 * @param label "Phụ lục"
 * @param title "KẾT QUẢ KIỂM TRA THEO BỘ TIÊU CHÍ"
 * @param reference the italic line "(Kèm theo Biên bản kiểm tra số … ngày …)"
 * @param columns the four column headings: code, criterion, result, points
 * @param rows area and criterion rows in template order
 * @param totalLabel the label of the total row
 * @param totalScore the total points, e.g. "88,5/100"
 */
public record MinutesAnnex(
    String label,
    String title,
    String reference,
    List<String> columns,
    List<AnnexRow> rows,
    String totalLabel,
    String totalScore) {
  public MinutesAnnex {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
