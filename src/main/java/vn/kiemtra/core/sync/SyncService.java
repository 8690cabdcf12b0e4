package vn.kiemtra.core.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.kiemtra.core.inspection.InspectionChangeBus;
import vn.kiemtra.core.inspection.InspectionChanged;
import vn.kiemtra.core.inspection.InspectionChanges;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Ids;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Carries data between laptops and the office as signed package files: export, verify and import
 * with a per-field three-way merge ({@link RowMerger}), device enrolment and conflicts.
 */
public final class SyncService {
  /** Incoming rows merged together: their stored versions are read in one go. */
  static final int CHUNK = 500;

  private final SyncStore store;
  private final SyncPackages packages;
  private final Clock clock;
  private final Messages msg = Messages.of("sync");
  private final InspectionChanges changes;

  private Runnable beforeImport = () -> {};
  private Runnable afterImport = () -> {};

  public SyncService(SyncStore store, SyncPackages packages, Clock clock) {
    this(store, packages, clock, new InspectionChangeBus());
  }

  /**
   * @param changes where each inspection an import or a conflict resolution changed is announced,
   *     after the commit
   */
  public SyncService(
      SyncStore store, SyncPackages packages, Clock clock, InspectionChanges changes) {
    this.store = store;
    this.packages = packages;
    this.clock = clock;
    this.changes = changes;
  }

  private void announceMerged(Set<UUID> inspections) {
    for (UUID id : inspections) {
      changes.publish(new InspectionChanged(id, 0, InspectionChanged.Kind.SYNC_MERGED));
    }
  }

  /** The schema version of this database (the latest migration applied to it). */
  public int schemaVersion() {
    return store.schemaVersion();
  }

  /** This installation's card (creating its key pair on first use). */
  public DeviceCard thisDevice() {
    DeviceKeyPair keys = keys();
    return new DeviceCard(
        store.deviceId(),
        store.deviceName(),
        keys.publicKey(),
        packages.fingerprint(keys.publicKey()));
  }

  public void renameDevice(String name) {
    String n = name == null ? "" : VietnameseText.nfc(name.strip());
    if (n.isEmpty()) {
      throw new DomainException(msg.get("device.nameEmpty"));
    }
    store.setDeviceName(n);
  }

  /** Writes this device's public card, for {@link #enrolKeyFile} at the office. */
  public void exportKey(Path out) {
    packages.writeKeyFile(thisDevice(), out);
  }

  /** Registers the device in a key file; returns its card. */
  public DeviceCard enrolKeyFile(Path keyFile) {
    DeviceCard card = packages.readKeyFile(keyFile);
    enrol(card);
    return card;
  }

  /** Registers a device after a person compared its fingerprint. */
  public void enrol(DeviceCard card) {
    if (card.id().equals(store.deviceId())) {
      throw new DomainException(msg.get("device.enrolSelf"));
    }
    store
        .device(card.id())
        .filter(known -> !known.publicKey().equals(card.publicKey()))
        .ifPresent(
            known -> {
              throw new DomainException(
                  msg.get(
                      "device.keyChanged", known.name(), known.fingerprint(), card.fingerprint()));
            });
    store.enrol(card);
  }

  public List<EnrolledDevice> devices() {
    return store.devices();
  }

  /** Who a package says it comes from, unverified (to show before enrolling). */
  public DeviceCard peekDevice(Path file) {
    return packages.peekDevice(file);
  }

  /**
   * Exports this database's changes as one package.
   *
   * @param full every row, not only what the receiver has not acknowledged
   * @param forDevice a laptop's device id: an office package for it (reference data, templates,
   *     inspections not yet signed or with open recommendations); null for a laptop's package
   */
  public ExportResult export(Path out, boolean full, UUID forDevice, Progress progress) {
    DeviceKeyPair keys = keys();
    DeviceCard me = thisDevice();
    if (forDevice != null && store.device(forDevice).isEmpty()) {
      throw new DomainException(msg.get("export.unknownTarget", forDevice));
    }
    String kind = forDevice != null ? "office" : full ? "full" : "incremental";
    long since = full ? 0 : sinceChange(forDevice);
    List<FileRef> files = new ArrayList<>();
    try (PackageWriter writer = packages.create(out)) {
      progress.step(msg.get("export.reading"), 0, -1);
      PackageManifest draft =
          store.write(
              session -> {
                long upTo = session.stamp();
                Set<UUID> scope = forDevice == null ? null : session.openInspections();
                List<String> tables = session.tables();
                for (int t = 0; t < tables.size(); t++) {
                  String table = tables.get(t);
                  progress.checkCancelled();
                  progress.step(msg.get("export.table", tableLabel(table)), t, tables.size());
                  String fileField = session.fileField(table);
                  String sizeField = session.fileSizeField(table);
                  session.forEachRow(
                      table,
                      since,
                      scope,
                      row -> {
                        writer.row(row);
                        String sha = fileField == null ? null : row.values().get(fileField);
                        if (sha != null && !row.deleted()) {
                          files.add(
                              new FileRef(
                                  table,
                                  row.id(),
                                  sha,
                                  Long.parseLong(row.values().get(sizeField))));
                        }
                      });
                }
                return new PackageManifest(
                    SyncPackages.FORMAT_VERSION,
                    Ids.random(),
                    me,
                    session.nextSequence(),
                    clock.now(),
                    store.schemaVersion(),
                    kind,
                    since + 1,
                    upTo,
                    session.acknowledgements(),
                    Map.of(),
                    0,
                    0,
                    List.of());
              });
      // File contents are never rewritten, so reading them after the snapshot is consistent.
      Set<String> packed = new HashSet<>();
      for (int i = 0; i < files.size(); i++) {
        progress.checkCancelled();
        progress.step(msg.get("export.files", i + 1, files.size()), i, files.size());
        FileRef f = files.get(i);
        if (packed.add(f.sha256())) {
          try (InputStream in = store.openFile(f.table(), f.rowId())) {
            writer.file(f.sha256(), f.size(), in);
          }
        }
      }
      progress.step(msg.get("export.signing"), files.size(), files.size());
      PackageManifest manifest = writer.finish(draft, keys);
      long bytes = Files.size(out);
      return new ExportResult(
          out,
          manifest.sequence(),
          kind,
          manifest.tableCounts(),
          manifest.fileCount(),
          manifest.fileBytes(),
          bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long sinceChange(UUID forDevice) {
    if (forDevice != null) {
      return store.devices().stream()
          .filter(d -> d.card().id().equals(forDevice))
          .mapToLong(EnrolledDevice::acknowledgedChange)
          .findFirst()
          .orElse(0);
    }
    return store.devices().stream().mapToLong(EnrolledDevice::acknowledgedChange).min().orElse(0);
  }

  /**
   * Verifies and imports one package in one transaction. A package from an unknown device throws
   * {@link UnknownDeviceException} before anything is written; enrol it, then import again.
   */
  public ImportReport importPackage(Path file, Progress progress) {
    if (packages.peekDevice(file).id().equals(store.deviceId())) {
      throw new SyncPackageException(msg.get("import.ownPackage"));
    }
    try (StagedPackage staged =
        packages.open(file, store::device, store.schemaVersion(), progress)) {
      beforeImport.run();
      Set<UUID> touched = new HashSet<>();
      ImportReport report = store.write(session -> merge(session, staged, file, progress, touched));
      if (!report.alreadyImported()) {
        afterImport.run(); // a package recognised as imported before changed nothing to back up
      }
      announceMerged(touched);
      return report;
    }
  }

  /**
   * Work around each import that passed its checks: a backup before the merge (so it can be undone)
   * and one after it (its rows are not in the edit journal).
   */
  public void onImport(Runnable before, Runnable after) {
    this.beforeImport = before;
    this.afterImport = after;
  }

  private ImportReport merge(
      SyncSession session, StagedPackage staged, Path file, Progress progress, Set<UUID> touched) {
    PackageManifest m = staged.manifest();
    refuseUnsyncedTables(session, staged, file);
    OfficePublishes.refuseTemplatesPublishedElsewhere(session, staged, file);
    if (session.packageImported(m.packageId())) {
      return new ImportReport(
          file, m, true, List.of(), 0, 0, 0, missing(session, m), true, List.of());
    }
    session.stamp();
    Set<UUID> locked = session.lockedInspections();
    Map<String, int[]> tallies = new LinkedHashMap<>();
    List<SyncConflict> conflicts = new ArrayList<>();
    int[] filesVerified = {0};
    long received = session.acknowledgements().getOrDefault(m.device().id(), 0L);
    try {
      mergeRows(session, staged, progress, locked, tallies, conflicts, filesVerified, touched);
      session.writeHeldRows();
    } catch (vn.kiemtra.core.shared.CancelledException e) {
      throw e;
    } catch (RuntimeException e) {
      if (m.fromChange() <= received + 1) {
        throw e;
      }
      // The package builds on changes of the sender this database never received.
      List<Long> missing = missing(session, m);
      throw new SyncPackageException(
          msg.get(
              "import.needsEarlier",
              m.device().name(),
              missing.isEmpty()
                  ? "?"
                  : String.join(", ", missing.stream().map(String::valueOf).toList())),
          e);
    }
    progress.checkCancelled();
    Long ack = m.acknowledgements().get(store.deviceId());
    if (ack != null) {
      session.recordAcknowledgement(m.device().id(), ack);
    }
    List<TableTally> tables = new ArrayList<>();
    tallies.forEach((t, n) -> tables.add(new TableTally(t, n[0], n[1], n[2], n[3])));
    String summary = summary(tables, conflicts.size());
    session.recordPackage(m, file.getFileName().toString(), summary);
    List<Long> missing = missing(session, m);
    boolean complete = session.acknowledgements().getOrDefault(m.device().id(), 0L) >= m.toChange();
    return new ImportReport(
        file,
        m,
        false,
        tables,
        m.fileCount(),
        m.fileBytes(),
        filesVerified[0],
        missing,
        complete,
        conflicts);
  }

  /** A package may only carry rows of the synchronised tables; anything else is refused whole. */
  private static void refuseUnsyncedTables(SyncSession session, StagedPackage staged, Path file) {
    Set<String> synced = new HashSet<>(session.tables());
    Set<String> carried = new TreeSet<>(staged.tables());
    carried.addAll(staged.manifest().tableCounts().keySet());
    for (String table : carried) {
      if (!synced.contains(table)) {
        throw new SyncPackageException(
            Messages.of("safety").get("sync.unknownTable", file.getFileName(), table));
      }
    }
  }

  /**
   * Merges the staged rows table by table, in chunks of up to {@link #CHUNK} rows whose stored
   * versions are read together (one query instead of one per row); a chunk never holds the same row
   * twice, so each row is merged against what is stored before it, as one by one.
   */
  private void mergeRows(
      SyncSession session,
      StagedPackage staged,
      Progress progress,
      Set<UUID> locked,
      Map<String, int[]> tallies,
      List<SyncConflict> conflicts,
      int[] filesVerified,
      Set<UUID> touched) {
    long total =
        staged.manifest().tableCounts().values().stream().mapToLong(Integer::longValue).sum();
    ImportRun run =
        new ImportRun(
            session,
            staged,
            progress,
            locked,
            conflicts,
            filesVerified,
            touched,
            new long[1],
            total);
    for (String table : session.tables()) {
      if (!staged.tables().contains(table)) {
        continue;
      }
      ChunkMerge chunk =
          new ChunkMerge(run, table, tallies.computeIfAbsent(table, t -> new int[4]));
      progress.checkCancelled();
      progress.step(msg.get("import.merging", chunk.label), run.done()[0], total);
      staged.forEachRow(table, chunk::add);
      chunk.merge();
    }
  }

  /** What one import's merge works on and adds up, table after table. */
  private record ImportRun(
      SyncSession session,
      StagedPackage staged,
      Progress progress,
      Set<UUID> locked,
      List<SyncConflict> conflicts,
      int[] filesVerified,
      Set<UUID> touched,
      long[] done,
      long total) {}

  /** The rows of one table waiting to be merged together. */
  private final class ChunkMerge {
    private final ImportRun run;
    private final String table;
    private final String label;
    private final String fileField;
    private final int[] tally;
    private final Map<UUID, SyncRow> rows = new LinkedHashMap<>();

    ChunkMerge(ImportRun run, String table, int[] tally) {
      this.run = run;
      this.table = table;
      this.label = tableLabel(table);
      this.fileField = run.session().fileField(table);
      this.tally = tally;
    }

    void add(SyncRow incoming) {
      if (rows.containsKey(incoming.id())) {
        merge(); // the same row again: merged against what the first one wrote
      }
      rows.put(incoming.id(), incoming);
      if (rows.size() >= CHUNK) {
        merge();
      }
    }

    void merge() {
      if (rows.isEmpty()) {
        return;
      }
      Map<UUID, SyncRow> stored = run.session().rows(table, List.copyOf(rows.keySet()));
      for (SyncRow incoming : rows.values()) {
        mergeOne(stored.get(incoming.id()), incoming);
      }
      rows.clear();
    }

    private void mergeOne(SyncRow local, SyncRow incoming) {
      SyncSession session = run.session();
      if (++run.done()[0] % 200 == 0) {
        run.progress().checkCancelled();
        run.progress().step(msg.get("import.merging", label), run.done()[0], run.total());
      }
      UUID inspection = session.inspectionOf(local != null ? local : incoming);
      MergeOutcome outcome =
          RowMerger.merge(local, incoming, inspection != null && run.locked().contains(inspection));
      if (outcome.result() != null) {
        Path content = null;
        if (local == null && fileField != null && incoming.values().get(fileField) != null) {
          content = run.staged().file(incoming.values().get(fileField));
          run.filesVerified()[0]++;
        }
        session.put(outcome.result(), content, outcome.change() != MergeOutcome.Change.UNCHANGED);
        if (inspection != null && outcome.change() != MergeOutcome.Change.UNCHANGED) {
          run.touched().add(inspection);
        }
      }
      tally[outcome.change().ordinal()]++;
      for (MergeOutcome.FieldConflict fc : outcome.conflicts()) {
        SyncConflict c = conflict(incoming, inspection, fc);
        if (session.conflict(c.id()) == null) {
          session.addConflict(c);
          run.conflicts().add(c);
          tally[3]++;
        }
      }
    }
  }

  private String summary(List<TableTally> tables, int conflicts) {
    int added = tables.stream().mapToInt(TableTally::added).sum();
    int updated = tables.stream().mapToInt(TableTally::updated).sum();
    int unchanged = tables.stream().mapToInt(TableTally::unchanged).sum();
    return msg.get("import.summary", added, updated, unchanged, conflicts);
  }

  private static List<Long> missing(SyncSession session, PackageManifest m) {
    Set<Long> have = new HashSet<>(session.sequencesFrom(m.device().id()));
    have.add(m.sequence());
    long max = have.stream().mapToLong(Long::longValue).max().orElse(0);
    List<Long> out = new ArrayList<>();
    for (long s = 1; s < max; s++) {
      if (!have.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private SyncConflict conflict(SyncRow incoming, UUID inspection, MergeOutcome.FieldConflict fc) {
    String key =
        fc.kind()
            + "|"
            + fc.field()
            + "|"
            + ordered(dotText(fc.localDot()), dotText(fc.incomingDot()));
    return new SyncConflict(
        Ids.derived(incoming.id(), "conflict", key),
        fc.kind(),
        incoming.table(),
        incoming.id(),
        fc.field(),
        inspection,
        null,
        fc.localValue(),
        fc.localDot() == null ? null : fc.localDot().device(),
        fc.incomingValue(),
        fc.incomingDot() == null ? incoming.meta().updatedDevice() : fc.incomingDot().device(),
        fc.keptValue(),
        clock.now(),
        null,
        null);
  }

  private static String dotText(Dot d) {
    return d == null ? "-" : d.device() + ":" + d.counter();
  }

  private static String ordered(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  /** The conflicts recorded here, unresolved first. */
  public List<SyncConflict> conflicts(boolean includeResolved) {
    return store.conflicts(includeResolved);
  }

  /**
   * Settles a conflict with the value a person chose (one side's, or a merged text): the row gets
   * that value as a new edit of this device, which every other device will take.
   */
  public void resolve(UUID conflictId, String value) {
    UUID inspection =
        store.write(
            session -> {
              SyncConflict c = session.conflict(conflictId);
              if (c == null) {
                throw new DomainException(msg.get("conflict.unknown", conflictId));
              }
              if (c.resolved()) {
                throw new DomainException(msg.get("conflict.alreadyResolved"));
              }
              String chosen = value == null ? null : VietnameseText.nfc(value);
              if (c.kind() == ConflictKind.LOCKED) {
                if (!Objects.equals(chosen, c.currentValue())) {
                  throw new DomainException(msg.get("conflict.lockedChange"));
                }
                session.markResolved(conflictId, chosen);
                return (UUID) null;
              }
              session.stamp();
              SyncRow row = session.row(c.table(), c.rowId());
              if (row == null) {
                throw new DomainException(msg.get("conflict.rowGone"));
              }
              Map<String, String> values = new LinkedHashMap<>(row.values());
              values.put(c.field(), chosen);
              RowMeta meta =
                  new RowMeta(
                      row.meta().createdAt(),
                      clock.now(),
                      row.meta().originDevice(),
                      store.deviceId(),
                      row.meta().revision() + 1);
              session.put(
                  new SyncRow(
                      row.table(),
                      row.id(),
                      meta,
                      values,
                      row.clock().withWrite(store.deviceId(), List.of(c.field()))),
                  null,
                  true);
              session.markResolved(conflictId, chosen);
              return c.inspectionId();
            });
    if (inspection != null) {
      announceMerged(Set.of(inspection));
    }
  }

  /** The packages imported here, newest first. */
  public List<ImportedPackage> importedPackages() {
    return store.importedPackages();
  }

  /** The name of a table for people ("Câu trả lời"). */
  public String tableLabel(String table) {
    return msg.get("table." + table);
  }

  /** The name of a field for people, falling back to the column name. */
  public String fieldLabel(String field) {
    String key = "field." + field;
    String text = msg.get(key);
    return text.startsWith("!") ? field : text;
  }

  private DeviceKeyPair keys() {
    return store
        .keyPair()
        .orElseGet(
            () -> {
              DeviceKeyPair created = packages.newKeyPair();
              store.saveKeyPair(created);
              return store.keyPair().orElse(created);
            });
  }

  private record FileRef(String table, UUID rowId, String sha256, long size) {}
}
