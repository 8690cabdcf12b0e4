package vn.kiemtra.core.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.finding.RecommendationStatus;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.inspection.ParticipantRole;
import vn.kiemtra.core.inspection.TeamMember;
import vn.kiemtra.core.inspection.TeamRole;
import vn.kiemtra.core.inspection.UnitParticipant;
import vn.kiemtra.core.inspection.UnitRef;

/** Inspections for the minutes tests: the seed fixture and a very long one. */
public final class MinutesTestData {
  public static final UUID SEED_ID = UUID.fromString("3b0f8a52-6a3e-4c1e-9d7a-2c5e1f0b9a14");
  public static final UUID LONG_ID = UUID.fromString("6f1d2c3b-0a9e-4d8c-b7a6-958473625140");

  private MinutesTestData() {}

  /** Imports the shared seed inspection (Văn phòng UBND tỉnh, 14/9/2023). */
  public static Inspection importSeed(Services services) {
    try (InputStream in =
        MinutesTestData.class.getResourceAsStream("/vn/kiemtra/report/seed-inspection.json")) {
      Inspection inspection = services.documentFormat().read(in, true).inspection();
      services.inspections().save(inspection);
      return inspection;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A long inspection: 60 recommendations, every criterion of the template answered with a long
   * note, a long issuing body and unit name, a full team with a secretary.
   */
  public static Inspection saveLongInspection(Services services) {
    Inspection seed = importSeed(services);
    ChecklistTemplate template = services.inspections().templateOf(seed);
    List<Answer> answers = new ArrayList<>();
    Result[] results = {Result.PASS, Result.PARTIAL, Result.FAIL, Result.PASS};
    int i = 0;
    for (Criterion c : template.allCriteria().toList()) {
      Answer a =
          Answer.empty(c.code())
              .withResult(results[i % results.length])
              .withNote(longNote(c.code()));
      if (i % 7 == 0) {
        a = a.withCount(1000L + i * 1234L, Qualifier.MORE_THAN);
      }
      answers.add(a);
      i++;
    }
    List<Recommendation> recommendations = new ArrayList<>();
    for (int n = 1; n <= 60; n++) {
      recommendations.add(
          new Recommendation(
              UUID.nameUUIDFromBytes(("rec-" + n).getBytes()),
              recommendation(n),
              n % 3 == 0 ? "Sở Nội vụ" : "Trung tâm Phục vụ hành chính công tỉnh",
              n % 2 == 0 ? LocalDate.of(2023, 12, 31) : null,
              List.of(),
              RecommendationStatus.OPEN));
    }
    Inspection inspection =
        seed.toBuilder()
            .id(LONG_ID)
            .status(InspectionStatus.IN_PROGRESS)
            .documentNumber(7)
            .issuer(
                new Issuer(
                    "Ủy ban nhân dân tỉnh Bắc Kạn",
                    "Đoàn kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính"
                        + " và thực thi công vụ năm 2023",
                    "BB-ĐKT",
                    "Bắc Kạn"))
            .unit(
                new UnitRef(
                    "Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính trực"
                        + " thuộc Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn",
                    "Trung tâm Phục vụ hành chính công tỉnh"))
            .team(
                List.of(
                    new TeamMember(
                        "Nguyễn Thị Thu Hương",
                        "Chuyên viên Sở Nội vụ",
                        "Sở Nội vụ",
                        TeamRole.SECRETARY),
                    new TeamMember(
                        "Hoàng Thị Hằng", "Giám đốc Sở Tài chính", "Sở Tài chính", TeamRole.LEADER),
                    new TeamMember(
                        "Lưu Quang Đức",
                        "Trưởng phòng Cải cách hành chính",
                        "Sở Nội vụ",
                        TeamRole.DEPUTY_LEADER),
                    new TeamMember(
                        "Đặng Thị Ngọc Ánh", "Phó Chánh Thanh tra", "Sở Tư pháp", TeamRole.MEMBER),
                    new TeamMember(
                        "Trần Văn Quyết",
                        "Chuyên viên chính",
                        "Sở Khoa học và Công nghệ",
                        TeamRole.MEMBER)))
            .unitParticipants(
                List.of(
                    new UnitParticipant(
                        "Vũ Đức Chính",
                        "Chánh Văn phòng Ủy ban nhân dân tỉnh",
                        ParticipantRole.REPRESENTATIVE),
                    new UnitParticipant(
                        "Phạm Thị Yến", "Giám đốc Trung tâm", ParticipantRole.PARTICIPANT),
                    new UnitParticipant(
                        "Ngô Văn Tưởng", "Phó Giám đốc Trung tâm", ParticipantRole.PARTICIPANT)))
            .answers(answers)
            .recommendations(recommendations)
            .copies(3)
            .build();
    services.inspections().save(inspection);
    return inspection;
  }

  public static final UUID MINIMAL_ID = UUID.fromString("0c1d2e3f-4a5b-4c6d-8e7f-101112131415");
  public static final UUID PROVINCE_ID = UUID.fromString("1a2b3c4d-5e6f-4a0b-9c1d-2e3f40516273");
  public static final UUID CROWD_ID = UUID.fromString("2b3c4d5e-6f70-4b1c-8d2e-3f4051627384");
  public static final UUID DECOMPOSED_ID = UUID.fromString("3c4d5e6f-7081-4c2d-9e3f-405162738495");

  /**
   * The least the minutes can be made from: a title, a unit, a leader, a representative, no
   * governing or issuing body, no answers, findings or recommendations.
   */
  public static Inspection saveMinimalInspection(Services services) {
    Inspection seed = importSeed(services);
    Inspection inspection =
        Inspection.builder(MINIMAL_ID)
            .title("Kiểm tra công tác cải cách hành chính")
            .template(seed.template())
            .status(InspectionStatus.IN_PROGRESS)
            .issuer(new Issuer(null, null, null, null))
            .startedAt(java.time.LocalDateTime.of(2025, 10, 2, 14, 0))
            .place("Trụ sở Phòng Nội vụ")
            .unit(new UnitRef("Phòng Nội vụ", null))
            .team(List.of(new TeamMember("Lê Văn An", null, null, TeamRole.LEADER)))
            .unitParticipants(
                List.of(new UnitParticipant("Trần Thị Bình", null, ParticipantRole.REPRESENTATIVE)))
            .build();
    services.inspections().save(inspection);
    return inspection;
  }

  /**
   * A "Tổ kiểm tra" of a merged province after 2025 with long names, no secretary, and answers of
   * every type: counts (zero, small, large), ratios, cited documents, not applicable.
   */
  public static Inspection saveProvinceInspection(Services services) {
    Inspection seed = importSeed(services);
    List<Answer> answers = new ArrayList<>(seed.answers());
    answers.removeIf(
        a -> List.of("CD03", "TT08", "TC07", "CD01", "TCC04", "CV07").contains(a.criterionCode()));
    answers.add(Answer.empty("CD03").withResult(Result.PARTIAL).withRatio(17L, 20L));
    answers.add(Answer.empty("TT08").withResult(Result.PASS).withRatio(1893L, 2011L));
    answers.add(Answer.empty("TC07").withResult(Result.FAIL).withCount(0L, Qualifier.EXACT));
    answers.add(
        Answer.empty("CD01")
            .withResult(Result.PASS)
            .withDocumentRef(
                new vn.kiemtra.core.answer.DocumentRef(
                    "120/KH-SNV", LocalDate.of(2025, 1, 8), "Sở Nội vụ tỉnh Đồng Tháp")));
    answers.add(Answer.empty("TCC04").withResult(Result.NOT_APPLICABLE));
    answers.add(
        Answer.empty("CV07").withResult(Result.NOT_APPLICABLE).withNote("Không phát sinh."));
    Inspection inspection =
        seed.toBuilder()
            .id(PROVINCE_ID)
            .status(InspectionStatus.IN_PROGRESS)
            .recommendations(renumbered(seed, PROVINCE_ID))
            .title("Kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính năm 2025")
            .issuer(
                new Issuer(
                    "Ủy ban nhân dân tỉnh Đồng Tháp",
                    "Tổ kiểm tra công tác cải cách hành chính tỉnh Đồng Tháp",
                    null,
                    "Đồng Tháp"))
            .documentNumber(12)
            .startedAt(java.time.LocalDateTime.of(2025, 9, 14, 8, 0))
            .endedAt(java.time.LocalDateTime.of(2025, 9, 14, 16, 30))
            .unit(
                new UnitRef(
                    "Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính thuộc Văn"
                        + " phòng Ủy ban nhân dân thành phố Hồ Chí Minh",
                    "Trung tâm PVHCC"))
            .team(
                List.of(
                    new TeamMember(
                        "Nguyễn Văn Thành", "Phó Giám đốc Sở Nội vụ", "Sở Nội vụ", TeamRole.LEADER),
                    new TeamMember("Phạm Thị Lan", "Chuyên viên", "Sở Tư pháp", TeamRole.MEMBER)))
            .unitParticipants(
                List.of(
                    new UnitParticipant(
                        "Võ Minh Tâm",
                        "Phó Chánh Văn phòng Ủy ban nhân dân thành phố Hồ Chí Minh kiêm Giám đốc"
                            + " Trung tâm Phục vụ hành chính công",
                        ParticipantRole.REPRESENTATIVE)))
            .answers(answers)
            .build();
    services.inspections().save(inspection);
    return inspection;
  }

  /** No secretary in the team and ten people of the unit taking part. */
  public static Inspection saveCrowdInspection(Services services) {
    Inspection seed = importSeed(services);
    List<UnitParticipant> people = new ArrayList<>();
    people.add(
        new UnitParticipant(
            "Vũ Đức Chính",
            "Chánh Văn phòng Ủy ban nhân dân tỉnh",
            ParticipantRole.REPRESENTATIVE));
    String[] names = {
      "Lý Thị Mai",
      "Đỗ Văn Hùng",
      "Bùi Thị Thu",
      "Hồ Quang Vinh",
      "Mai Thị Hoa",
      "Tạ Văn Long",
      "Quách Thị Hạnh",
      "Lâm Văn Phúc",
      "Kiều Thị Ngân"
    };
    for (int n = 0; n < names.length; n++) {
      people.add(
          new UnitParticipant(
              names[n],
              "Phó Chánh Văn phòng phụ trách khối " + (n + 1),
              ParticipantRole.PARTICIPANT));
    }
    Inspection inspection =
        seed.toBuilder()
            .id(CROWD_ID)
            .status(InspectionStatus.IN_PROGRESS)
            .recommendations(renumbered(seed, CROWD_ID))
            .unitParticipants(people)
            .build();
    services.inspections().save(inspection);
    return inspection;
  }

  /** The seed typed decomposed (NFD), as Unikey "tổ hợp" or macOS produce it. */
  public static Inspection saveDecomposedInspection(Services services) {
    Inspection seed = importSeed(services);
    java.util.function.UnaryOperator<String> nfd =
        t -> t == null ? null : java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD);
    Inspection inspection =
        seed.toBuilder()
            .id(DECOMPOSED_ID)
            .status(InspectionStatus.IN_PROGRESS)
            .recommendations(renumbered(seed, DECOMPOSED_ID))
            .title(nfd.apply(seed.title()))
            .issuer(
                new Issuer(
                    nfd.apply(seed.issuer().governingBody()),
                    nfd.apply(seed.issuer().issuingBody()),
                    seed.issuer().documentSymbol(),
                    nfd.apply(seed.issuer().placeName())))
            .unit(new UnitRef(nfd.apply(seed.unit().name()), nfd.apply(seed.unit().shortName())))
            .overallAssessment(nfd.apply(seed.overallAssessment()))
            .unitResponse(nfd.apply(seed.unitResponse()))
            .answers(seed.answers().stream().map(a -> a.withNote(nfd.apply(a.note()))).toList())
            .build();
    services.inspections().save(inspection);
    return inspection;
  }

  /** The seed's recommendations under ids of their own, for another inspection. */
  static List<Recommendation> renumbered(Inspection seed, UUID owner) {
    return seed.recommendations().stream()
        .map(
            r ->
                new Recommendation(
                    UUID.nameUUIDFromBytes((owner + "/" + r.id()).getBytes()),
                    r.text(),
                    r.addressee(),
                    r.dueDate(),
                    r.relatedItems(),
                    r.status()))
        .toList();
  }

  /** The text of recommendation n of the long inspection. */
  public static String recommendation(int n) {
    return "Kiến nghị số "
        + n
        + ": tiếp tục rà soát, chuẩn hoá quy trình nội bộ giải quyết thủ tục hành chính, bảo"
        + " đảm công khai đầy đủ, kịp thời trên Cổng Dịch vụ công; khắc phục dứt điểm tình trạng"
        + " hồ sơ trễ hạn và báo cáo kết quả về Sở Nội vụ trước ngày 31/12/2023.";
  }

  /** The long note of a criterion of the long inspection. */
  public static String longNote(String code) {
    return "Ghi chú tiêu chí "
        + code
        + ": Đoàn kiểm tra đã đối chiếu hồ sơ, sổ sách, văn bản và kiểm tra trực tiếp trên hệ"
        + " thống; kết quả ghi nhận như sau, đề nghị đơn vị tiếp tục duy trì những việc đã làm"
        + " được, khẩn trương khắc phục những tồn tại, hạn chế đã chỉ ra, cập nhật đầy đủ hồ sơ"
        + " minh chứng và báo cáo bằng văn bản về Đoàn kiểm tra theo đúng thời hạn quy định.";
  }

  /** Collapses every run of white space to one space, as text extraction breaks lines anywhere. */
  public static String normalise(String text) {
    return text.replaceAll("[\\s\\u00A0]+", " ").trim();
  }
}
