package vn.kiemtra.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.evidence.Evidence;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.shared.CancelledException;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.ConflictKind;
import vn.kiemtra.core.sync.ExportResult;
import vn.kiemtra.core.sync.ImportReport;
import vn.kiemtra.core.sync.ReconciliationText;
import vn.kiemtra.core.sync.SyncConflict;
import vn.kiemtra.core.sync.UnknownDeviceException;
import vn.kiemtra.testsupport.Fixtures;

/** Sync rules on real H2 files: acknowledgements, gaps, evidence files, locks, cancel. */
class SyncServiceTest {
  @TempDir Path dir;
  AppContext office;
  AppContext laptop;
  Inspection seed;

  @BeforeEach
  void officeAndLaptopKnowEachOther() {
    office = AppContext.open(dir.resolve("office"));
    laptop = AppContext.open(dir.resolve("laptop"));
    office.sync().enrol(laptop.sync().thisDevice());
    laptop.sync().enrol(office.sync().thisDevice());
    seed =
        laptop
            .documentFormat()
            .read(new ByteArrayInputStream(Fixtures.seed().getBytes(StandardCharsets.UTF_8)), true)
            .inspection();
    laptop.inspections().save(seed);
  }

  @AfterEach
  void close() {
    office.close();
    laptop.close();
  }

  private Path export(AppContext from, String name) {
    Path file = dir.resolve(name);
    from.sync().export(file, false, null, Progress.NONE);
    return file;
  }

  /** The office's package for the laptop, which also acknowledges what the office received. */
  private void officePackageReachesTheLaptop() {
    Path back = dir.resolve("back-" + UUID.randomUUID());
    office.sync().export(back, false, laptop.deviceId(), Progress.NONE);
    laptop.sync().importPackage(back, Progress.NONE);
  }

  private String noteOf(AppContext at) {
    return at.inspections().require(seed.id()).inspection().answer("CD01").orElseThrow().note();
  }

  private void editNote(AppContext at, String note) {
    Inspection current = at.inspections().require(seed.id()).inspection();
    at.inspections().save(current.withAnswer(current.answer("CD01").orElseThrow().withNote(note)));
  }

  @Test
  void afterTheOfficeAcknowledgesTheNextPackageCarriesOnlyNewChanges() {
    ExportResult first = laptop.sync().export(dir.resolve("p1"), false, null, Progress.NONE);
    office.sync().importPackage(first.file(), Progress.NONE);
    officePackageReachesTheLaptop();

    editNote(laptop, "Ghi chú sau khi văn phòng đã nhận gói 1");
    ExportResult second = laptop.sync().export(dir.resolve("p2"), false, null, Progress.NONE);
    assertThat(first.rows()).isGreaterThan(90);
    assertThat(second.rows()).isBetween(1, 3);
    assertThat(second.rowsPerTable()).containsEntry("answer", 1);
    ImportReport r = office.sync().importPackage(second.file(), Progress.NONE);
    assertThat(r.updated()).isEqualTo(1);
    assertThat(noteOf(office)).isEqualTo("Ghi chú sau khi văn phòng đã nhận gói 1");
  }

  @Test
  void aMissingPackageIsReportedAndWhetherItsDataArrivedAnyway() {
    Path p1 = export(laptop, "p1");
    editNote(laptop, "lần 2");
    export(laptop, "p2");
    editNote(laptop, "lần 3");
    Path p3 = export(laptop, "p3");
    ImportReport r = office.sync().importPackage(p3, Progress.NONE);
    assertThat(r.missingSequences()).containsExactly(1L, 2L);
    assertThat(r.dataComplete()).isTrue();
    assertThat(new ReconciliationText(office.sync()).gaps(r))
        .singleElement()
        .asString()
        .contains("Thiếu gói số 1, 2 của máy")
        .contains("đã có trong gói này");

    // A second office that got an acknowledgement-shortened package without the first one.
    office.sync().importPackage(p1, Progress.NONE);
    officePackageReachesTheLaptop();
    editNote(laptop, "lần 4");
    Path p4 = export(laptop, "p4");
    try (AppContext office2 = AppContext.open(dir.resolve("office2"))) {
      office2.sync().enrol(laptop.sync().thisDevice());
      assertThatThrownBy(() -> office2.sync().importPackage(p4, Progress.NONE))
          .hasMessageContaining("thiếu gói số 1, 2, 3")
          .hasMessageContaining("sync export --full");
      assertThat(office2.inspections().list()).isEmpty();
      assertThat(office2.sync().importedPackages()).isEmpty();
      ImportReport earlier = office2.sync().importPackage(p3, Progress.NONE);
      assertThat(earlier.missingSequences()).containsExactly(1L, 2L);
      ImportReport later = office2.sync().importPackage(p4, Progress.NONE);
      assertThat(later.missingSequences()).containsExactly(1L, 2L);
      assertThat(later.dataComplete()).isTrue();
      assertThat(noteOf(office2)).isEqualTo("lần 4");
    }
  }

  @Test
  void evidenceFilesTravelAndAreVerified() throws Exception {
    byte[] photo =
        "ảnh chụp hiện trường — JPEG giả lập".repeat(5000).getBytes(StandardCharsets.UTF_8);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
    UUID evidenceId = UUID.randomUUID();
    laptop
        .evidence()
        .add(
            new Evidence(
                evidenceId,
                seed.id(),
                "CD01",
                "anh-1.jpg",
                "image/jpeg",
                photo.length,
                sha,
                "Bảng niêm yết thủ tục",
                OffsetDateTime.now()),
            photo);
    ImportReport r = office.sync().importPackage(export(laptop, "p1"), Progress.NONE);
    assertThat(r.filesReceived()).isEqualTo(1);
    assertThat(r.filesVerified()).isEqualTo(1);
    assertThat(r.fileBytes()).isEqualTo(photo.length);
    assertThat(office.evidence().content(evidenceId)).hasValue(photo);
    assertThat(office.evidence().list(seed.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.caption()).isEqualTo("Bảng niêm yết thủ tục"));
  }

  @Test
  void aSignedInspectionIsNeverChangedByAMergeAndTheChangeIsListed() {
    office.sync().importPackage(export(laptop, "p1"), Progress.NONE);
    officePackageReachesTheLaptop();
    office.minutes().sign(seed.id(), new MinutesOptions(false));
    String signedNote = noteOf(office);

    editNote(laptop, "Sửa trên máy sau khi văn phòng đã ký");
    ImportReport r = office.sync().importPackage(export(laptop, "p2"), Progress.NONE);

    assertThat(noteOf(office)).isEqualTo(signedNote);
    assertThat(r.newConflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(ConflictKind.LOCKED);
              assertThat(c.incomingValue()).isEqualTo("Sửa trên máy sau khi văn phòng đã ký");
            });
    SyncConflict c = r.newConflicts().get(0);
    assertThatThrownBy(() -> office.sync().resolve(c.id(), c.incomingValue()))
        .hasMessageContaining("đã ký biên bản");
    office.sync().resolve(c.id(), signedNote);
    assertThat(office.sync().conflicts(false)).isEmpty();
  }

  @Test
  void aDeviceNotEnrolledIsRefusedBeforeAnythingIsWrittenAndCanBeEnrolled() {
    try (AppContext stranger = AppContext.open(dir.resolve("stranger"))) {
      stranger.inspections().save(seed);
      Path p = export(stranger, "s1");
      int before = office.inspections().list().size();
      assertThatThrownBy(() -> office.sync().importPackage(p, Progress.NONE))
          .isInstanceOfSatisfying(
              UnknownDeviceException.class,
              e ->
                  assertThat(e.claimed().fingerprint())
                      .isEqualTo(stranger.sync().thisDevice().fingerprint()));
      assertThat(office.inspections().list()).hasSize(before);
      office.sync().enrol(office.sync().peekDevice(p));
      assertThat(office.sync().importPackage(p, Progress.NONE).added()).isGreaterThan(0);
    }
  }

  @Test
  void aPackageImportedAgainIsRecognisedAndMakesNoBackup() {
    Path p1 = export(laptop, "p1");
    office.sync().enrol(office.sync().peekDevice(p1));
    assertThat(office.sync().importPackage(p1, Progress.NONE).alreadyImported()).isFalse();
    int backups = office.backups().list().size();

    assertThat(office.sync().importPackage(p1, Progress.NONE).alreadyImported()).isTrue();

    assertThat(office.backups().list()).hasSize(backups);
  }

  @Test
  void aCancelledImportLeavesTheOfficeAsItWas() {
    Path p1 = export(laptop, "p1");
    AtomicInteger merged = new AtomicInteger();
    Progress cancelMidway =
        new Progress() {
          @Override
          public void step(String message, long done, long total) {
            if (message.startsWith("Đang hợp nhất") && done > 0) {
              merged.set((int) done);
            }
          }

          @Override
          public boolean isCancelled() {
            return merged.get() > 0;
          }
        };
    assertThatThrownBy(() -> office.sync().importPackage(p1, cancelMidway))
        .isInstanceOf(CancelledException.class);
    assertThat(merged.get()).as("rows were written before the cancel").isPositive();
    assertThat(office.inspections().list()).isEmpty();
    assertThat(office.sync().importedPackages()).isEmpty();
    assertThat(office.sync().importPackage(p1, Progress.NONE).alreadyImported()).isFalse();
    assertThat(office.inspections().list()).hasSize(1);
  }

  @Test
  void aPackageFromThisVeryDeviceIsNotImported() {
    Path own = export(laptop, "own");
    assertThatThrownBy(() -> laptop.sync().importPackage(own, Progress.NONE))
        .hasMessageContaining("chính máy này");
  }

  @Test
  void theSequenceNumbersOfADeviceCountUp() {
    List<Long> sequences =
        List.of(
            laptop.sync().export(dir.resolve("a"), false, null, Progress.NONE).sequence(),
            laptop.sync().export(dir.resolve("b"), true, null, Progress.NONE).sequence(),
            laptop.sync().export(dir.resolve("c"), false, null, Progress.NONE).sequence());
    assertThat(sequences).containsExactly(1L, 2L, 3L);
    assertThat(Files.exists(dir.resolve("c"))).isTrue();
  }
}
