package vn.kiemtra.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.DeviceDirectory;
import vn.kiemtra.core.sync.DeviceKeyPair;
import vn.kiemtra.core.sync.EnrolledDevice;
import vn.kiemtra.core.sync.ImportedPackage;
import vn.kiemtra.core.sync.PackageManifest;
import vn.kiemtra.core.sync.PackageWriter;
import vn.kiemtra.core.sync.StagedPackage;
import vn.kiemtra.core.sync.SyncConflict;
import vn.kiemtra.core.sync.SyncPackages;
import vn.kiemtra.core.sync.SyncRow;
import vn.kiemtra.core.sync.SyncSession;
import vn.kiemtra.core.sync.SyncStore;

/**
 * Benchmark support (not a test): wraps a sync store and package format so that an import reports
 * where its time went (verify and unpack, row parsing, reads of stored rows, writes, the rest of
 * the merge, commit, removal of the staged copy). The wrappers only time calls; behaviour is the
 * real one.
 */
final class ImportBreakdown {
  private final Map<String, long[]> nanos = new LinkedHashMap<>();

  /** Adds the time of {@code work} to {@code phase}. */
  private <T> T timed(String phase, Supplier<T> work) {
    long t = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(phase, System.nanoTime() - t);
    }
  }

  private void timed(String phase, Runnable work) {
    timed(
        phase,
        () -> {
          work.run();
          return null;
        });
  }

  private void add(String phase, long ns) {
    long[] slot = nanos.computeIfAbsent(phase, k -> new long[2]);
    slot[0] += ns;
    slot[1]++;
  }

  /** The phases in milliseconds, with call counts, as one line each. */
  String report() {
    StringBuilder sb = new StringBuilder();
    nanos.forEach(
        (phase, v) ->
            sb.append(
                String.format("  %-34s %8d ms  (%d calls)%n", phase, v[0] / 1_000_000, v[1])));
    return sb.toString();
  }

  SyncPackages packages(SyncPackages real) {
    return new SyncPackages() {
      @Override
      public DeviceKeyPair newKeyPair() {
        return real.newKeyPair();
      }

      @Override
      public String fingerprint(String publicKey) {
        return real.fingerprint(publicKey);
      }

      @Override
      public PackageWriter create(Path out) {
        return real.create(out);
      }

      @Override
      public StagedPackage open(
          Path file, DeviceDirectory devices, int schemaVersion, Progress progress) {
        StagedPackage staged =
            timed(
                "verify signature, unpack + hash",
                () -> real.open(file, devices, schemaVersion, progress));
        return staged(staged);
      }

      @Override
      public DeviceCard peekDevice(Path file) {
        return timed("peek device", () -> real.peekDevice(file));
      }

      @Override
      public void writeKeyFile(DeviceCard card, Path out) {
        real.writeKeyFile(card, out);
      }

      @Override
      public DeviceCard readKeyFile(Path file) {
        return real.readKeyFile(file);
      }
    };
  }

  private StagedPackage staged(StagedPackage real) {
    return new StagedPackage() {
      @Override
      public PackageManifest manifest() {
        return real.manifest();
      }

      @Override
      public List<String> tables() {
        return real.tables();
      }

      @Override
      public void forEachRow(String table, Consumer<SyncRow> action) {
        long[] inAction = {0};
        long t = System.nanoTime();
        real.forEachRow(
            table,
            row -> {
              long a = System.nanoTime();
              try {
                action.accept(row);
              } finally {
                inAction[0] += System.nanoTime() - a;
              }
            });
        add("read + parse rows", System.nanoTime() - t - inAction[0]);
      }

      @Override
      public Path file(String sha256) {
        return real.file(sha256);
      }

      @Override
      public List<String> files() {
        return real.files();
      }

      @Override
      public void close() {
        timed("remove staged copy", real::close);
      }
    };
  }

  SyncStore store(SyncStore real) {
    return new SyncStore() {
      @Override
      public UUID deviceId() {
        return real.deviceId();
      }

      @Override
      public int schemaVersion() {
        return real.schemaVersion();
      }

      @Override
      public String deviceName() {
        return real.deviceName();
      }

      @Override
      public void setDeviceName(String name) {
        real.setDeviceName(name);
      }

      @Override
      public Optional<DeviceKeyPair> keyPair() {
        return real.keyPair();
      }

      @Override
      public void saveKeyPair(DeviceKeyPair keys) {
        real.saveKeyPair(keys);
      }

      @Override
      public List<EnrolledDevice> devices() {
        return real.devices();
      }

      @Override
      public Optional<DeviceCard> device(UUID id) {
        return real.device(id);
      }

      @Override
      public void enrol(DeviceCard card) {
        real.enrol(card);
      }

      @Override
      public <T> T write(Function<SyncSession, T> work) {
        long[] inWork = {0};
        long t = System.nanoTime();
        T result =
            real.write(
                session -> {
                  long w = System.nanoTime();
                  try {
                    return work.apply(session(session));
                  } finally {
                    inWork[0] += System.nanoTime() - w;
                  }
                });
        add("last batch + commit", System.nanoTime() - t - inWork[0]);
        return result;
      }

      @Override
      public java.io.InputStream openFile(String table, UUID rowId) {
        return real.openFile(table, rowId);
      }

      @Override
      public List<SyncConflict> conflicts(boolean includeResolved) {
        return real.conflicts(includeResolved);
      }

      @Override
      public List<ImportedPackage> importedPackages() {
        return real.importedPackages();
      }
    };
  }

  private SyncSession session(SyncSession real) {
    return new SyncSession() {
      @Override
      public List<String> tables() {
        return real.tables();
      }

      @Override
      public String fileField(String table) {
        return real.fileField(table);
      }

      @Override
      public String fileSizeField(String table) {
        return real.fileSizeField(table);
      }

      @Override
      public long stamp() {
        return timed("stamp local edits", real::stamp);
      }

      @Override
      public long nextSequence() {
        return real.nextSequence();
      }

      @Override
      public void forEachRow(
          String table, long sinceChange, Set<UUID> inspections, Consumer<SyncRow> action) {
        real.forEachRow(table, sinceChange, inspections, action);
      }

      @Override
      public SyncRow row(String table, UUID id) {
        return timed("read stored row + clock", () -> real.row(table, id));
      }

      @Override
      public Map<UUID, SyncRow> rows(String table, java.util.Collection<UUID> ids) {
        return timed("read stored rows + clocks", () -> real.rows(table, ids));
      }

      @Override
      public UUID inspectionOf(SyncRow row) {
        return real.inspectionOf(row);
      }

      @Override
      public Set<UUID> lockedInspections() {
        return real.lockedInspections();
      }

      @Override
      public Set<UUID> openInspections() {
        return real.openInspections();
      }

      @Override
      public void put(SyncRow row, Path file, boolean changed) {
        timed(
            file == null ? "write rows" : "write rows with files",
            () -> real.put(row, file, changed));
      }

      @Override
      public void writeHeldRows() {
        timed("write rows", real::writeHeldRows);
      }

      @Override
      public void addConflict(SyncConflict conflict) {
        timed("conflicts", () -> real.addConflict(conflict));
      }

      @Override
      public SyncConflict conflict(UUID id) {
        return timed("conflicts", () -> real.conflict(id));
      }

      @Override
      public void markResolved(UUID conflictId, String value) {
        real.markResolved(conflictId, value);
      }

      @Override
      public boolean packageImported(UUID packageId) {
        return real.packageImported(packageId);
      }

      @Override
      public void recordPackage(PackageManifest manifest, String fileName, String summary) {
        real.recordPackage(manifest, fileName, summary);
      }

      @Override
      public List<Long> sequencesFrom(UUID device) {
        return real.sequencesFrom(device);
      }

      @Override
      public Map<UUID, Long> acknowledgements() {
        return real.acknowledgements();
      }

      @Override
      public void recordAcknowledgement(UUID device, long change) {
        real.recordAcknowledgement(device, change);
      }
    };
  }
}
