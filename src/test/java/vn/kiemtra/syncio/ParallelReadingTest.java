package vn.kiemtra.syncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.StagedPackage;
import vn.kiemtra.core.sync.SyncPackageException;
import vn.kiemtra.core.sync.SyncRow;

/**
 * The package's entries are checked on two threads and its rows parsed ahead of the merge on a
 * third: what comes out is exactly what was written, in order; a failure on either side stops both,
 * and no thread outlives the call that started it.
 */
class ParallelReadingTest {
  @TempDir Path dir;
  @TempDir Path staging;
  SyncFixture fx;

  @BeforeEach
  void setUp() {
    Messages.useLocale(Messages.VIETNAMESE);
    fx = new SyncFixture(staging);
  }

  /** 1,500 answers: more than the reader holds ahead (4 batches of 200). */
  private void manyAnswers() {
    UUID inspection = fx.rows.get(0).id();
    for (int i = 0; i < 1_500; i++) {
      fx.rows.add(
          SyncFixture.row(
              "answer",
              UUID.nameUUIDFromBytes(("b" + i).getBytes(StandardCharsets.UTF_8)),
              SyncFixture.values(
                  "inspection_id",
                  inspection.toString(),
                  "criterion_code",
                  "CD" + i,
                  "comment",
                  "Nhận xét số " + i + " — đạt yêu cầu",
                  SyncRow.DELETED,
                  "false")));
    }
  }

  /** Six files of 300 kB, so both threads take several. */
  private void manyFiles() {
    Random random = new Random(5);
    for (int i = 0; i < 6; i++) {
      byte[] content = new byte[300_000];
      random.nextBytes(content);
      fx.files.put(SyncFixture.sha256(content), content);
    }
  }

  @Test
  void manyRowsAndFilesComeOutExactlyAsWrittenAndInOrder() throws IOException {
    manyAnswers();
    manyFiles();
    Path good = dir.resolve("goi.kiemtra");
    fx.write(good);

    List<SyncRow> rows = new ArrayList<>();
    try (StagedPackage staged = fx.packages.open(good, fx.directory(), 12, Progress.NONE)) {
      staged.tables().forEach(t -> staged.forEachRow(t, rows::add));
      for (var f : fx.files.entrySet()) {
        assertThat(staged.file(f.getKey())).hasBinaryContent(f.getValue());
      }
    }

    assertThat(rows).isEqualTo(fx.rows);
    assertThat(fx.stagedFolders()).isZero();
    assertThat(threads()).isEmpty();
  }

  @Test
  void anAlteredLastFileIsRefusedAndNothingIsLeftStagedOrRunning() throws IOException {
    manyFiles();
    Path good = dir.resolve("goi.kiemtra");
    fx.write(good);
    byte[] bytes = Files.readAllBytes(good);
    String last = "files/" + new ArrayList<>(fx.files.keySet()).get(fx.files.size() - 1);
    bytes[SyncFixture.dataOf(bytes, last) + 150_000] ^= 0x01;
    Path bad = Files.write(dir.resolve("lat.kiemtra"), bytes);

    assertThatThrownBy(() -> fx.packages.open(bad, fx.directory(), 12, Progress.NONE))
        .isInstanceOf(SyncPackageException.class)
        .hasMessageContaining("lat.kiemtra");
    assertThat(fx.stagedFolders()).isZero();
    assertThat(threads()).isEmpty();
  }

  @Test
  void aMergeThatStopsEarlyStopsTheReaderAndTheFailureIsItsOwn() throws IOException {
    manyAnswers();
    Path good = dir.resolve("goi.kiemtra");
    fx.write(good);
    List<SyncRow> seen = new ArrayList<>();
    IllegalStateException stop = new IllegalStateException("dừng");

    try (StagedPackage staged = fx.packages.open(good, fx.directory(), 12, Progress.NONE)) {
      assertThatThrownBy(
              () ->
                  staged.forEachRow(
                      "answer",
                      row -> {
                        seen.add(row);
                        if (seen.size() == 10) {
                          throw stop;
                        }
                      }))
          .isSameAs(stop);
      assertThat(threads()).isEmpty();
      // The table can be read again from the start.
      List<SyncRow> again = new ArrayList<>();
      staged.forEachRow("answer", again::add);
      assertThat(again).hasSize(1_503).startsWith(seen.toArray(SyncRow[]::new));
    }
    assertThat(fx.stagedFolders()).isZero();
  }

  @Test
  void aMalformedLineComesAfterTheRowsBeforeItWithItsNumber() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 449; i++) {
      lines.add(new String(RowJson.write(fx.rows.get(1)), StandardCharsets.UTF_8));
    }
    lines.add("{\"id\": ");
    lines.add(new String(RowJson.write(fx.rows.get(1)), StandardCharsets.UTF_8));
    Path rows = Files.write(dir.resolve("answer.jsonl"), lines, StandardCharsets.UTF_8);
    List<SyncRow> seen = new ArrayList<>();
    List<Long> refusedAt = new ArrayList<>();

    try (RowReader reader =
        new RowReader(
            "answer",
            rows,
            (line, detail) -> {
              refusedAt.add(line);
              return new SyncPackageException("dòng " + line + ": " + detail);
            })) {
      assertThatThrownBy(
              () -> {
                for (SyncRow r = reader.next(); r != null; r = reader.next()) {
                  seen.add(r);
                }
              })
          .isInstanceOf(SyncPackageException.class)
          .hasMessageStartingWith("dòng 450: ");
    }

    assertThat(seen).hasSize(449).allSatisfy(r -> assertThat(r).isEqualTo(fx.rows.get(1)));
    assertThat(refusedAt).containsExactly(450L);
    assertThat(threads()).isEmpty();
  }

  /** The package-reading threads still running. */
  private static List<String> threads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("kiemtra-package-"))
        .toList();
  }
}
