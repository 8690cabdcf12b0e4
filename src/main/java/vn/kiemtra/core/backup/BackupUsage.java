package vn.kiemtra.core.backup;

import java.nio.file.Path;

/** Disk use of the safety net: backups, journal, and what is left on the drive. */
public record BackupUsage(
    Path folder, int backups, long backupBytes, long journalBytes, long freeBytes) {}
