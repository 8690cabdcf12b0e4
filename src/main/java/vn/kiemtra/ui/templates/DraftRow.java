package vn.kiemtra.ui.templates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.Criterion;

/**
 * One row of the editor's tree while it is edited: an area (code and name) or a criterion with
 * every field of the workbook; sub-criteria are its children. Converted to and from core records.
 */
final class DraftRow {
  final boolean area;
  String code = "";
  String text = "";
  String guidance;
  AnswerType type = AnswerType.DKD;
  final Set<AnswerType> facts = EnumSet.noneOf(AnswerType.class);
  BigDecimal points = BigDecimal.ZERO;
  boolean naAllowed;
  BigDecimal target;
  BigDecimal threshold;
  final List<DraftRow> children = new ArrayList<>();

  DraftRow(boolean area) {
    this.area = area;
  }

  static DraftRow of(ChecklistArea a) {
    DraftRow r = new DraftRow(true);
    r.code = a.code();
    r.text = a.name();
    a.criteria().forEach(c -> r.children.add(of(c)));
    return r;
  }

  static DraftRow of(Criterion c) {
    DraftRow r = new DraftRow(false);
    r.code = c.code();
    r.text = c.text();
    r.guidance = c.guidance();
    r.type = c.answerType();
    r.facts.addAll(c.facts());
    r.points = c.maxScore();
    r.naAllowed = c.notApplicableAllowed();
    r.target = c.ratioTarget();
    r.threshold = c.ratioThreshold();
    c.subCriteria().forEach(s -> r.children.add(of(s)));
    return r;
  }

  ChecklistArea toArea() {
    return new ChecklistArea(code, text, children.stream().map(DraftRow::toCriterion).toList());
  }

  Criterion toCriterion() {
    return new Criterion(
        code,
        text,
        guidance == null || guidance.isBlank() ? null : guidance,
        type,
        facts,
        points,
        naAllowed,
        target,
        threshold,
        children.stream().map(DraftRow::toCriterion).toList());
  }

  /** The points this row contributes: its own, or its children's sum when it has any. */
  BigDecimal maximum() {
    if (area || !children.isEmpty()) {
      return children.stream().map(DraftRow::maximum).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
    return points == null ? BigDecimal.ZERO : points;
  }
}
