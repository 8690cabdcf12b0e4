package vn.kiemtra.core.backup;

/**
 * What happened to one journal entry when it was applied on top of a restored backup.
 *
 * @param failure null when the change was applied; otherwise why it could not be
 */
public record ReplayedChange(JournalEntry entry, String description, String failure) {
  public boolean applied() {
    return failure == null;
  }
}
