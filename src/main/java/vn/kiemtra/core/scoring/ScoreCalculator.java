package vn.kiemtra.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.shared.Decimals;

/**
 * Scores an inspection's answers with its template's rules.
 *
 * <ul>
 *   <li>An inspector's score override wins, clamped to the criterion's points.
 *   <li>A result scores full points (đạt), the template's partial factor (đạt một phần) or zero.
 *   <li>Without a result, a ratio scores by the criterion's target and threshold, and a count
 *       scores full points when above zero.
 *   <li>Not applicable follows the template's policy; an empty answer stays "chưa đánh giá".
 *   <li>A criterion with sub-criteria and no answer of its own earns the sum of its sub-criteria,
 *       capped at its points.
 * </ul>
 */
public final class ScoreCalculator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public InspectionScore score(ChecklistTemplate template, Collection<Answer> answerList) {
    Map<String, Answer> answers =
        answerList.stream()
            .collect(Collectors.toMap(Answer::criterionCode, Function.identity(), (a, b) -> b));
    List<AreaScore> areas = new ArrayList<>();
    for (ChecklistArea area : template.areas()) {
      areas.add(scoreArea(template, area, answers));
    }
    return new InspectionScore(areas);
  }

  private AreaScore scoreArea(
      ChecklistTemplate template, ChecklistArea area, Map<String, Answer> answers) {
    List<CriterionScore> flat = new ArrayList<>();
    BigDecimal achieved = BigDecimal.ZERO;
    BigDecimal applicable = BigDecimal.ZERO;
    BigDecimal unassessed = BigDecimal.ZERO;
    for (Criterion criterion : area.criteria()) {
      CriterionScore top = scoreTree(template, criterion, answers, flat);
      switch (top.state()) {
        case SCORED -> {
          achieved = achieved.add(top.score());
          applicable = applicable.add(top.maxScore());
        }
        case UNASSESSED -> {
          applicable = applicable.add(top.maxScore());
          unassessed = unassessed.add(top.maxScore());
        }
        case NOT_APPLICABLE_EXCLUDED -> {}
      }
    }
    int answered = (int) flat.stream().filter(CriterionScore::isAssessed).count();
    return new AreaScore(
        area.code(),
        area.name(),
        achieved,
        area.maxScore(),
        applicable,
        unassessed,
        answered,
        flat.size(),
        flat);
  }

  private CriterionScore scoreTree(
      ChecklistTemplate template,
      Criterion criterion,
      Map<String, Answer> answers,
      List<CriterionScore> flat) {
    int position = flat.size();
    flat.add(null);
    List<CriterionScore> subs = new ArrayList<>();
    for (Criterion sub : criterion.subCriteria()) {
      subs.add(scoreTree(template, sub, answers, flat));
    }
    CriterionScore own = scoreOne(template, criterion, answers.get(criterion.code()));
    if (!own.isAssessed() && subs.stream().anyMatch(CriterionScore::isAssessed)) {
      BigDecimal sum =
          subs.stream()
              .filter(s -> s.state() == CriterionScore.State.SCORED)
              .map(CriterionScore::score)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      own =
          new CriterionScore(
              criterion.code(),
              CriterionScore.State.SCORED,
              sum.min(criterion.maxScore()),
              criterion.maxScore());
    }
    flat.set(position, own);
    return own;
  }

  /** Scores one criterion from its own answer. */
  public CriterionScore scoreOne(ChecklistTemplate template, Criterion criterion, Answer answer) {
    BigDecimal max = criterion.maxScore();
    if (answer == null || !answer.isAssessed()) {
      return unassessed(criterion);
    }
    if (answer.scoreOverride() != null) {
      return scored(criterion, answer.scoreOverride().max(BigDecimal.ZERO).min(max));
    }
    Result result = answer.result();
    if (result == Result.NOT_APPLICABLE) {
      return template.notApplicablePolicy() == NotApplicablePolicy.FULL_SCORE
          ? scored(criterion, max)
          : new CriterionScore(
              criterion.code(), CriterionScore.State.NOT_APPLICABLE_EXCLUDED, null, max);
    }
    if (result != null) {
      return switch (result) {
        case PASS -> scored(criterion, max);
        case PARTIAL -> scored(criterion, max.multiply(template.partialFactor()));
        case FAIL -> scored(criterion, BigDecimal.ZERO);
        case NOT_APPLICABLE -> throw new IllegalStateException("handled above");
      };
    }
    if (answer.hasRatio() && criterion.records(AnswerType.TL)) {
      return scored(criterion, ratioScore(criterion, answer));
    }
    if (answer.count() != null && criterion.records(AnswerType.SO)) {
      return scored(criterion, answer.count() > 0 ? max : BigDecimal.ZERO);
    }
    return unassessed(criterion);
  }

  private static BigDecimal ratioScore(Criterion criterion, Answer answer) {
    BigDecimal max = criterion.maxScore();
    BigDecimal percent =
        BigDecimal.valueOf(answer.numerator())
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(answer.denominator()), 6, RoundingMode.HALF_UP);
    BigDecimal target = criterion.ratioTarget() == null ? HUNDRED : criterion.ratioTarget();
    BigDecimal threshold =
        criterion.ratioThreshold() == null ? BigDecimal.ZERO : criterion.ratioThreshold();
    if (percent.compareTo(target) >= 0) {
      return max;
    }
    if (percent.compareTo(threshold) < 0 || target.compareTo(threshold) <= 0) {
      return BigDecimal.ZERO;
    }
    return max.multiply(percent.subtract(threshold))
        .divide(target.subtract(threshold), 3, RoundingMode.HALF_UP);
  }

  private static CriterionScore scored(Criterion c, BigDecimal score) {
    return new CriterionScore(
        c.code(), CriterionScore.State.SCORED, Decimals.normal(score), c.maxScore());
  }

  private static CriterionScore unassessed(Criterion c) {
    return new CriterionScore(c.code(), CriterionScore.State.UNASSESSED, null, c.maxScore());
  }
}
