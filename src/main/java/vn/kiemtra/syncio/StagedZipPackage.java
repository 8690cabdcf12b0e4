package vn.kiemtra.syncio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.kiemtra.core.sync.ManifestEntry;
import vn.kiemtra.core.sync.PackageManifest;
import vn.kiemtra.core.sync.StagedPackage;
import vn.kiemtra.core.sync.SyncPackageException;
import vn.kiemtra.core.sync.SyncRow;

/** A verified package unpacked in a private temporary folder, its rows read back as a stream. */
final class StagedZipPackage implements StagedPackage {
  private final Path source;
  private final Path dir;
  private final StagingFolders.Staging staging;
  private final PackageManifest manifest;
  private final List<String> tables = new ArrayList<>();
  private final Set<String> files = new LinkedHashSet<>();
  private volatile boolean closed;

  StagedZipPackage(Path source, StagingFolders.Staging staging, PackageManifest manifest) {
    this.source = source;
    this.staging = staging;
    this.dir = staging.dir();
    this.manifest = manifest;
    for (ManifestEntry e : manifest.entries()) {
      String table = EntryNames.table(e.name());
      if (table != null) {
        tables.add(table);
      } else {
        files.add(EntryNames.sha(e.name()));
      }
    }
  }

  @Override
  public PackageManifest manifest() {
    return manifest;
  }

  @Override
  public List<String> tables() {
    return List.copyOf(tables);
  }

  /**
   * Streams the rows of {@code table}, parsed a few hundred ahead on another thread ({@link
   * RowReader}); a table the package does not hold has no rows.
   */
  @Override
  public void forEachRow(String table, Consumer<SyncRow> action) {
    checkOpen();
    if (!tables.contains(table)) {
      return;
    }
    Path rows = dir.resolve(EntryNames.rows(table));
    try (RowReader reader =
        new RowReader(table, rows, (line, detail) -> malformed(table, line, detail))) {
      for (SyncRow row = reader.next(); row != null; row = reader.next()) {
        action.accept(row);
      }
    }
  }

  private SyncPackageException malformed(String table, long line, String detail) {
    return PackageRefusals.refuse(
        "package.rowsMalformed", PackageRefusals.name(source), table, line, detail);
  }

  @Override
  public Path file(String sha256) {
    checkOpen();
    if (!files.contains(sha256)) {
      throw new IllegalArgumentException(PackageRefusals.text("package.noSuchFile", sha256));
    }
    return dir.resolve(EntryNames.file(sha256));
  }

  @Override
  public List<String> files() {
    return List.copyOf(files);
  }

  @Override
  public void close() {
    closed = true;
    staging.release();
    TempFolders.delete(dir);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException(PackageRefusals.text("package.closed"));
    }
  }
}
