package vn.kiemtra.core.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.DocumentRef;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.shared.Messages;

/**
 * Section II sentences, one per answer type and combination of facts, as a civil servant writes.
 */
class CriterionProseTest {
  final CriterionProse prose = new CriterionProse(Messages.of("report", Messages.VIETNAMESE));

  static final Criterion INITIATIVES =
      criterion(
          "CD11", "Sáng kiến, giải pháp mới về CCHC được công nhận và áp dụng", AnswerType.SO);
  static final Criterion ON_TIME =
      criterion("TT08", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", AnswerType.TL);
  static final Criterion SIGNED =
      criterion(
          "CS03",
          "Văn bản đi được ký số (số lượng; tỷ lệ trên tổng văn bản đi, trừ văn bản mật)",
          AnswerType.TL);
  static final Criterion PLAN =
      criterion(
          "CD01", "Ban hành Kế hoạch CCHC năm của đơn vị đúng thời hạn quy định", AnswerType.DKD);
  static final Criterion DISCIPLINE =
      criterion("CV07", "Xử lý kỷ luật vi phạm đúng quy định (nếu có)", AnswerType.SO);

  static Criterion criterion(String code, String text, AnswerType type) {
    return new Criterion(
        code,
        text,
        null,
        type,
        Set.of(AnswerType.SO, AnswerType.SH),
        BigDecimal.ONE,
        true,
        null,
        null,
        List.of());
  }

  static Answer answer(String code) {
    return Answer.empty(code);
  }

  @Test
  void aNoteThatStatesTheCountIsNotRepeatedByTheCount() {
    Answer a =
        answer("CD11")
            .withResult(Result.PASS)
            .withCount(2L, Qualifier.EXACT)
            .withNote("Có 02 sáng kiến đã được công nhận và áp dụng.");
    assertThat(prose.line(INITIATIVES, a))
        .isEqualTo(
            "- Sáng kiến, giải pháp mới về CCHC được công nhận và áp dụng: đạt. Có 02 sáng kiến"
                + " đã được công nhận và áp dụng.");
  }

  @Test
  void aCountIsCountedInTheCriterionsNoun() {
    Answer a = answer("CD11").withResult(Result.PASS).withCount(2L, Qualifier.EXACT);
    assertThat(prose.line(INITIATIVES, a))
        .isEqualTo(
            "- Sáng kiến, giải pháp mới về CCHC được công nhận và áp dụng: đạt (02 sáng kiến).");
    Answer more = answer("CD11").withCount(11300L, Qualifier.MORE_THAN);
    assertThat(prose.line(INITIATIVES, more))
        .isEqualTo(
            "- Sáng kiến, giải pháp mới về CCHC được công nhận và áp dụng: hơn 11.300 sáng kiến.");
  }

  @Test
  void zeroIsWrittenInWordsNeverAsDoubleZero() {
    Answer none = answer("CD11").withResult(Result.FAIL).withCount(0L, Qualifier.EXACT);
    assertThat(prose.line(INITIATIVES, none))
        .isEqualTo(
            "- Sáng kiến, giải pháp mới về CCHC được công nhận và áp dụng: không đạt (không có"
                + " sáng kiến nào).");
    Answer nothing = answer("CV07").withCount(0L, Qualifier.EXACT);
    assertThat(prose.line(DISCIPLINE, nothing))
        .isEqualTo("- Xử lý kỷ luật vi phạm đúng quy định: không phát sinh.");
    Answer five = answer("CV07").withResult(Result.PASS).withCount(5L, Qualifier.ABOUT);
    assertThat(prose.line(DISCIPLINE, five))
        .isEqualTo("- Xử lý kỷ luật vi phạm đúng quy định: đạt (số lượng khoảng 05).");
  }

  @Test
  void aRatioReadsOnce() {
    Answer pass = answer("TT08").withResult(Result.PASS).withRatio(1893L, 2011L);
    assertThat(prose.line(ON_TIME, pass))
        .isEqualTo("- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn: đạt 94,13% (1.893/2.011 hồ sơ).");
    Answer fail = answer("TT08").withResult(Result.FAIL).withRatio(612L, 1000L);
    assertThat(prose.line(ON_TIME, fail))
        .isEqualTo("- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn: không đạt (61,20%, 612/1.000 hồ sơ).");
    Answer bare = answer("TT08").withRatio(1893L, 2011L);
    assertThat(prose.line(ON_TIME, bare))
        .isEqualTo("- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn: 94,13% (1.893/2.011 hồ sơ).");
    Answer noted =
        answer("TT08")
            .withResult(Result.PASS)
            .withRatio(1893L, 2011L)
            .withNote("Giải quyết đúng hạn 94,13% hồ sơ.");
    assertThat(prose.line(ON_TIME, noted))
        .isEqualTo(
            "- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn: đạt. Giải quyết đúng hạn 94,13% hồ sơ.");
  }

  @Test
  void aCountEqualToTheRatiosNumeratorIsNotSaidTwice() {
    Answer a =
        answer("CS03")
            .withResult(Result.PASS)
            .withCount(11300L, Qualifier.MORE_THAN)
            .withRatio(11300L, 11733L);
    assertThat(prose.line(SIGNED, a))
        .isEqualTo("- Văn bản đi được ký số: đạt 96,31% (11.300/11.733 văn bản).");
    Answer partial =
        answer("CS03")
            .withResult(Result.PARTIAL)
            .withCount(11300L, Qualifier.MORE_THAN)
            .withNote("Tính đến thời điểm kiểm tra, trên 11.300 văn bản đi được ký số.");
    assertThat(prose.line(SIGNED, partial))
        .isEqualTo(
            "- Văn bản đi được ký số: đạt một phần. Tính đến thời điểm kiểm tra, trên 11.300 văn"
                + " bản đi được ký số.");
  }

  @Test
  void aCitedDocumentHasOneDateForm() {
    Answer a =
        answer("CD01")
            .withResult(Result.PASS)
            .withDocumentRef(
                new DocumentRef("120/KH-VP", LocalDate.of(2025, 1, 8), "Văn phòng UBND tỉnh"));
    assertThat(prose.line(PLAN, a))
        .isEqualTo(
            "- Ban hành Kế hoạch CCHC năm của đơn vị đúng thời hạn quy định: đạt (văn bản số"
                + " 120/KH-VP ngày 08/01/2025 của Văn phòng UBND tỉnh).");
    Answer named =
        answer("CD01")
            .withResult(Result.FAIL)
            .withDocumentRef(
                new DocumentRef("Kế hoạch số 15/KH-VP", LocalDate.of(2025, 3, 20), null))
            .withNote("Ban hành chậm so với thời hạn.");
    assertThat(prose.line(PLAN, named))
        .isEqualTo(
            "- Ban hành Kế hoạch CCHC năm của đơn vị đúng thời hạn quy định: không đạt (Kế hoạch"
                + " số 15/KH-VP ngày 20/03/2025). Ban hành chậm so với thời hạn.");
  }

  @Test
  void aNoteThatOnlyRepeatsTheVerdictIsDropped() {
    Answer a = answer("CD01").withResult(Result.PASS).withNote("Đạt.");
    assertThat(prose.line(PLAN, a))
        .isEqualTo("- Ban hành Kế hoạch CCHC năm của đơn vị đúng thời hạn quy định: đạt.");
  }

  @Test
  void aNoteAloneIsTheSentenceAndStartsWithACapital() {
    Answer a = answer("CD01").withNote("kế hoạch đang trình phê duyệt");
    assertThat(prose.line(PLAN, a))
        .isEqualTo(
            "- Ban hành Kế hoạch CCHC năm của đơn vị đúng thời hạn quy định: Kế hoạch đang trình"
                + " phê duyệt.");
  }

  @Test
  void notApplicableAndBlankAnswersAreNotWritten() {
    assertThat(prose.line(PLAN, answer("CD01").withResult(Result.NOT_APPLICABLE))).isNull();
    assertThat(prose.line(PLAN, answer("CD01"))).isNull();
    assertThat(prose.line(PLAN, null)).isNull();
  }

  @Test
  void noSentenceRepeatsAFactOrPrintsAZeroPaddedZero() {
    Result[] results = {null, Result.PASS, Result.PARTIAL, Result.FAIL};
    Long[] counts = {null, 0L, 2L, 11300L};
    long[][] ratios = {null, {1893, 2011}, {0, 15}};
    String[] notes = {null, "Có 02 sáng kiến.", "Đạt."};
    for (Criterion c : List.of(INITIATIVES, ON_TIME, SIGNED, PLAN, DISCIPLINE)) {
      for (Result r : results) {
        for (Long n : counts) {
          for (long[] ratio : ratios) {
            for (String note : notes) {
              Answer a = answer(c.code()).withResult(r).withNote(note);
              a = n == null ? a : a.withCount(n, Qualifier.EXACT);
              a = ratio == null ? a : a.withRatio(ratio[0], ratio[1]);
              String line = prose.line(c, a);
              if (a.isBlank()) {
                assertThat(line).isNull();
                continue;
              }
              assertThat(line)
                  .as("%s %s %s %s %s", c.code(), r, n, ratio == null ? null : ratio[0], note)
                  .startsWith("- ")
                  .doesNotContain(" 00 ")
                  .doesNotContain("; 0 ")
                  .doesNotContain("..")
                  .doesNotContain(": .")
                  .doesNotContain("()")
                  .endsWith(".");
              if (note != null && note.startsWith("Có 02")) {
                assertThat(line).doesNotContain("(02 sáng kiến)");
              }
              if (ratio != null && ratio[0] == 1893) {
                assertThat(line.split("94,13%", -1)).hasSize(2);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void theAnnexListsTheFactsWithoutTheNote() {
    Answer a =
        answer("CS03")
            .withResult(Result.PASS)
            .withCount(11300L, Qualifier.MORE_THAN)
            .withNote("Ký số đầy đủ.");
    assertThat(prose.facts(SIGNED, a)).containsExactly("đạt", "hơn 11.300 văn bản");
  }
}
