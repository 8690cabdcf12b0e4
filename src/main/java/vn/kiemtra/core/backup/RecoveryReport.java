package vn.kiemtra.core.backup;

import java.nio.file.Path;
import java.util.List;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;

/**
 * What recovery on open did: where the unreadable file went, which backup was restored, how many
 * journal changes were applied on top and which could not be.
 *
 * @param movedTo null when there was no file to move (it was missing)
 * @param restoredFrom null when no readable backup existed and the journal alone rebuilt the data
 * @param skippedBackups backups that were newer but did not open
 */
public record RecoveryReport(
    Path databaseFile,
    Path movedTo,
    Backup restoredFrom,
    List<ReplayedChange> changes,
    List<Path> skippedBackups,
    Cause cause) {

  /** Why recovery ran. */
  public enum Cause {
    /** The file did not open or read through. */
    DAMAGED,
    /** The file was missing while its backups or journal remained. */
    MISSING,
    /** The file opened but held less than its newest backup. */
    OLDER_THAN_BACKUP,
    /** After an unclean shutdown the file opened but lacked saves the journal holds. */
    SAVES_MISSING,
    /** The last session closed cleanly, yet the file opened without saves the journal holds. */
    SAVES_MISSING_AFTER_CLEAN_CLOSE
  }

  /** At most this many changes are named in the message; the window lists them all. */
  private static final int MAX_LISTED = 5;

  public RecoveryReport {
    changes = List.copyOf(changes);
    skippedBackups = List.copyOf(skippedBackups);
  }

  public RecoveryReport(
      Path databaseFile,
      Path movedTo,
      Backup restoredFrom,
      List<ReplayedChange> changes,
      List<Path> skippedBackups) {
    this(
        databaseFile,
        movedTo,
        restoredFrom,
        changes,
        skippedBackups,
        movedTo == null ? Cause.MISSING : Cause.DAMAGED);
  }

  public long applied() {
    return changes.stream().filter(ReplayedChange::applied).count();
  }

  public List<ReplayedChange> notRecovered() {
    return changes.stream().filter(c -> !c.applied()).toList();
  }

  /**
   * Nothing the user saved is missing: no change failed and no newer backup had to be passed over
   * (the journal was cut back when that backup was made, so what lies between is unknown).
   */
  public boolean complete() {
    return notRecovered().isEmpty()
        && (restoredFrom != null || inPlace())
        && skippedBackups.isEmpty();
  }

  /** The file itself was kept and the journal's missing changes applied to it. */
  public boolean inPlace() {
    return cause == Cause.SAVES_MISSING || cause == Cause.SAVES_MISSING_AFTER_CLEAN_CLOSE;
  }

  /** The one paragraph the window shows and the command prints. */
  public String message() {
    Messages m = Messages.of("backup");
    String what =
        switch (cause) {
          case MISSING -> m.get("recovery.missing", databaseFile);
          case OLDER_THAN_BACKUP -> m.get("recovery.older", databaseFile, movedTo);
          case SAVES_MISSING -> m.get("recovery.savesMissing", databaseFile);
          case SAVES_MISSING_AFTER_CLEAN_CLOSE -> m.get("recovery.savesMissingClean", databaseFile);
          case DAMAGED -> m.get("recovery.corrupt", databaseFile, movedTo);
        };
    String how =
        inPlace()
            ? m.get("recovery.inPlace", applied())
            : restoredFrom == null
                ? m.get("recovery.fromJournal", applied())
                : m.get(
                    "recovery.fromBackup",
                    Nd30Dates.timeAndDate(restoredFrom.createdAt()),
                    applied());
    String skipped =
        skippedBackups.isEmpty()
            ? ""
            : m.get(
                "recovery.skipped",
                String.join(
                    ", ", skippedBackups.stream().map(p -> p.getFileName().toString()).toList()));
    String outcome;
    if (complete()) {
      outcome = m.get("recovery.noLoss");
    } else if (notRecovered().isEmpty()) {
      outcome = m.get("recovery.checkRecent");
    } else {
      List<String> named =
          notRecovered().stream()
              .map(c -> c.description() + " (" + c.failure() + ")")
              .distinct()
              .toList();
      String listed = String.join("; ", named.subList(0, Math.min(MAX_LISTED, named.size())));
      if (named.size() > MAX_LISTED) {
        listed = listed + "; " + m.get("recovery.andMore", named.size() - MAX_LISTED);
      }
      outcome = m.get("recovery.lost", notRecovered().size(), listed);
    }
    return what + " " + skipped + how + outcome;
  }
}
