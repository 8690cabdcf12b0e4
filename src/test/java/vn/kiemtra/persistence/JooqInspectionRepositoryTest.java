package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.kiemtra.persistence.jooq.Tables.ANSWER;
import static vn.kiemtra.persistence.jooq.Tables.INSPECTION;
import static vn.kiemtra.persistence.jooq.Tables.RECOMMENDATION;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.ValidationException;
import vn.kiemtra.testsupport.Fixtures;

class JooqInspectionRepositoryTest {
  @TempDir Path dir;
  private AppContext app;

  @BeforeEach
  void open() {
    app = AppContext.open(dir.resolve("office"));
  }

  @AfterEach
  void close() {
    app.close();
  }

  private Inspection fixture(String name) {
    return Fixtures.inspection(app, name);
  }

  @Test
  void storesAndLoadsEveryFieldOfAFullInspection() {
    Inspection full = fixture("full-inspection.json");
    assertThat(app.inspections().save(full).kind()).isEqualTo(SaveOutcome.Kind.CREATED);
    Inspection loaded = app.inspections().require(full.id()).inspection();
    assertThat(loaded.toBuilder().answers(List.of()).build())
        .isEqualTo(full.toBuilder().answers(List.of()).build());
    assertThat(loaded.answers()).containsExactlyInAnyOrderElementsOf(full.answers());
  }

  @Test
  void savingTheSameContentAgainChangesNothing() {
    Inspection seed = fixture("seed-inspection.json");
    app.inspections().save(seed);
    SaveOutcome again = app.inspections().save(seed);
    assertThat(again.kind()).isEqualTo(SaveOutcome.Kind.UNCHANGED);
    assertThat(again.revision()).isEqualTo(1);
    assertThat(app.inspections().list()).hasSize(1);
  }

  @Test
  void anEditRecordsANewRevisionAndTouchesOnlyTheChangedRow() {
    Inspection seed = fixture("seed-inspection.json");
    app.inspections().save(seed);
    Inspection edited = seed.withAnswer(seed.answer("TC03").orElseThrow().withResult(Result.PASS));
    SaveOutcome outcome = app.inspections().save(edited);
    assertThat(outcome.kind()).isEqualTo(SaveOutcome.Kind.UPDATED);
    assertThat(outcome.revision()).isEqualTo(2);
    List<Integer> answerRevisions =
        app.database().read(ctx -> ctx.select(ANSWER.REVISION).from(ANSWER).fetch(ANSWER.REVISION));
    assertThat(answerRevisions).containsOnlyOnce(2).filteredOn(r -> r == 1).hasSize(11);
    assertThat(
            app.inspections().require(seed.id()).inspection().answer("TC03").orElseThrow().result())
        .isEqualTo(Result.PASS);
  }

  @Test
  void removedChildrenBecomeTombstonesNotDeletions() {
    Inspection seed = fixture("seed-inspection.json");
    app.inspections().save(seed);
    List<Recommendation> fewer = new ArrayList<>(seed.recommendations());
    Recommendation removed = fewer.remove(0);
    app.inspections().save(seed.toBuilder().recommendations(fewer).build());
    assertThat(app.inspections().require(seed.id()).inspection().recommendations()).hasSize(1);
    Boolean deleted =
        app.database()
            .read(
                ctx ->
                    ctx.select(RECOMMENDATION.DELETED)
                        .from(RECOMMENDATION)
                        .where(RECOMMENDATION.ID.eq(removed.id()))
                        .fetchOne(RECOMMENDATION.DELETED));
    assertThat(deleted).isTrue();
  }

  @Test
  void everyRowCarriesItsBookkeeping() {
    Inspection seed = fixture("seed-inspection.json");
    java.time.Instant before =
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    app.inspections().save(seed);
    java.time.Instant after = java.time.Instant.now();
    var row =
        app.database()
            .read(ctx -> ctx.selectFrom(INSPECTION).where(INSPECTION.ID.eq(seed.id())).fetchOne());
    assertThat(row.getOriginDevice()).isEqualTo(app.deviceId());
    assertThat(row.getUpdatedDevice()).isEqualTo(app.deviceId());
    assertThat(row.getCreatedAt().toInstant()).isBetween(before, after);
    assertThat(row.getUpdatedAt()).isEqualTo(row.getCreatedAt());
    assertThat(row.getRevision()).isEqualTo(1);
    assertThat(row.getDeleted()).isFalse();

    app.inspections().save(seed.toBuilder().copies(3).build());
    var changed =
        app.database()
            .read(ctx -> ctx.selectFrom(INSPECTION).where(INSPECTION.ID.eq(seed.id())).fetchOne());
    assertThat(changed.getCreatedAt()).isEqualTo(row.getCreatedAt());
    assertThat(changed.getUpdatedAt()).isAfterOrEqualTo(row.getUpdatedAt());
    assertThat(changed.getRevision()).isEqualTo(2);
  }

  @Test
  void signedInspectionsCannotBeChanged() {
    Inspection seed = fixture("seed-inspection.json");
    app.inspections().save(seed.toBuilder().status(InspectionStatus.SIGNED).build());
    Inspection signed = app.inspections().require(seed.id()).inspection();
    assertThatThrownBy(() -> app.inspections().save(signed.toBuilder().title("Khác").build()))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("đã ký");
    assertThat(app.inspections().save(signed).kind()).isEqualTo(SaveOutcome.Kind.UNCHANGED);
    assertThatThrownBy(() -> app.inspections().delete(seed.id()))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void theOfficeMayNumberSignedMinutesOnceAndNothingElse() {
    Inspection seed = fixture("seed-inspection.json");
    app.inspections().save(seed.toBuilder().status(InspectionStatus.SIGNED).build());
    Inspection signed = app.inspections().require(seed.id()).inspection();
    assertThat(app.inspections().save(signed.toBuilder().documentNumber(5).build()).kind())
        .isEqualTo(SaveOutcome.Kind.UPDATED);
    Inspection numbered = app.inspections().require(seed.id()).inspection();
    assertThat(numbered.documentNumber()).isEqualTo(5);
    assertThatThrownBy(() -> app.inspections().save(numbered.toBuilder().documentNumber(6).build()))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(
            () -> app.inspections().save(signed.toBuilder().documentNumber(7).copies(3).build()))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void answersForCriteriaOutsideTheTemplateAreRefusedAndNothingIsStored() {
    Inspection seed = fixture("seed-inspection.json");
    Inspection bad =
        seed.withAnswer(vn.kiemtra.core.answer.Answer.empty("XX99").withResult(Result.PASS));
    assertThatThrownBy(() -> app.inspections().save(bad))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("XX99");
    assertThat(app.inspections().list()).isEmpty();
  }

  @Test
  void trashKeepsTheInspectionUntilRestored() {
    Inspection seed = fixture("seed-inspection.json");
    app.inspections().save(seed);
    app.inspections().delete(seed.id());
    assertThat(app.inspections().list()).isEmpty();
    assertThat(app.inspections().trash()).extracting(s -> s.id()).containsExactly(seed.id());
    app.inspections().restore(seed.id());
    assertThat(app.inspections().list()).extracting(s -> s.id()).containsExactly(seed.id());
    assertThat(app.inspections().require(seed.id()).inspection()).isEqualTo(seed);
  }

  @Test
  void deviceIdSurvivesReopening() {
    UUID device = app.deviceId();
    app.close();
    app = AppContext.open(dir.resolve("office.mv.db"));
    assertThat(app.deviceId()).isEqualTo(device);
  }
}
