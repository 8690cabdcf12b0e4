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
    List<Path> skippedBackups) {

  public RecoveryReport {
    changes = List.copyOf(changes);
    skippedBackups = List.copyOf(skippedBackups);
  }

  public long applied() {
    return changes.stream().filter(ReplayedChange::applied).count();
  }

  public List<ReplayedChange> notRecovered() {
    return changes.stream().filter(c -> !c.applied()).toList();
  }

  /** Nothing the user saved is missing. */
  public boolean complete() {
    return notRecovered().isEmpty() && restoredFrom != null;
  }

  /** The one paragraph the window shows and the command prints. */
  public String message() {
    Messages m = Messages.of("backup");
    String what =
        movedTo == null
            ? m.get("recovery.missing", databaseFile)
            : m.get("recovery.corrupt", databaseFile, movedTo);
    String how =
        restoredFrom == null
            ? m.get("recovery.fromJournal", applied())
            : m.get(
                "recovery.fromBackup", Nd30Dates.timeAndDate(restoredFrom.createdAt()), applied());
    String outcome =
        complete()
            ? m.get("recovery.noLoss")
            : m.get(
                "recovery.lost",
                notRecovered().size(),
                String.join(
                    "; ",
                    notRecovered().stream()
                        .map(c -> c.description() + " (" + c.failure() + ")")
                        .toList()));
    return what + " " + how + outcome;
  }
}
