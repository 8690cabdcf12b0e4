package vn.kiemtra.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.checklist.TemplateStatus;

class ScoreCalculatorTest {
  private final ScoreCalculator calculator = new ScoreCalculator();

  private static Criterion criterion(
      String code, AnswerType type, String max, List<Criterion> subs) {
    return new Criterion(
        code,
        "Tiêu chí " + code,
        null,
        type,
        Set.of(AnswerType.SO),
        new BigDecimal(max),
        true,
        type == AnswerType.TL ? new BigDecimal("100") : null,
        type == AnswerType.TL ? new BigDecimal("50") : null,
        subs);
  }

  private static ChecklistTemplate template(NotApplicablePolicy policy) {
    return new ChecklistTemplate(
        null,
        "T",
        "1",
        "Thử",
        TemplateStatus.PUBLISHED,
        policy,
        new BigDecimal("0.5"),
        List.of(
            new ChecklistArea(
                "A",
                "Lĩnh vực A",
                List.of(
                    criterion("A1", AnswerType.DKD, "2", List.of()),
                    criterion("A2", AnswerType.DKD4, "4", List.of()),
                    criterion("A3", AnswerType.TL, "3", List.of()))),
            new ChecklistArea(
                "B",
                "Lĩnh vực B",
                List.of(
                    criterion("B1", AnswerType.SO, "1", List.of()),
                    criterion(
                        "B2",
                        AnswerType.DKD,
                        "2",
                        List.of(
                            criterion("B2.1", AnswerType.DKD, "1", List.of()),
                            criterion("B2.2", AnswerType.DKD, "1", List.of())))))));
  }

  private static Answer result(String code, Result r) {
    return Answer.empty(code).withResult(r);
  }

  @Test
  void unansweredCriteriaAreUnassessedNotZero() {
    InspectionScore score =
        calculator.score(template(NotApplicablePolicy.EXCLUDE_FROM_MAX), List.of());
    assertThat(score.achieved()).isEqualByComparingTo("0");
    assertThat(score.answered()).isZero();
    assertThat(score.total()).isEqualTo(7);
    assertThat(score.unassessedMax()).isEqualByComparingTo("12");
    assertThat(score.criterion("A1").orElseThrow().state())
        .isEqualTo(CriterionScore.State.UNASSESSED);
    assertThat(score.criterion("A1").orElseThrow().score()).isNull();
  }

  @Test
  void resultsScoreFullPartialAndZero() {
    InspectionScore score =
        calculator.score(
            template(NotApplicablePolicy.EXCLUDE_FROM_MAX),
            List.of(
                result("A1", Result.PASS),
                result("A2", Result.PARTIAL),
                result("B1", Result.FAIL)));
    assertThat(score.criterion("A1").orElseThrow().score()).isEqualByComparingTo("2");
    assertThat(score.criterion("A2").orElseThrow().score()).isEqualByComparingTo("2");
    assertThat(score.criterion("B1").orElseThrow().score()).isEqualByComparingTo("0");
    assertThat(score.achieved()).isEqualByComparingTo("4");
    assertThat(score.answered()).isEqualTo(3);
  }

  @Test
  void notApplicableFollowsTheTemplatePolicy() {
    List<Answer> answers = List.of(result("A1", Result.NOT_APPLICABLE), result("A2", Result.PASS));
    InspectionScore excluded =
        calculator.score(template(NotApplicablePolicy.EXCLUDE_FROM_MAX), answers);
    assertThat(excluded.achieved()).isEqualByComparingTo("4");
    assertThat(excluded.applicableMax()).isEqualByComparingTo("10");
    assertThat(excluded.maxScore()).isEqualByComparingTo("12");
    InspectionScore full = calculator.score(template(NotApplicablePolicy.FULL_SCORE), answers);
    assertThat(full.achieved()).isEqualByComparingTo("6");
    assertThat(full.applicableMax()).isEqualByComparingTo("12");
  }

  @Test
  void ratiosScoreByTargetAndThreshold() {
    ChecklistTemplate t = template(NotApplicablePolicy.EXCLUDE_FROM_MAX);
    assertThat(ratio(t, 100, 100)).isEqualByComparingTo("3");
    assertThat(ratio(t, 75, 100)).isEqualByComparingTo("1.5");
    assertThat(ratio(t, 49, 100)).isEqualByComparingTo("0");
  }

  private BigDecimal ratio(ChecklistTemplate t, long num, long den) {
    return calculator
        .score(t, List.of(Answer.empty("A3").withRatio(num, den)))
        .criterion("A3")
        .orElseThrow()
        .score();
  }

  @Test
  void aCountAloneScoresWhenAboveZero() {
    ChecklistTemplate t = template(NotApplicablePolicy.EXCLUDE_FROM_MAX);
    assertThat(
            calculator
                .score(t, List.of(Answer.empty("B1").withCount(11300L, Qualifier.MORE_THAN)))
                .criterion("B1")
                .orElseThrow()
                .score())
        .isEqualByComparingTo("1");
  }

  @Test
  void overrideWinsButStaysWithinThePoints() {
    ChecklistTemplate t = template(NotApplicablePolicy.EXCLUDE_FROM_MAX);
    Answer a = result("A2", Result.FAIL).withScoreOverride(new BigDecimal("3.25"));
    assertThat(calculator.score(t, List.of(a)).criterion("A2").orElseThrow().score())
        .isEqualByComparingTo("3.25");
    Answer tooMuch = result("A2", Result.FAIL).withScoreOverride(new BigDecimal("9"));
    assertThat(calculator.score(t, List.of(tooMuch)).criterion("A2").orElseThrow().score())
        .isEqualByComparingTo("4");
  }

  @Test
  void aParentWithoutItsOwnAnswerSumsItsSubCriteria() {
    ChecklistTemplate t = template(NotApplicablePolicy.EXCLUDE_FROM_MAX);
    InspectionScore score =
        calculator.score(t, List.of(result("B2.1", Result.PASS), result("B2.2", Result.FAIL)));
    assertThat(score.criterion("B2").orElseThrow().score()).isEqualByComparingTo("1");
    AreaScore b = score.areas().get(1);
    assertThat(b.achieved()).isEqualByComparingTo("1");
    assertThat(b.answered()).isEqualTo(3);
    assertThat(b.total()).isEqualTo(4);
  }

  @Test
  void normalisedPercentUsesOnlyApplicablePoints() {
    ChecklistTemplate t = template(NotApplicablePolicy.EXCLUDE_FROM_MAX);
    InspectionScore score =
        calculator.score(
            t,
            List.of(
                result("A1", Result.PASS),
                result("A2", Result.NOT_APPLICABLE),
                result("A3", Result.PASS),
                result("B1", Result.PASS),
                result("B2", Result.PASS)));
    assertThat(score.normalisedPercent()).get().isEqualTo(new BigDecimal("100.00"));
  }
}
