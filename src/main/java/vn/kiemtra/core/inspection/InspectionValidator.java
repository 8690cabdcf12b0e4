package vn.kiemtra.core.inspection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.ValidationException.Problem;

/**
 * Checks an inspection against its template: answers name criteria of the template, once each;
 * "không áp dụng" only where the criterion allows it; figures are not negative; findings name areas
 * of the template. Paths follow the exchange format ({@code inspection.answers[3].item}).
 */
public final class InspectionValidator {
  private static final Messages MSG = Messages.of("messages");
  private static final Messages EDITING = Messages.of("editing");

  public List<Problem> check(Inspection in, ChecklistTemplate template) {
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < in.answers().size(); i++) {
      Answer a = in.answers().get(i);
      String path = "inspection.answers[" + i + "]";
      Optional<Criterion> criterion = template.criterion(a.criterionCode());
      if (criterion.isPresent()
          && a.result() == Result.NOT_APPLICABLE
          && !criterion.get().notApplicableAllowed()) {
        problems.add(
            new Problem(
                path + ".result",
                EDITING.get("validate.notApplicableNotAllowed", a.criterionCode())));
      }
      if (criterion.isEmpty()) {
        problems.add(
            new Problem(
                path + ".item",
                MSG.get("validate.unknownCriterion", a.criterionCode(), template.ref())));
      } else if (!seen.add(a.criterionCode())) {
        problems.add(
            new Problem(path + ".item", MSG.get("validate.duplicateAnswer", a.criterionCode())));
      }
      if (a.count() != null && a.count() < 0) {
        problems.add(new Problem(path + ".count", MSG.get("validate.negativeCount")));
      }
      if (a.numerator() != null && a.numerator() < 0) {
        problems.add(new Problem(path + ".numerator", MSG.get("validate.negativeNumerator")));
      }
      if (a.denominator() != null && a.denominator() <= 0) {
        problems.add(new Problem(path + ".denominator", MSG.get("validate.denominator")));
      }
      if ((a.numerator() == null) != (a.denominator() == null)) {
        problems.add(
            new Problem(
                path + (a.numerator() == null ? ".numerator" : ".denominator"),
                MSG.get("validate.ratioPair")));
      }
      if (a.scoreOverride() != null && a.scoreOverride().signum() < 0) {
        problems.add(new Problem(path + ".score", MSG.get("validate.negativeScore")));
      }
    }
    Set<String> areas = new HashSet<>();
    for (int i = 0; i < in.areaFindings().size(); i++) {
      AreaFinding f = in.areaFindings().get(i);
      String path = "inspection.areaFindings[" + i + "].area";
      if (template.area(f.areaCode()).isEmpty()) {
        problems.add(
            new Problem(path, MSG.get("validate.unknownArea", f.areaCode(), template.ref())));
      } else if (!areas.add(f.areaCode())) {
        problems.add(new Problem(path, MSG.get("validate.duplicateArea", f.areaCode())));
      }
    }
    Set<Object> recommendationIds = new HashSet<>();
    for (int i = 0; i < in.recommendations().size(); i++) {
      if (!recommendationIds.add(in.recommendations().get(i).id())) {
        problems.add(
            new Problem(
                "inspection.recommendations[" + i + "].id",
                MSG.get("validate.duplicateRecommendation")));
      }
    }
    return problems;
  }
}
