package vn.kiemtra.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateStatus;

/** A template the office wrote: sub-criteria and a maximum of 80 instead of 100. */
class SubCriteriaScoringTest {
  private static Criterion c(String code, AnswerType type, String max, Criterion... subs) {
    boolean ratio = type == AnswerType.TL;
    return new Criterion(
        code,
        code,
        null,
        type,
        Set.of(),
        new BigDecimal(max),
        true,
        ratio ? new BigDecimal("100") : null,
        ratio ? new BigDecimal("50") : null,
        List.of(subs));
  }

  private static final ChecklistTemplate EIGHTY =
      new ChecklistTemplate(
          null,
          "CCHC-XA",
          "2026",
          "Cấp xã",
          TemplateStatus.PUBLISHED,
          NotApplicablePolicy.EXCLUDE_FROM_MAX,
          new BigDecimal("0.5"),
          List.of(
              new ChecklistArea(
                  "CD",
                  "Chỉ đạo",
                  List.of(
                      c("CD01", AnswerType.DKD, "1.5"),
                      c(
                          "CD02",
                          AnswerType.DKD,
                          "20",
                          c("CD02.1", AnswerType.DKD4, "10"),
                          c("CD02.2", AnswerType.DKD4, "10")))),
              new ChecklistArea(
                  "TT",
                  "Thủ tục",
                  List.of(c("TT01", AnswerType.TL, "40"), c("TT02", AnswerType.DKD4, "18.5")))),
          TemplateLevel.XA,
          null);

  private static Answer result(String code, Result r) {
    return Answer.empty(code).withResult(r);
  }

  @Test
  void subCriteriaAddUpToTheirParentAndTheTotalIsOutOf80() {
    InspectionScore score =
        new ScoreCalculator()
            .score(
                EIGHTY,
                List.of(
                    result("CD01", Result.PASS),
                    result("CD02.1", Result.PASS),
                    result("CD02.2", Result.PARTIAL),
                    new Answer("TT01", null, null, null, 80L, 100L, null, null, null),
                    result("TT02", Result.FAIL)));

    assertThat(score.criterion("CD02").orElseThrow().score()).isEqualByComparingTo("15");
    assertThat(score.areas().get(0).achieved()).isEqualByComparingTo("16.5");
    assertThat(score.areas().get(0).maxScore()).isEqualByComparingTo("21.5");
    assertThat(score.criterion("TT01").orElseThrow().score()).isEqualByComparingTo("24");
    assertThat(score.maxScore()).isEqualByComparingTo("80");
    assertThat(score.achieved()).isEqualByComparingTo("40.5");
    assertThat(score.normalisedPercent()).contains(new BigDecimal("50.63"));
  }

  @Test
  void aNotApplicableSubCriterionLeavesTheMaximum() {
    InspectionScore score =
        new ScoreCalculator()
            .score(
                EIGHTY,
                List.of(
                    result("CD02.1", Result.PASS),
                    result("CD02.2", Result.NOT_APPLICABLE),
                    result("CD01", Result.PASS),
                    result("TT01", Result.PASS),
                    result("TT02", Result.PASS)));
    assertThat(score.criterion("CD02").orElseThrow().score()).isEqualByComparingTo("10");
    assertThat(score.achieved()).isEqualByComparingTo("70");
  }
}
