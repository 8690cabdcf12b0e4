package vn.kiemtra.core.checklist;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Edits of a template's tree that keep its rules: a parent's points are its sub-criteria's sum. */
public final class TemplateTree {
  private TemplateTree() {}

  /** The template with each criterion that has sub-criteria scored as their sum. */
  public static ChecklistTemplate withParentSums(ChecklistTemplate t) {
    return t.withAreas(
        t.areas().stream()
            .map(
                a ->
                    new ChecklistArea(
                        a.code(),
                        a.name(),
                        a.criteria().stream().map(TemplateTree::summed).toList()))
            .toList());
  }

  private static Criterion summed(Criterion c) {
    if (c.subCriteria().isEmpty()) {
      return c;
    }
    List<Criterion> subs = c.subCriteria().stream().map(TemplateTree::summed).toList();
    BigDecimal sum =
        subs.stream()
            .map(Criterion::maxScore)
            .filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Criterion(
        c.code(),
        c.text(),
        c.guidance(),
        c.answerType(),
        c.facts(),
        sum,
        c.notApplicableAllowed(),
        c.ratioTarget(),
        c.ratioThreshold(),
        subs);
  }
}
