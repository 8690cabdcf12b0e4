package vn.kiemtra.core.sync;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** The database inside one sync write transaction. */
public interface SyncSession {
  /** The synchronised tables, parents before children. */
  List<String> tables();

  /** The field holding the SHA-256 of a file-carrying table's content, or null. */
  String fileField(String table);

  /** The field holding the byte size of a file-carrying table's content, or null. */
  String fileSizeField(String table);

  /**
   * Gives the edits made on this device since the last stamp their dots (one write per changed row)
   * and returns this database's highest change number.
   */
  long stamp();

  /** Reserves this device's next package number. */
  long nextSequence();

  /**
   * Streams the rows of a table whose change number is above {@code sinceChange}; when {@code
   * inspections} is not null, rows belonging to other inspections are left out.
   */
  void forEachRow(String table, long sinceChange, Set<UUID> inspections, Consumer<SyncRow> action);

  /** The stored row with its clock, or null. */
  SyncRow row(String table, UUID id);

  /**
   * The stored rows among {@code ids} with their clocks, by id (ids not stored are left out): what
   * {@link #row} gives for each, read together. An import reads a chunk of incoming rows this way.
   */
  default Map<UUID, SyncRow> rows(String table, Collection<UUID> ids) {
    Map<UUID, SyncRow> out = new HashMap<>();
    for (UUID id : ids) {
      SyncRow r = row(table, id);
      if (r != null) {
        out.put(id, r);
      }
    }
    return out;
  }

  /** The inspection a row belongs to (the row itself for an inspection), or null. */
  UUID inspectionOf(SyncRow row);

  /** Inspections signed (locked) here. */
  Set<UUID> lockedInspections();

  /** Inspections a laptop should carry: not signed, or with recommendations still open. */
  Set<UUID> openInspections();

  /**
   * Writes a merged row (and its file content when the row is new and carries one).
   *
   * @param changed the content changed, so the row is due in the next exports; false when only the
   *     clock learned of equal writes elsewhere
   */
  void put(SyncRow row, Path file, boolean changed);

  /**
   * Writes the rows {@link #put} may have held back to send together, so that a row refused by the
   * database fails here, with the merge, rather than later.
   */
  default void writeHeldRows() {}

  /** Records a conflict; an identical one already recorded is left as it is. */
  void addConflict(SyncConflict conflict);

  /** The conflict, or null. */
  SyncConflict conflict(UUID id);

  /** Marks a conflict resolved with the value a person chose. */
  void markResolved(UUID conflictId, String value);

  boolean packageImported(UUID packageId);

  void recordPackage(PackageManifest manifest, String fileName, String summary);

  /** Package numbers received from a device. */
  List<Long> sequencesFrom(UUID device);

  /** Per device, its highest change number received here without a gap. */
  Map<UUID, Long> acknowledgements();

  /** Notes how far a device has received this database's changes. */
  void recordAcknowledgement(UUID device, long change);
}
