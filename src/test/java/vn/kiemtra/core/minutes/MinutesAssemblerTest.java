package vn.kiemtra.core.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.inspection.ParticipantRole;
import vn.kiemtra.core.inspection.TeamMember;
import vn.kiemtra.core.inspection.TeamRole;
import vn.kiemtra.core.inspection.UnitParticipant;
import vn.kiemtra.core.inspection.UnitRef;
import vn.kiemtra.core.scoring.ScoreCalculator;

/** The wording of the minutes, assembled without a database or a renderer. */
class MinutesAssemblerTest {
  static final ChecklistTemplate TEMPLATE =
      new ChecklistTemplate(
          UUID.randomUUID(),
          "T",
          "1",
          "Bộ thử",
          TemplateStatus.PUBLISHED,
          NotApplicablePolicy.EXCLUDE_FROM_MAX,
          new BigDecimal("0.5"),
          List.of(
              new ChecklistArea(
                  "CD",
                  "Công tác chỉ đạo, điều hành cải cách hành chính",
                  List.of(
                      criterion(
                          "CD11", "Sáng kiến, giải pháp mới về CCHC được công nhận", AnswerType.SO),
                      criterion("CD12", "Gắn kết quả CCHC với thi đua", AnswerType.DKD))),
              new ChecklistArea(
                  "CS",
                  "Xây dựng, phát triển chính quyền điện tử, chính quyền số",
                  List.of(
                      criterion(
                          "CS03",
                          "Văn bản đi được ký số (số lượng; tỷ lệ trên tổng văn bản đi)",
                          AnswerType.TL),
                      criterion("CS12", "CBCCVC được cấp chữ ký số", AnswerType.DKD)))));

  final MinutesAssembler assembler = new MinutesAssembler();

  static Criterion criterion(String code, String text, AnswerType type) {
    return new Criterion(
        code, text, null, type, Set.of(AnswerType.SO), BigDecimal.ONE, true, null, null, List.of());
  }

  static Inspection inspection() {
    return Inspection.builder(UUID.fromString("11111111-2222-3333-4444-555555555555"))
        .title("Kiểm tra công tác cải cách hành chính năm 2023")
        .template(TEMPLATE.ref())
        .issuer(
            new Issuer(
                "Ủy ban nhân dân tỉnh Bắc Kạn",
                "Đoàn kiểm tra công tác cải cách hành chính",
                "BB-ĐKT",
                "Bắc Kạn"))
        .documentNumber(5)
        .basis(
            List.of("Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh", "Quyết định số 3/QĐ-UBND."))
        .startedAt(LocalDateTime.of(2023, 9, 14, 8, 0))
        .endedAt(LocalDateTime.of(2023, 9, 14, 11, 30))
        .place("Trụ sở Văn phòng")
        .unit(new UnitRef("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh"))
        .team(
            List.of(
                new TeamMember("Trần Thư Ký", "Chuyên viên", "Sở Nội vụ", TeamRole.SECRETARY),
                new TeamMember("Lê Thành Viên", "Chuyên viên chính", "Sở Tư pháp", TeamRole.MEMBER),
                new TeamMember(
                    "Hoàng Thị Hằng", "Giám đốc Sở Tài chính", "Sở Tài chính", TeamRole.LEADER)))
        .unitParticipants(
            List.of(
                new UnitParticipant(
                    "Vũ Đức Chính",
                    "Chánh Văn phòng Ủy ban nhân dân tỉnh",
                    ParticipantRole.REPRESENTATIVE)))
        .answers(
            List.of(
                Answer.empty("CS03")
                    .withResult(Result.PASS)
                    .withCount(11300L, Qualifier.MORE_THAN)
                    .withRatio(11300L, 11733L),
                Answer.empty("CD11").withCount(2L, Qualifier.EXACT).withNote("Có quyết định"),
                Answer.empty("CD12").withResult(Result.FAIL).withNote("Chưa gắn kết quả")))
        .areaFindings(List.of(new AreaFinding("CD", "Chỉ đạo sâu sát.", "Còn chậm.")))
        .overallAssessment("Thực hiện khá đồng bộ.")
        .unitResponse("Tiếp thu.")
        .copies(2)
        .build();
  }

  MinutesContent minutes(Inspection i) {
    return assembler.minutes(
        i, TEMPLATE, new ScoreCalculator().score(TEMPLATE, i.answers()), MinutesOptions.standard());
  }

  static String text(MinutesContent c) {
    StringBuilder out = new StringBuilder();
    c.body()
        .forEach(
            b -> out.append(b.lead() == null ? "" : b.lead() + " ").append(b.text()).append('\n'));
    return out.toString();
  }

  @Test
  void headerIsUpperCasedAndNumberedTheDecreeWay() {
    MinutesHeader h = minutes(inspection()).header();
    assertThat(h.governingBody()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN");
    assertThat(h.issuingBody()).isEqualTo("ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
    assertThat(h.numberLine()).isEqualTo("Số: 05/BB-ĐKT");
    assertThat(h.placeAndDate()).isEqualTo("Bắc Kạn, ngày 14 tháng 9 năm 2023");
    assertThat(h.documentType()).isEqualTo("BIÊN BẢN");
    assertThat(h.summary())
        .containsExactly(
            "Kiểm tra công tác cải cách hành chính năm 2023", "tại Văn phòng Ủy ban nhân dân tỉnh");
  }

  @Test
  void withNeitherUnitNorPlaceInTheTitleNoLoneTaiIsPrinted() {
    // a new inspection's unit, as the planner makes it, before the inspector names it
    MinutesContent c = minutes(inspection().toBuilder().unit(new UnitRef("", null)).build());
    assertThat(c.header().summary())
        .containsExactly("Kiểm tra công tác cải cách hành chính năm 2023");
    assertThat(c.documentTitle())
        .isEqualTo("Biên bản kiểm tra công tác cải cách hành chính năm 2023");
  }

  @Test
  void aTitleThatNamesItsPlaceKeepsItOnce() {
    MinutesContent c =
        minutes(
            inspection().toBuilder()
                .title("Kiểm tra công tác cải cách hành chính năm 2023 tại Sở Nội vụ")
                .build());
    assertThat(c.header().summary())
        .containsExactly("Kiểm tra công tác cải cách hành chính năm 2023", "tại Sở Nội vụ");
  }

  @Test
  void anUnnumberedMinutesPrintsABlankNumber() {
    MinutesHeader h = minutes(inspection().toBuilder().documentNumber(null).build()).header();
    assertThat(h.numberLine()).matches("Số: {4,}/BB-ĐKT");
    assertThat(minutes(inspection().toBuilder().documentNumber(12).build()).header().numberLine())
        .isEqualTo("Số: 12/BB-ĐKT");
  }

  @Test
  void criterionResultsAreWrittenAsProse() {
    String text = text(minutes(inspection()));
    assertThat(text)
        .contains("- Văn bản đi được ký số: đạt 96,31% (11.300/11.733 văn bản).")
        .contains(
            "- Sáng kiến, giải pháp mới về cải cách hành chính (CCHC) được công nhận: 02 sáng"
                + " kiến. Có quyết định.")
        .contains("- Gắn kết quả CCHC với thi đua: không đạt. Chưa gắn kết quả.");
  }

  @Test
  void abbreviationsAreWrittenOutOnceAtTheirFirstUse() {
    Inspection i =
        inspection().toBuilder()
            .overallAssessment("CBCCVC thực hiện tốt TTHC; 12/KH-UBND giữ nguyên.")
            .unitResponse("Tiếp thu, rà soát TTHC và VBQPPL.")
            .build();
    String text = text(minutes(i));
    assertThat(text.split("cải cách hành chính \\(CCHC\\)", -1)).hasSize(2);
    assertThat(text)
        .contains(
            "Cán bộ, công chức, viên chức (CBCCVC) thực hiện tốt thủ tục hành chính (TTHC);"
                + " 12/KH-UBND giữ nguyên.")
        .contains("Tiếp thu, rà soát TTHC và văn bản quy phạm pháp luật (VBQPPL).")
        .contains("Căn cứ Kế hoạch số 12/KH-UBND của");
    assertThat(text.indexOf("(CCHC)")).isLessThan(text.indexOf("Gắn kết quả CCHC với thi đua"));
  }

  @Test
  void notApplicableCriteriaCloseTheAreaInOneLineAndAreNoAchievement() {
    Inspection i =
        inspection().toBuilder()
            .answers(
                List.of(
                    Answer.empty("CS03").withResult(Result.NOT_APPLICABLE).withNote("Không có."),
                    Answer.empty("CS12").withResult(Result.NOT_APPLICABLE)))
            .build();
    List<String> texts = minutes(i).body().stream().map(MinutesBlock::text).toList();
    int area = texts.indexOf("2. Xây dựng, phát triển chính quyền điện tử, chính quyền số");
    assertThat(area).isPositive();
    assertThat(texts.get(area + 1))
        .isEqualTo(
            "Các nội dung không áp dụng đối với đơn vị (02 tiêu chí): văn bản đi được ký số;"
                + " cán bộ, công chức, viên chức (CBCCVC) được cấp chữ ký số.");
    assertThat(texts.get(area + 2)).isEqualTo("III. NHẬN XÉT, ĐÁNH GIÁ CHUNG");
  }

  @Test
  void failedCriteriaGoUnderShortcomings() {
    List<MinutesBlock> body = minutes(inspection()).body();
    List<String> texts = body.stream().map(MinutesBlock::text).toList();
    int shortcomings = texts.indexOf("b) Tồn tại, hạn chế:");
    assertThat(shortcomings).isPositive();
    assertThat(texts.indexOf("Còn chậm.")).isGreaterThan(shortcomings);
    assertThat(texts.indexOf("- Gắn kết quả CCHC với thi đua: không đạt. Chưa gắn kết quả."))
        .isGreaterThan(shortcomings);
  }

  @Test
  void teamIsListedInRoleOrderAndBasisLinesArePunctuated() {
    List<String> texts = minutes(inspection()).body().stream().map(MinutesBlock::text).toList();
    assertThat(texts)
        .containsSubsequence(
            "Căn cứ Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh;",
            "Căn cứ Quyết định số 3/QĐ-UBND.",
            "- Hoàng Thị Hằng, Giám đốc Sở Tài chính, Trưởng đoàn;",
            "- Lê Thành Viên, Chuyên viên chính, Sở Tư pháp, Thành viên;",
            "- Trần Thư Ký, Chuyên viên, Sở Nội vụ, Thư ký.");
  }

  @Test
  void closingParagraphStatesEndTimeCopiesAndEndsTheText() {
    List<MinutesBlock> body = minutes(inspection()).body();
    String closing = body.get(body.size() - 1).text();
    assertThat(closing)
        .startsWith("Buổi kiểm tra kết thúc vào hồi 11 giờ 30 phút cùng ngày.")
        .contains("đọc lại cho những người dự cùng nghe, thống nhất nội dung và ký tên")
        .contains("lập thành 02 bản")
        .contains("mỗi bên giữ 01 bản")
        .endsWith("./.");
    String three = text(minutes(inspection().toBuilder().copies(3).build()));
    assertThat(three).contains("lập thành 03 bản").contains("Đoàn kiểm tra giữ 02 bản");
  }

  @Test
  void signaturesNameTheRepresentativeLeaderAndSecretary() {
    MinutesSignatures s = minutes(inspection()).signatures();
    assertThat(s.left().titleLines())
        .containsExactly("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH");
    assertThat(s.left().name()).isEqualTo("Vũ Đức Chính");
    assertThat(s.right().titleLines()).containsExactly("TRƯỞNG ĐOÀN");
    assertThat(s.right().name()).isEqualTo("Hoàng Thị Hằng");
    assertThat(s.centre().titleLines()).containsExactly("THƯ KÝ");
    Inspection noSecretary =
        inspection().toBuilder().team(List.of(inspection().leader().orElseThrow())).build();
    assertThat(minutes(noSecretary).signatures().centre()).isNull();
  }

  @Test
  void verificationCodeFollowsTheContentOnly() {
    MinutesContent a = minutes(inspection());
    MinutesContent b = minutes(inspection());
    assertThat(a.contentHash()).isEqualTo(b.contentHash()).hasSize(64);
    assertThat(a.verificationCode())
        .isEqualTo(b.verificationCode())
        .matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
    assertThat(a.footer()).isEqualTo("Mã xác thực: " + a.verificationCode());
    MinutesContent changed =
        minutes(inspection().toBuilder().unitResponse("Tiếp thu, khắc phục.").build());
    assertThat(changed.contentHash()).isNotEqualTo(a.contentHash());
    assertThat(changed.verificationCode()).isNotEqualTo(a.verificationCode());
  }

  @Test
  void theDocumentStaysVietnameseWhenTheWindowIsInEnglish() {
    java.util.Locale before = vn.kiemtra.core.shared.Messages.currentLocale();
    try {
      vn.kiemtra.core.shared.Messages.useLocale(java.util.Locale.ENGLISH);
      MinutesContent c = minutes(inspection());
      assertThat(c.header().documentType()).isEqualTo("BIÊN BẢN");
      assertThat(c.header().nationalTitle()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    } finally {
      vn.kiemtra.core.shared.Messages.useLocale(before);
    }
  }

  @Test
  void decomposedInputPrintsAsNfc() {
    String nfd = java.text.Normalizer.normalize("Tiếp thu ý kiến", java.text.Normalizer.Form.NFD);
    MinutesContent c = minutes(inspection().toBuilder().unitResponse(nfd).build());
    assertThat(text(c)).contains("Tiếp thu ý kiến");
    assertThat(c.contentHash())
        .isEqualTo(
            minutes(inspection().toBuilder().unitResponse("Tiếp thu ý kiến").build())
                .contentHash());
  }

  @Test
  void annexListsEveryCriterionWithItsScore() {
    Inspection i = inspection();
    MinutesContent c =
        assembler.minutes(
            i,
            TEMPLATE,
            new ScoreCalculator().score(TEMPLATE, i.answers()),
            MinutesOptions.withAnnex());
    assertThat(c.annex().rows()).hasSize(6);
    assertThat(c.annex().rows().get(0).area()).isTrue();
    assertThat(c.annex().reference())
        .isEqualTo(
            "(Kèm theo Biên bản kiểm tra số 05/BB-ĐKT ngày 14 tháng 9 năm 2023 của Đoàn kiểm tra"
                + " công tác cải cách hành chính)");
    assertThat(c.annex().rows())
        .anySatisfy(r -> assertThat(r.code() + r.score()).isEqualTo("CS031/1"))
        .anySatisfy(r -> assertThat(r.code() + r.score()).isEqualTo("CS12chưa đánh giá"))
        .anySatisfy(r -> assertThat(r.code() + r.score()).isEqualTo("CS1/1"));
    assertThat(c.annex().totalScore()).isEqualTo("2/3 điểm (đã đánh giá 3/4 tiêu chí)");
    assertThat(text(c))
        .contains(
            "Kết quả chấm điểm theo bộ tiêu chí Bộ thử: 2/3 điểm (đã đánh giá 3/4 tiêu chí); chi"
                + " tiết tại Phụ lục kèm theo Biên bản này.");
  }

  @Test
  void nothingScoredNeverReadsAsZeroPoints() {
    Inspection i = inspection().toBuilder().answers(List.of()).build();
    MinutesContent c =
        assembler.minutes(
            i,
            TEMPLATE,
            new ScoreCalculator().score(TEMPLATE, i.answers()),
            MinutesOptions.withAnnex());
    assertThat(c.annex().totalScore()).isEqualTo("chưa chấm điểm (đã đánh giá 0/4 tiêu chí)");
    assertThat(c.annex().rows().get(0).score()).isEqualTo("chưa đánh giá");
    assertThat(text(c)).doesNotContain("0/4 điểm").doesNotContain("/100");
  }

  @Test
  void aChecklistNamedBoTieuChiIsNotCalledThatTwice() {
    ChecklistTemplate named =
        new ChecklistTemplate(
            TEMPLATE.id(),
            TEMPLATE.code(),
            TEMPLATE.version(),
            "Bộ tiêu chí kiểm tra cải cách hành chính năm 2023",
            TEMPLATE.status(),
            TEMPLATE.notApplicablePolicy(),
            TEMPLATE.partialFactor(),
            TEMPLATE.areas());
    Inspection i = inspection();
    String text =
        text(
            assembler.minutes(
                i,
                named,
                new ScoreCalculator().score(named, i.answers()),
                MinutesOptions.withAnnex()));
    assertThat(text)
        .contains("Kết quả chấm điểm theo bộ tiêu chí kiểm tra cải cách hành chính năm 2023: 2/3")
        .doesNotContainIgnoringCase("bộ tiêu chí bộ tiêu chí");
  }

  @Test
  void amendmentRefersToTheSignedMinutes() {
    Inspection i = inspection();
    SignedMinutes signed =
        new SignedMinutes(
            UUID.randomUUID(),
            i.id(),
            "ABCDE-FGHJK",
            "0".repeat(64),
            "1".repeat(64),
            10,
            false,
            5,
            java.time.OffsetDateTime.parse("2023-09-14T11:45:00+07:00"));
    MinutesAmendment amendment =
        new MinutesAmendment(
            UUID.randomUUID(),
            i.id(),
            1,
            "Sửa số liệu tại mục II.\nBổ sung kiến nghị.",
            java.time.LocalDateTime.parse("2023-09-22T14:30:00"),
            "Phòng họp UBND xã Mỹ An",
            java.time.OffsetDateTime.parse("2023-09-20T09:15:00+07:00"));
    MinutesContent c = assembler.amendment(i, signed, amendment);
    assertThat(c.kind()).isEqualTo(MinutesKind.AMENDMENT);
    assertThat(c.header().documentType()).isEqualTo("BIÊN BẢN BỔ SUNG");
    assertThat(c.header().placeAndDate()).isEqualTo("Bắc Kạn, ngày 22 tháng 9 năm 2023");
    String text = text(c);
    assertThat(text)
        .contains("Căn cứ Biên bản kiểm tra số 05/BB-ĐKT ngày 14 tháng 9 năm 2023")
        .contains("14 giờ 30 phút, ngày 22 tháng 9 năm 2023.")
        .contains("Địa điểm: Phòng họp Ủy ban nhân dân (UBND) xã Mỹ An.")
        .doesNotContain("09 giờ 15 phút")
        .contains("(mã xác thực ABCDE-FGHJK)")
        .contains("Sửa số liệu tại mục II.\nBổ sung kiến nghị.")
        .contains("./.");
  }
}
