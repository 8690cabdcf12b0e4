package vn.kiemtra.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.DocumentRef;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.finding.RecommendationStatus;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.ValidationException;

/**
 * InspectionService's own rules, on an in-memory repository: checks before storing, the lock of
 * signed minutes and the one change it allows (the office's number), no change of template, no
 * trash for signed minutes, text that fits its column and dates in a sane range.
 */
class InspectionServiceRulesTest {
  private final InMemoryInspectionStore repository = new InMemoryInspectionStore();
  private final InspectionService service =
      new InspectionService(repository, InMemoryInspectionStore.checklists());
  private final UUID id = UUID.fromString("6f1c0d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f");

  private Inspection signed() {
    Inspection signed =
        InMemoryInspectionStore.inspection(id).toBuilder().status(InspectionStatus.SIGNED).build();
    assertThat(service.save(signed).kind()).isEqualTo(SaveOutcome.Kind.CREATED);
    return signed;
  }

  private static Answer pass(String item) {
    return new Answer(item, Result.PASS, null, null, null, null, null, null, null);
  }

  @Test
  void anAnswerOutsideTheTemplateIsRefusedBeforeAnythingIsStored() {
    Inspection in =
        InMemoryInspectionStore.inspection(id).toBuilder()
            .answers(List.of(pass("A1"), pass("Z9")))
            .build();
    assertThatThrownBy(() -> service.save(in))
        .isInstanceOf(ValidationException.class)
        .hasMessage("inspection.answers[1].item: tiêu chí «Z9» không có trong bộ tiêu chí THU 1");
    assertThat(repository.saves).isZero();
  }

  @Test
  void signedMinutesRefuseEveryChangeAndKeepTheirRevision() {
    Inspection signed = signed();
    Inspection edited = signed.toBuilder().unitResponse("Sửa sau khi ký").build();
    assertThatThrownBy(() -> service.save(edited))
        .isInstanceOf(DomainException.class)
        .hasMessage(
            "Cuộc kiểm tra «Kiểm tra công tác cải cách hành chính năm 2026» đã ký biên bản nên"
                + " không sửa được; hãy lập biên bản bổ sung.");
    assertThat(service.require(id).revision()).isEqualTo(1);
    assertThat(service.require(id).inspection().unitResponse()).isNull();
    assertThat(service.save(signed).kind()).isEqualTo(SaveOutcome.Kind.UNCHANGED);
  }

  @Test
  void theOfficeMayNumberSignedMinutesOnceAndChangeNothingElse() {
    Inspection signed = signed();
    Inspection numberedAndEdited = signed.toBuilder().documentNumber(7).place("Nơi khác").build();
    assertThatThrownBy(() -> service.save(numberedAndEdited))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("đã ký biên bản");

    SaveOutcome numbered = service.save(signed.toBuilder().documentNumber(7).build());
    assertThat(numbered.kind()).isEqualTo(SaveOutcome.Kind.UPDATED);
    assertThat(service.require(id).inspection().documentNumber()).isEqualTo(7);

    assertThatThrownBy(() -> service.save(signed.toBuilder().documentNumber(8).build()))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("đã ký biên bản");
    assertThat(service.require(id).inspection().documentNumber()).isEqualTo(7);
  }

  @Test
  void anInspectionKeepsItsTemplate() {
    Inspection first = InMemoryInspectionStore.inspection(id);
    service.save(first);
    Inspection moved = first.toBuilder().template(InMemoryInspectionStore.OTHER_TEMPLATE).build();
    ValidationException e =
        (ValidationException)
            org.assertj.core.api.Assertions.catchThrowable(() -> service.save(moved));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("inspection.template");
              assertThat(p.message())
                  .isEqualTo("cuộc kiểm tra đã dùng bộ tiêu chí THU 1, không đổi sang THU 2 được");
            });
    assertThat(service.require(id).inspection().template())
        .isEqualTo(InMemoryInspectionStore.TEMPLATE);
  }

  @Test
  void signedMinutesStayOutOfTheTrash() {
    signed();
    assertThatThrownBy(() -> service.delete(id))
        .hasMessage("Không xoá được cuộc kiểm tra đã ký biên bản.");
    assertThat(service.trash()).isEmpty();

    UUID other = UUID.fromString("0a0b0c0d-1e1f-4a2b-8c3d-4e5f6a7b8c9d");
    service.save(InMemoryInspectionStore.inspection(other));
    service.delete(other);
    assertThat(service.trash()).extracting(InspectionSummary::id).containsExactly(other);
    assertThat(service.list()).extracting(InspectionSummary::id).containsExactly(id);
  }

  @Test
  void textLongerThanItsLimitIsRefusedNamingTheFieldAndTheLimit() {
    Inspection base = InMemoryInspectionStore.inspection(id);
    assertThat(service.save(base.toBuilder().title("Đ".repeat(1000)).build()).kind())
        .isEqualTo(SaveOutcome.Kind.CREATED);
    assertThatThrownBy(() -> service.save(base.toBuilder().title("Đ".repeat(1001)).build()))
        .hasMessage("inspection.title: dài 1001 ký tự, vượt quá giới hạn 1000 ký tự; hãy rút gọn");
    Inspection longName =
        base.toBuilder()
            .team(List.of(new TeamMember("Ngô".repeat(67), null, null, TeamRole.LEADER)))
            .build();
    assertThatThrownBy(() -> service.save(longName))
        .hasMessage(
            "inspection.team[0].fullName: dài 201 ký tự, vượt quá giới hạn 200 ký tự; hãy rút gọn");
    assertThat(service.require(id).revision()).isEqualTo(1);
  }

  @Test
  void datesOutsideNineteenHundredToTwentyOneHundredAreRefused() {
    Inspection base = InMemoryInspectionStore.inspection(id);
    Inspection yearZero =
        base.toBuilder().startedAt(LocalDateTime.of(0, 1, 1, 8, 0)).endedAt(null).build();
    assertThatThrownBy(() -> service.save(yearZero))
        .hasMessage(
            "inspection.startedAt: ngày 0000-01-01 nằm ngoài khoảng cho phép (từ năm 1900 đến"
                + " năm 2100); hãy kiểm tra lại năm");
    Answer withRef =
        new Answer(
            "A1",
            Result.PASS,
            null,
            null,
            null,
            null,
            new DocumentRef("12/KH-UBND", LocalDate.of(2101, 1, 1), null),
            null,
            null);
    assertThatThrownBy(() -> service.save(base.toBuilder().answers(List.of(withRef)).build()))
        .hasMessageStartingWith("inspection.answers[0].documentRef.date: ngày 2101-01-01");
    Recommendation due =
        new Recommendation(
            UUID.fromString("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"),
            "Kiện toàn bộ phận một cửa.",
            null,
            LocalDate.of(1900, 1, 1),
            List.of(),
            RecommendationStatus.OPEN);
    assertThat(service.save(base.toBuilder().recommendations(List.of(due)).build()).kind())
        .isEqualTo(SaveOutcome.Kind.CREATED);
    assertThat(repository.saves).isEqualTo(1);
  }
}
