package vn.kiemtra.core.checklist;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/** One inspected area (lĩnh vực) of a template, with its criteria in print order. */
public record ChecklistArea(String code, String name, List<Criterion> criteria) {
  public ChecklistArea {
    criteria = List.copyOf(criteria);
  }

  /** Every criterion and sub-criterion of the area, in order. */
  public Stream<Criterion> allCriteria() {
    return criteria.stream().flatMap(Criterion::flatten);
  }

  /** The sum of the top-level criteria's points (sub-criteria share their parent's points). */
  public BigDecimal maxScore() {
    return criteria.stream().map(Criterion::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
