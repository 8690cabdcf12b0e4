package vn.kiemtra.syncio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.kiemtra.core.sync.SyncPackageException;

/**
 * Opens a file as a package zip after looking at its first bytes, so a missing, empty, database or
 * non-zip file is named as such; reads the small manifest and signature entries.
 */
final class PackageFiles {
  static final int MANIFEST_LIMIT = 64 * 1024 * 1024;
  static final int SIGNATURE_LIMIT = 1024;

  private static final byte[] H2 = "H:2,".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};

  private PackageFiles() {}

  /** The file as a zip; refuses it (nothing else touched) when it cannot be a package. */
  static ZipFile openZip(Path file) {
    if (!Files.exists(file)) {
      throw PackageRefusals.of("file.missing", file);
    }
    if (!Files.isRegularFile(file)) {
      throw PackageRefusals.of("file.notRegular", file);
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4);
    } catch (IOException e) {
      throw PackageRefusals.unreadable(file, e);
    }
    if (head.length == 0) {
      throw PackageRefusals.of("file.empty", file);
    }
    String name = PackageRefusals.name(file).toLowerCase(java.util.Locale.ROOT);
    if (Arrays.equals(head, H2) || name.endsWith(".mv.db") || name.endsWith(".h2.db")) {
      throw PackageRefusals.of("file.database", file);
    }
    if (!Arrays.equals(head, ZIP) && !Arrays.equals(head, EMPTY_ZIP)) {
      throw PackageRefusals.of("file.notZip", file);
    }
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw PackageRefusals.damaged(file, e);
    } catch (IOException e) {
      throw PackageRefusals.unreadable(file, e);
    } catch (RuntimeException e) {
      throw PackageRefusals.damaged(file, e);
    }
  }

  /** The whole content of a small entry; a larger one than {@code limit} is refused. */
  static byte[] read(ZipFile zip, ZipEntry entry, int limit, Path file) {
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw PackageRefusals.malformed(file, PackageRefusals.text("detail.tooLarge"));
      }
      return bytes;
    } catch (IOException | RuntimeException e) {
      if (e instanceof SyncPackageException refusal) {
        throw refusal;
      }
      throw PackageRefusals.damaged(file, e);
    }
  }

  static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException e) {
      // read only: nothing to lose
    }
  }
}
