package vn.kiemtra.core.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A package whose signature and every entry's hash and size have been verified, unpacked into a
 * private temporary folder. Closing it deletes that folder.
 */
public interface StagedPackage extends AutoCloseable {
  PackageManifest manifest();

  /** The tables the package holds rows of, in the order they were written. */
  List<String> tables();

  /** Streams the rows of one table (never all in memory at once). */
  void forEachRow(String table, Consumer<SyncRow> action);

  /** The verified staged copy of the file with this SHA-256. */
  Path file(String sha256);

  /** The SHA-256 of every file in the package. */
  List<String> files();

  @Override
  void close();
}
