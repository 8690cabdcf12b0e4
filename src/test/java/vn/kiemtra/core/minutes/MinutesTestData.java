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
