package vn.kiemtra.core.backup;

import java.util.List;

/**
 * The result of opening a backup on its own: what it holds, and how that differs from what was
 * recorded when it was written (empty when it matches or nothing was recorded).
 */
public record BackupCheck(Backup backup, BackupContent found, List<String> differences) {
  public boolean matches() {
    return differences.isEmpty();
  }
}
