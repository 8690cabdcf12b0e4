package vn.kiemtra.core.backup;

/** A restore by hand: the backup of the state replaced, and the backup now in use. */
public record RestoreResult(Backup before, BackupCheck restored) {}
