package vn.kiemtra.core.backup;

/** Told of backups made and of safety problems (a full disk), e.g. by the window's status bar. */
public interface BackupListener {
  default void backupMade(Backup backup) {}

  /** One Vietnamese sentence: what is wrong and what to do; editing goes on. */
  default void warning(String message, Throwable cause) {}
}
