package vn.kiemtra.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.evidence.Evidence;
import vn.kiemtra.core.evidence.EvidenceService;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.shared.CancelledException;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.ConflictKind;
import vn.kiemtra.core.sync.ImportReport;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Inspections;

/**
 * Imports large enough to cross the chunk and batch size (500 rows) on real H2 files: what arrives
 * is exactly what was sent, rows with files interleave with rows without, a conflict in the middle
 * of a batch is recorded while the rows around it merge, and a cancel after batches were sent
 * leaves the office as it was.
 */
class BatchedImportTest {
  private static final int INSPECTIONS = 8; // 8 × 69 answers: more than one chunk of 500

  @TempDir Path dir;
  AppContext office;
  AppContext laptop;
  final List<UUID> inspections = new ArrayList<>();
  final Map<UUID, byte[]> photos = new LinkedHashMap<>();
  final Random random = new Random(11);

  @BeforeEach
  void laptopWithEightFullInspectionsAndPhotos() {
    office = AppContext.open(dir.resolve("office"));
    laptop = AppContext.open(dir.resolve("laptop"));
    office.sync().enrol(laptop.sync().thisDevice());
    laptop.sync().enrol(office.sync().thisDevice());
    Inspection seed =
        laptop
            .documentFormat()
            .read(new ByteArrayInputStream(Fixtures.seed().getBytes(StandardCharsets.UTF_8)), true)
            .inspection();
    List<Criterion> criteria =
        laptop.checklists().require(ChecklistService.DEFAULT_TEMPLATE).allCriteria().toList();
    for (int n = 0; n < INSPECTIONS; n++) {
      List<Answer> answers = new ArrayList<>();
      for (Criterion c : criteria) {
        answers.add(Answer.empty(c.code()).withNote("Nhận xét " + c.code() + " của cuộc số " + n));
      }
      Inspection i =
          Inspections.copy(seed, UUID.randomUUID(), "Kiểm tra Sở số " + n).toBuilder()
              .answers(answers)
              .build();
      laptop.inspections().save(i);
      inspections.add(i.id());
      addPhoto(laptop, i.id(), "Ảnh " + n);
    }
  }

  @AfterEach
  void close() {
    office.close();
    laptop.close();
  }

  private UUID addPhoto(AppContext at, UUID inspection, String caption) {
    byte[] content = new byte[20_000 + random.nextInt(30_000)];
    random.nextBytes(content);
    UUID id = UUID.randomUUID();
    at.evidence()
        .add(
            new Evidence(
                id,
                inspection,
                "CD01",
                "anh-" + id + ".jpg",
                "image/jpeg",
                content.length,
                EvidenceService.sha256(content),
                caption,
                OffsetDateTime.now()),
            content);
    photos.put(id, content);
    return id;
  }

  private Path export(AppContext from, String name, boolean full) {
    Path file = dir.resolve(name);
    from.sync().export(file, full, null, Progress.NONE);
    return file;
  }

  private void officePackageReachesTheLaptop() {
    Path back = dir.resolve("back-" + UUID.randomUUID());
    office.sync().export(back, false, laptop.deviceId(), Progress.NONE);
    laptop.sync().importPackage(back, Progress.NONE);
  }

  private static String note(AppContext at, UUID inspection, String code) {
    return at.inspections().require(inspection).inspection().answer(code).orElseThrow().note();
  }

  private static List<String> notes(AppContext at, UUID inspection) {
    return at.inspections().require(inspection).inspection().answers().stream()
        .map(a -> a.criterionCode() + "=" + a.note())
        .sorted()
        .toList();
  }

  private static String searchKey(AppContext at, UUID inspection) throws Exception {
    try (Connection c = at.database().connection();
        PreparedStatement ps =
            c.prepareStatement("SELECT SEARCH_KEY FROM INSPECTION WHERE ID = ?")) {
      ps.setObject(1, inspection);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private void officeHoldsWhatTheLaptopHolds() throws Exception {
    for (UUID id : inspections) {
      assertThat(notes(office, id)).isEqualTo(notes(laptop, id)).hasSize(notes(laptop, id).size());
      assertThat(office.inspections().require(id).inspection().title())
          .isEqualTo(laptop.inspections().require(id).inspection().title());
      assertThat(searchKey(office, id)).isNotBlank().isEqualTo(searchKey(laptop, id));
      assertThat(office.evidence().list(id))
          .extracting(Evidence::caption)
          .containsExactlyInAnyOrderElementsOf(
              laptop.evidence().list(id).stream().map(Evidence::caption).toList());
    }
    for (Map.Entry<UUID, byte[]> p : photos.entrySet()) {
      assertThat(office.evidence().content(p.getKey()))
          .as("photo %s", p.getKey())
          .hasValue(p.getValue());
    }
  }

  @Test
  void rowsWithAndWithoutFilesAcrossBatchesArriveExactlyAndASecondCopyChangesNothing()
      throws Exception {
    ImportReport first = office.sync().importPackage(export(laptop, "p1", false), Progress.NONE);
    assertThat(first.filesVerified()).isEqualTo(INSPECTIONS);
    assertThat(first.tables())
        .filteredOn(t -> t.table().equals("answer"))
        .singleElement()
        .satisfies(t -> assertThat(t.added()).isEqualTo(INSPECTIONS * 69));
    officeHoldsWhatTheLaptopHolds();
    officePackageReachesTheLaptop();

    // Edits of stored rows (600 answers: updates across a batch boundary; photos the office has,
    // deleted) interleave with new rows carrying files, and a title changes the search key.
    for (int n = 0; n < INSPECTIONS; n++) {
      UUID id = inspections.get(n);
      Inspection i = laptop.inspections().require(id).inspection();
      List<Answer> answers = new ArrayList<>();
      for (Answer a : i.answers()) {
        answers.add(
            n < 7 || a.criterionCode().startsWith("CD") ? a.withNote(a.note() + " (sửa)") : a);
      }
      laptop
          .inspections()
          .save(i.toBuilder().title(i.title() + " — Đà Nẵng").answers(answers).build());
      Evidence old = laptop.evidence().list(id).get(0);
      laptop.evidence().delete(old.id()); // a tombstone: an update without a file
      photos.remove(old.id());
      addPhoto(laptop, id, "Ảnh thêm " + n);
    }
    ImportReport second = office.sync().importPackage(export(laptop, "p2", false), Progress.NONE);
    assertThat(second.newConflicts()).isEmpty();
    assertThat(second.filesVerified()).isEqualTo(INSPECTIONS);
    assertThat(second.updated()).isGreaterThan(500);
    officeHoldsWhatTheLaptopHolds();
    assertThat(searchKey(office, inspections.get(0))).contains("da nang");

    // The same rows again in a new package: the stored clocks already cover every one of them.
    ImportReport again = office.sync().importPackage(export(laptop, "p3", true), Progress.NONE);
    assertThat(again.alreadyImported()).isFalse();
    assertThat(again.added()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isGreaterThan(INSPECTIONS * 69);
    assertThat(again.filesVerified()).isZero();
  }

  @Test
  void aConflictInTheMiddleOfABatchIsRecordedAndTheRowsAroundItMerge() {
    office.sync().importPackage(export(laptop, "p1", false), Progress.NONE);
    officePackageReachesTheLaptop();
    UUID target = inspections.get(3);
    Inspection atOffice = office.inspections().require(target).inspection();
    office
        .inspections()
        .save(
            atOffice.withAnswer(
                atOffice.answer("CD02").orElseThrow().withNote("A — văn phòng sửa")));
    for (UUID id : inspections) {
      Inspection i = laptop.inspections().require(id).inspection();
      List<Answer> answers = new ArrayList<>();
      for (Answer a : i.answers()) {
        boolean clash = id.equals(target) && a.criterionCode().equals("CD02");
        answers.add(a.withNote(clash ? "B — máy sửa" : a.note() + " (máy)"));
      }
      laptop.inspections().save(i.toBuilder().answers(answers).build());
    }

    ImportReport r = office.sync().importPackage(export(laptop, "p2", false), Progress.NONE);

    assertThat(r.newConflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(ConflictKind.BOTH_CHANGED);
              assertThat(c.field()).isEqualTo("note");
              assertThat(c.localValue()).isEqualTo("A — văn phòng sửa");
              assertThat(c.incomingValue()).isEqualTo("B — máy sửa");
            });
    // The row shows the smaller value until someone decides; every other answer took the edit.
    assertThat(note(office, target, "CD02")).isEqualTo("A — văn phòng sửa");
    assertThat(office.sync().conflicts(false))
        .singleElement()
        .satisfies(c -> assertThat(c.currentValue()).isEqualTo("A — văn phòng sửa"));
    for (UUID id : inspections) {
      for (Answer a : office.inspections().require(id).inspection().answers()) {
        if (!(id.equals(target) && a.criterionCode().equals("CD02"))) {
          assertThat(a.note()).endsWith(" (máy)");
        }
      }
    }
    office.sync().resolve(r.newConflicts().get(0).id(), "B — máy sửa");
    assertThat(note(office, target, "CD02")).isEqualTo("B — máy sửa");
  }

  @Test
  void aCancelAfterBatchesWereSentLeavesTheOfficeAsItWas() throws Exception {
    Inspection own =
        Inspections.copy(
            laptop.inspections().require(inspections.get(0)).inspection(),
            UUID.randomUUID(),
            "Cuộc kiểm tra của văn phòng");
    office.inspections().save(own);
    List<String> ownNotes = notes(office, own.id());
    Path p1 = export(laptop, "p1", false);
    AtomicLong merged = new AtomicLong();
    Progress cancelLate =
        new Progress() {
          @Override
          public void step(String message, long done, long total) {
            if (message.startsWith("Đang hợp nhất")) {
              merged.set(done);
            }
          }

          @Override
          public boolean isCancelled() {
            // Inside the answers, once earlier tables and a full batch of answers were sent.
            return merged.get() >= 600;
          }
        };

    assertThatThrownBy(() -> office.sync().importPackage(p1, cancelLate))
        .isInstanceOf(CancelledException.class);

    assertThat(office.inspections().list())
        .singleElement()
        .satisfies(s -> assertThat(s.id()).isEqualTo(own.id()));
    assertThat(notes(office, own.id())).isEqualTo(ownNotes);
    assertThat(office.sync().importedPackages()).isEmpty();
    ImportReport whole = office.sync().importPackage(p1, Progress.NONE);
    assertThat(whole.tables())
        .filteredOn(t -> t.table().equals("answer"))
        .singleElement()
        .satisfies(t -> assertThat(t.added()).isEqualTo(INSPECTIONS * 69));
    officeHoldsWhatTheLaptopHolds();
  }
}
