package vn.kiemtra.core.checklist;

import java.util.ArrayList;
import java.util.List;

/**
 * A template in print order, one row per area heading, criterion and sub-criterion: the rows of the
 * workbook's {@code tieu_chi} sheet and of the editor's tree. Problems name rows by position.
 */
public final class TemplateOutline {
  private TemplateOutline() {}

  /**
   * One row: an area heading (criterion null) or a criterion of the area.
   *
   * @param parent the criterion a sub-criterion belongs to, null for a top-level criterion
   * @param depth 0 for areas, 1 for criteria, 2 and more for sub-criteria
   */
  public record Row(
      int position, ChecklistArea area, Criterion criterion, Criterion parent, int depth) {
    public boolean isArea() {
      return criterion == null;
    }
  }

  public static List<Row> rows(ChecklistTemplate template) {
    List<Row> rows = new ArrayList<>();
    for (ChecklistArea area : template.areas()) {
      rows.add(new Row(rows.size(), area, null, null, 0));
      for (Criterion c : area.criteria()) {
        add(rows, area, c, null, 1);
      }
    }
    return rows;
  }

  private static void add(
      List<Row> rows, ChecklistArea area, Criterion c, Criterion parent, int d) {
    rows.add(new Row(rows.size(), area, c, parent, d));
    for (Criterion sub : c.subCriteria()) {
      add(rows, area, sub, c, d + 1);
    }
  }
}
