package vn.kiemtra.syncio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.kiemtra.core.sync.DeviceKeyPair;
import vn.kiemtra.core.sync.ManifestEntry;
import vn.kiemtra.core.sync.PackageManifest;
import vn.kiemtra.core.sync.PackageWriter;
import vn.kiemtra.core.sync.SyncPackageException;
import vn.kiemtra.core.sync.SyncPackages;
import vn.kiemtra.core.sync.SyncRow;

/**
 * Streams rows and files into a zip next to the target, then writes and signs the manifest and
 * moves the finished zip into place; an unfinished writer deletes its temporary file.
 */
final class ZipPackageWriter implements PackageWriter {
  private static final int BUFFER = 64 * 1024;

  private final Path target;
  private final Path temp;
  private final ZipOutputStream zip;
  private final List<ManifestEntry> entries = new ArrayList<>();
  private final Map<String, Integer> tableCounts = new LinkedHashMap<>();
  private final Set<String> fileShas = new HashSet<>();
  private String currentTable;
  private HashingOutputStream current;
  private String currentName;
  private boolean done;

  ZipPackageWriter(Path target) {
    this.target = target.toAbsolutePath();
    try {
      Path dir = this.target.getParent();
      Files.createDirectories(dir);
      this.temp = Files.createTempFile(dir, "." + this.target.getFileName(), ".part");
    } catch (IOException e) {
      throw failed(e);
    }
    try {
      this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), BUFFER));
    } catch (IOException e) {
      temp.toFile().delete();
      throw failed(e);
    }
  }

  @Override
  public void row(SyncRow row) {
    checkOpen();
    if (!EntryNames.isTable(row.table())) {
      throw new IllegalArgumentException(PackageRefusals.text("write.badName", row.table()));
    }
    try {
      if (!row.table().equals(currentTable)) {
        if (tableCounts.containsKey(row.table())) {
          throw new IllegalStateException(PackageRefusals.text("write.tableSplit", row.table()));
        }
        closeEntry();
        startEntry(EntryNames.rows(row.table()), Deflater.DEFAULT_COMPRESSION);
        currentTable = row.table();
        tableCounts.put(row.table(), 0);
      }
      current.write(RowJson.write(row));
      current.write('\n');
      tableCounts.merge(row.table(), 1, Integer::sum);
    } catch (IOException | UncheckedIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void file(String sha256, long size, InputStream content) throws IOException {
    checkOpen();
    if (!EntryNames.isSha256(sha256)) {
      throw new IllegalArgumentException(PackageRefusals.text("write.badName", sha256));
    }
    if (!fileShas.add(sha256)) {
      return; // the same content is needed once
    }
    ManifestEntry written;
    try {
      closeEntry();
      // Photos and PDFs barely compress: the fastest level keeps export quick.
      startEntry(EntryNames.file(sha256), Deflater.BEST_SPEED);
      byte[] buffer = new byte[BUFFER];
      for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
        current.write(buffer, 0, n);
      }
      written = endEntry();
    } catch (IOException | RuntimeException e) {
      done = true;
      throw e;
    }
    if (written.size() != size || !written.sha256().equals(sha256)) {
      done = true;
      throw PackageRefusals.refuse("write.fileChanged", sha256);
    }
  }

  @Override
  public PackageManifest finish(PackageManifest manifest, DeviceKeyPair key) {
    checkOpen();
    if (!key.publicKey().strip().equals(manifest.device().publicKey().strip())) {
      throw new IllegalArgumentException(PackageRefusals.text("write.keyMismatch"));
    }
    try {
      closeEntry();
      PackageManifest complete = complete(manifest);
      byte[] json = ManifestJson.write(complete);
      writeWhole(EntryNames.MANIFEST, json);
      writeWhole(
          EntryNames.SIGNATURE, Ed25519Keys.sign(json, key).getBytes(StandardCharsets.US_ASCII));
      zip.close();
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      move();
      done = true;
      return complete;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private PackageManifest complete(PackageManifest m) {
    long fileBytes = 0;
    for (ManifestEntry e : entries) {
      fileBytes += EntryNames.sha(e.name()) != null ? e.size() : 0;
    }
    return new PackageManifest(
        SyncPackages.FORMAT_VERSION,
        m.packageId(),
        m.device(),
        m.sequence(),
        m.createdAt(),
        m.schemaVersion(),
        m.kind(),
        m.fromChange(),
        m.toChange(),
        m.acknowledgements(),
        Collections.unmodifiableMap(new LinkedHashMap<>(tableCounts)),
        fileShas.size(),
        fileBytes,
        List.copyOf(entries));
  }

  private void move() throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void writeWhole(String name, byte[] bytes) throws IOException {
    zip.setLevel(Deflater.DEFAULT_COMPRESSION);
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  private void startEntry(String name, int level) throws IOException {
    zip.setLevel(level);
    zip.putNextEntry(new ZipEntry(name));
    current = new HashingOutputStream(zip);
    currentName = name;
  }

  private ManifestEntry endEntry() throws IOException {
    zip.closeEntry();
    ManifestEntry entry = new ManifestEntry(currentName, current.size(), current.sha256());
    entries.add(entry);
    current = null;
    currentName = null;
    return entry;
  }

  private void closeEntry() throws IOException {
    if (current != null) {
      endEntry();
    }
    currentTable = null;
  }

  private void checkOpen() {
    if (done) {
      throw new IllegalStateException(PackageRefusals.text("write.finished"));
    }
  }

  private SyncPackageException failed(Exception e) {
    done = true;
    return new SyncPackageException(
        PackageRefusals.text("write.failed", PackageRefusals.name(target), e.getMessage()), e);
  }

  @Override
  public void close() {
    done = true;
    try {
      zip.close();
    } catch (IOException | RuntimeException e) {
      // the temporary file is deleted below either way
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      temp.toFile().deleteOnExit();
    }
  }
}
