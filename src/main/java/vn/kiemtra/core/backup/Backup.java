package vn.kiemtra.core.backup;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * One backup file in the {@code backups/} folder and what is known of it.
 *
 * @param journalSequence the last edit-journal entry the backup is known to hold; later entries are
 *     replayed on top when it is restored
 * @param note a short description, e.g. the title of the inspection whose minutes were signed
 */
public record Backup(
    Path file,
    OffsetDateTime createdAt,
    BackupReason reason,
    long sizeBytes,
    BackupContent content,
    long journalSequence,
    boolean verified,
    String note) {}
