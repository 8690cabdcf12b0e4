package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.persistence.jooq.Tables.ANSWER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.inspection.StoredInspection;
import vn.kiemtra.testsupport.Fixtures;

/**
 * An edit saved against a version, on a real H2 file: the version and the lock are checked inside
 * the save's transaction, and a change to any child row (as a sync merge writes it) moves the
 * version.
 */
class VersionedSaveTest {
  @TempDir Path dir;
  private AppContext app;
  private JooqInspectionRepository repository;
  private Inspection seed;

  @BeforeEach
  void open() {
    app = AppContext.open(dir.resolve("laptop"));
    repository = new JooqInspectionRepository(app.database());
    seed =
        app.documentFormat()
            .read(
                new ByteArrayInputStream(
                    Fixtures.text("seed-inspection.json").getBytes(StandardCharsets.UTF_8)),
                true)
            .inspection();
    app.inspections().save(seed);
  }

  @AfterEach
  void close() {
    app.close();
  }

  private StoredInspection stored() {
    return repository.find(seed.id()).orElseThrow();
  }

  @Test
  void anEditOnTheStoredVersionIsStoredAndReportsTheNewVersion() {
    long version = stored().version();
    SaveOutcome outcome =
        repository.save(seed.toBuilder().place("Hội trường tầng 3").build(), version);
    assertThat(outcome.kind()).isEqualTo(SaveOutcome.Kind.UPDATED);
    assertThat(outcome.version()).isGreaterThan(version);
    assertThat(stored().version()).isEqualTo(outcome.version());
    assertThat(stored().inspection().place()).isEqualTo("Hội trường tầng 3");
  }

  @Test
  void aChildRowChangedBehindTheEditorsBackMakesTheEditStaleAndNothingIsWritten() {
    long version = stored().version();
    int inspectionRowRevision = stored().revision();
    // What a sync merge does: it writes the answer row alone, the inspection row is untouched.
    app.database()
        .write(
            ctx ->
                ctx.update(ANSWER)
                    .set(ANSWER.NOTE, "Ghi chú từ máy văn phòng")
                    .set(ANSWER.REVISION, ANSWER.REVISION.plus(1))
                    .where(ANSWER.INSPECTION_ID.eq(seed.id()))
                    .and(ANSWER.CRITERION_CODE.eq(seed.answers().get(0).criterionCode()))
                    .execute());
    assertThat(stored().revision()).isEqualTo(inspectionRowRevision);
    assertThat(stored().version()).isEqualTo(version + 1);

    SaveOutcome outcome =
        repository.save(seed.toBuilder().place("Ghi đè từ cửa sổ").build(), version);

    assertThat(outcome.kind()).isEqualTo(SaveOutcome.Kind.STALE);
    assertThat(outcome.stored()).isFalse();
    assertThat(stored().inspection().place()).isEqualTo(seed.place());
    assertThat(stored().inspection().answers().get(0).note()).isEqualTo("Ghi chú từ máy văn phòng");
  }

  @Test
  void aSignedInspectionRefusesTheEditWhateverTheVersion() {
    app.inspections().save(seed.toBuilder().status(InspectionStatus.SIGNED).build());
    long version = stored().version();
    SaveOutcome outcome =
        repository.save(
            seed.toBuilder().status(InspectionStatus.SIGNED).place("Sửa sau khi ký").build(),
            version);
    assertThat(outcome.kind()).isEqualTo(SaveOutcome.Kind.LOCKED);
    assertThat(stored().inspection().place()).isEqualTo(seed.place());
  }

  @Test
  void aRemovedAnswerStillMovesTheVersion() {
    long version = stored().version();
    Answer first = seed.answers().get(0);
    Inspection without =
        seed.toBuilder().answers(seed.answers().stream().filter(a -> a != first).toList()).build();
    SaveOutcome outcome = repository.save(without, version);
    assertThat(outcome.version()).isGreaterThan(version);
    assertThat(repository.save(seed.withAnswer(first.withResult(Result.FAIL)), version).kind())
        .isEqualTo(SaveOutcome.Kind.STALE);
  }

  @Test
  void aNewInspectionIsStoredAgainstVersionZero() {
    Inspection fresh =
        vn.kiemtra.testsupport.Inspections.copy(seed, UUID.randomUUID(), "Kiểm tra mới");
    assertThat(repository.save(fresh, 0).kind()).isEqualTo(SaveOutcome.Kind.CREATED);
    assertThat(repository.find(fresh.id())).isPresent();
  }
}
