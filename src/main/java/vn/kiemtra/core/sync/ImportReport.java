package vn.kiemtra.core.sync;

import java.nio.file.Path;
import java.util.List;

/**
 * The reconciliation of one imported package: per table new / updated / unchanged / conflicts,
 * files received and verified, and the sender's packages still missing here.
 *
 * @param alreadyImported the same package was imported before; nothing was changed
 * @param missingSequences the sender's package numbers below this one never imported here
 * @param dataComplete whether the sender's changes received so far have no gap (a later package
 *     repeats what an earlier lost one carried, so missing numbers do not always mean lost data)
 */
public record ImportReport(
    Path file,
    PackageManifest manifest,
    boolean alreadyImported,
    List<TableTally> tables,
    int filesReceived,
    long fileBytes,
    int filesVerified,
    List<Long> missingSequences,
    boolean dataComplete,
    List<SyncConflict> newConflicts) {
  public DeviceCard device() {
    return manifest.device();
  }

  public int added() {
    return tables.stream().mapToInt(TableTally::added).sum();
  }

  public int updated() {
    return tables.stream().mapToInt(TableTally::updated).sum();
  }

  public int unchanged() {
    return tables.stream().mapToInt(TableTally::unchanged).sum();
  }
}
