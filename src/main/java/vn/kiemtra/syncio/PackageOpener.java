package vn.kiemtra.syncio;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.DeviceDirectory;
import vn.kiemtra.core.sync.ManifestEntry;
import vn.kiemtra.core.sync.PackageManifest;
import vn.kiemtra.core.sync.StagedPackage;
import vn.kiemtra.core.sync.SyncPackageException;
import vn.kiemtra.core.sync.SyncPackages;

/**
 * Verifies a package before anything of it is used: the manifest's signature with the enrolled key,
 * then every entry's size and SHA-256 while it is unpacked into a private temporary folder.
 */
final class PackageOpener {
  private static final int BUFFER = 64 * 1024;
  private static final long REPORT_EVERY = 1024 * 1024;

  private final Path file;
  private final Path tempBase;
  private final Progress progress;
  private final String label;

  PackageOpener(Path file, Path tempBase, Progress progress) {
    this.file = file;
    this.tempBase = tempBase;
    this.progress = progress == null ? Progress.NONE : progress;
    this.label = PackageRefusals.name(file);
  }

  StagedPackage open(DeviceDirectory devices, int schemaVersion) {
    progress.step(PackageRefusals.text("progress.verifying", label), 0, -1);
    ZipFile zip = PackageFiles.openZip(file);
    try {
      List<String> names = names(zip, file);
      checkLayout();
      byte[] json = manifestBytes(zip, file);
      PackageManifest manifest = parse(manifestTree(json, file), file);
      DeviceCard enrolled = enrolled(devices, manifest.device());
      byte[] sig =
          PackageFiles.read(
              zip, zip.getEntry(EntryNames.SIGNATURE), PackageFiles.SIGNATURE_LIMIT, file);
      if (!Ed25519Keys.verify(json, sig, enrolled.publicKey())) {
        throw PackageRefusals.of("package.badSignature", file);
      }
      if (manifest.schemaVersion() > schemaVersion) {
        throw PackageRefusals.refuse(
            "package.newerSchema", label, manifest.schemaVersion(), schemaVersion);
      }
      checkEntries(names, manifest);
      return stage(zip, manifest);
    } catch (DomainException e) {
      throw e;
    } catch (RuntimeException e) {
      throw PackageRefusals.damaged(file, e);
    } finally {
      PackageFiles.closeQuietly(zip);
    }
  }

  /** The manifest's device card, unverified. */
  static DeviceCard peek(Path file) {
    ZipFile zip = PackageFiles.openZip(file);
    try {
      names(zip, file);
      JsonNode root = manifestTree(manifestBytes(zip, file), file);
      try {
        return ManifestJson.readDevice(JsonFields.object(root, "device"));
      } catch (JsonFields.Bad e) {
        throw PackageRefusals.malformed(file, e.getMessage());
      }
    } catch (DomainException e) {
      throw e;
    } catch (RuntimeException e) {
      throw PackageRefusals.damaged(file, e);
    } finally {
      PackageFiles.closeQuietly(zip);
    }
  }

  /** Every entry name, refusing a zip without manifest and signature or with a foreign name. */
  private static List<String> names(ZipFile zip, Path file) {
    List<String> names = new ArrayList<>();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      names.add(entries.nextElement().getName());
    }
    if (!names.contains(EntryNames.MANIFEST) || !names.contains(EntryNames.SIGNATURE)) {
      throw PackageRefusals.of("package.notPackage", file);
    }
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      boolean known =
          name.equals(EntryNames.MANIFEST)
              || name.equals(EntryNames.SIGNATURE)
              || EntryNames.isData(name);
      if (!known) {
        throw PackageRefusals.entry("package.badEntryName", file, name);
      }
      if (!seen.add(name)) {
        throw PackageRefusals.entry("package.entryExtra", file, name);
      }
    }
    return names;
  }

  private void checkLayout() {
    try {
      ZipLayout.check(file);
    } catch (ZipLayout.Broken e) {
      throw PackageRefusals.damaged(file, e);
    } catch (IOException e) {
      throw PackageRefusals.unreadable(file, e);
    }
  }

  /** The manifest as a tree, its format checked: this program's, and not newer. */
  private static JsonNode manifestTree(byte[] json, Path file) {
    JsonNode root;
    try {
      root = JsonFields.parse(json);
    } catch (JsonFields.Bad e) {
      throw PackageRefusals.malformed(file, e.getMessage());
    }
    JsonNode format = root.get("format");
    if (format == null || !EntryNames.FORMAT.equals(format.textValue())) {
      throw PackageRefusals.of("package.notPackage", file);
    }
    JsonNode version = root.get("formatVersion");
    if (version == null || !version.isIntegralNumber() || version.longValue() < 1) {
      throw PackageRefusals.malformed(
          file, PackageRefusals.text("detail.badField", "formatVersion"));
    }
    if (!version.canConvertToInt() || version.intValue() > SyncPackages.FORMAT_VERSION) {
      throw PackageRefusals.refuse(
          "package.newerFormat",
          PackageRefusals.name(file),
          version.asText(),
          SyncPackages.FORMAT_VERSION);
    }
    return root;
  }

  private static byte[] manifestBytes(ZipFile zip, Path file) {
    return PackageFiles.read(
        zip, zip.getEntry(EntryNames.MANIFEST), PackageFiles.MANIFEST_LIMIT, file);
  }

  private static PackageManifest parse(JsonNode root, Path file) {
    try {
      return ManifestJson.read(root);
    } catch (JsonFields.Bad e) {
      throw PackageRefusals.malformed(file, e.getMessage());
    }
  }

  private DeviceCard enrolled(DeviceDirectory devices, DeviceCard claimed) {
    Optional<DeviceCard> found = devices.find(claimed.id());
    if (found.isEmpty()) {
      throw PackageRefusals.unknownDevice(file, claimed);
    }
    DeviceCard enrolled = found.get();
    if (enrolled.publicKey() == null
        || !enrolled.publicKey().strip().equals(claimed.publicKey().strip())) {
      String print =
          enrolled.publicKey() != null && Ed25519Keys.isPublicKey(enrolled.publicKey())
              ? Ed25519Keys.fingerprint(enrolled.publicKey())
              : "?";
      throw PackageRefusals.keyMismatch(
          file,
          claimed,
          new DeviceCard(enrolled.id(), enrolled.name(), enrolled.publicKey(), print));
    }
    return enrolled;
  }

  private void checkEntries(List<String> zipNames, PackageManifest manifest) {
    Set<String> names = new HashSet<>(zipNames);
    Set<String> listed = new HashSet<>();
    for (ManifestEntry e : manifest.entries()) {
      listed.add(e.name());
      if (!names.contains(e.name())) {
        throw PackageRefusals.entry("package.entryMissing", file, e.name());
      }
    }
    for (String name : names) {
      if (EntryNames.isData(name) && !listed.contains(name)) {
        throw PackageRefusals.entry("package.entryExtra", file, name);
      }
    }
  }

  private StagedPackage stage(ZipFile zip, PackageManifest manifest) {
    StagingFolders.Staging staging;
    try {
      staging = StagingFolders.create(tempBase);
    } catch (IOException e) {
      throw stageFailed(e);
    }
    Path dir = staging.dir();
    try {
      Files.createDirectory(dir.resolve("rows"));
      Files.createDirectory(dir.resolve("files"));
      long total = manifest.entries().stream().mapToLong(ManifestEntry::size).sum();
      new Unpacking(zip, manifest, dir, total).run();
      progress.step(PackageRefusals.text("progress.unpacking", label), total, total);
      return new StagedZipPackage(file, staging, manifest);
    } catch (IOException e) {
      staging.release();
      TempFolders.delete(dir);
      throw stageFailed(e);
    } catch (RuntimeException e) {
      staging.release();
      TempFolders.delete(dir);
      throw e;
    }
  }

  /**
   * Unpacks and checks the entries on two threads (inflating and hashing cost about as much as
   * writing, and a laptop has a second core): this one and a helper, each taking the next entry not
   * yet taken. The first failure or a cancel stops both, and nothing returns before the helper has
   * stopped writing (the staging folder is then deleted).
   */
  private final class Unpacking {
    private final ZipFile zip;
    private final PackageManifest manifest;
    private final Path dir;
    private final long total;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong done = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private volatile long reported;

    Unpacking(ZipFile zip, PackageManifest manifest, Path dir, long total) {
      this.zip = zip;
      this.manifest = manifest;
      this.dir = dir;
      this.total = total;
    }

    void run() throws IOException {
      FutureTask<Void> helper =
          new FutureTask<>(
              () -> {
                try {
                  unpackEntries();
                } catch (Stopped e) {
                  // the opening thread failed first: its failure is the one reported
                }
                return null;
              });
      Thread thread = HelperThreads.start("kiemtra-package-verify", helper);
      try {
        try {
          unpackEntries();
        } catch (Stopped e) {
          // the helper failed: awaitHelper rethrows its failure
        }
        while (!awaitHelper(helper)) {
          report();
        }
      } finally {
        stop.set(true);
        HelperThreads.join(thread);
      }
    }

    /** True when the helper is done; rethrows what stopped it. */
    private boolean awaitHelper(FutureTask<Void> helper) throws IOException {
      try {
        helper.get(100, TimeUnit.MILLISECONDS);
        return true;
      } catch (TimeoutException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    private void unpackEntries() throws IOException {
      try {
        for (int i = next.getAndIncrement();
            i < manifest.entries().size() && !stop.get();
            i = next.getAndIncrement()) {
          progress.checkCancelled();
          ManifestEntry e = manifest.entries().get(i);
          String table = EntryNames.table(e.name());
          long lines = copy(zip, e, dir.resolve(e.name()), table != null, this);
          if (table != null && lines != manifest.tableCounts().get(table)) {
            throw PackageRefusals.malformed(file, PackageRefusals.text("detail.counts"));
          }
        }
      } catch (IOException | RuntimeException e) {
        stop.set(true);
        throw e;
      }
    }

    /**
     * Counts bytes done, reports them now and then and notices a cancel (progress is thread-safe);
     * throws {@link Stopped} once the other thread failed.
     */
    void advance(int n) {
      if (done.addAndGet(n) - reported >= REPORT_EVERY) {
        report();
      }
      if (stop.get()) {
        throw new Stopped();
      }
    }

    private synchronized void report() {
      long now = done.get();
      if (now > reported) {
        reported = now;
        progress.step(PackageRefusals.text("progress.unpacking", label), now, total);
      }
      progress.checkCancelled();
    }
  }

  /**
   * The other unpacking thread failed: this one leaves its entry; the other's failure is reported.
   */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  /**
   * Streams one entry into {@code target} while hashing it, refusing it as soon as it outgrows its
   * listed size; returns the number of line breaks (rows in a rows entry).
   */
  private long copy(
      ZipFile zip, ManifestEntry entry, Path target, boolean rows, Unpacking unpacking)
      throws IOException {
    byte[] buffer = new byte[BUFFER];
    long lines = 0;
    try (InputStream in = entryStream(zip, entry.name());
        OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
      HashingOutputStream hashing = new HashingOutputStream(out);
      int n;
      while ((n = readSome(in, buffer)) >= 0) {
        if (hashing.size() + n > entry.size()) {
          throw PackageRefusals.entry("package.entryAltered", file, entry.name());
        }
        hashing.write(buffer, 0, n);
        for (int i = 0; rows && i < n; i++) {
          lines += buffer[i] == '\n' ? 1 : 0;
        }
        unpacking.advance(n);
      }
      if (hashing.size() != entry.size() || !hashing.sha256().equals(entry.sha256())) {
        throw PackageRefusals.entry("package.entryAltered", file, entry.name());
      }
    }
    return lines;
  }

  private InputStream entryStream(ZipFile zip, String name) {
    try {
      return zip.getInputStream(zip.getEntry(name));
    } catch (IOException | RuntimeException e) {
      throw PackageRefusals.damaged(file, e);
    }
  }

  /** Reads from the zip; a damaged entry is refused as such, not as a failed write. */
  private int readSome(InputStream in, byte[] buffer) {
    try {
      return in.read(buffer);
    } catch (IOException | RuntimeException e) {
      throw PackageRefusals.damaged(file, e);
    }
  }

  private SyncPackageException stageFailed(IOException e) {
    return PackageRefusals.refuse("package.stageFailed", label, e.getMessage());
  }
}
