package vn.kiemtra.core.sync;

import java.nio.file.Path;
import vn.kiemtra.core.shared.Messages;

/**
 * Only the office publishes checklists: a package that is not the office's and carries a template
 * published (or withdrawn) where this database has no such published version is refused whole,
 * before anything is merged, so inspections never point at a template the office did not issue.
 */
final class OfficePublishes {
  static final String TEMPLATES = "checklist_template";

  private OfficePublishes() {}

  static void refuseTemplatesPublishedElsewhere(
      SyncSession session, StagedPackage staged, Path file) {
    if ("office".equals(staged.manifest().kind()) || !staged.tables().contains(TEMPLATES)) {
      return;
    }
    staged.forEachRow(
        TEMPLATES,
        row -> {
          if (row.deleted() || !frozen(row)) {
            return;
          }
          SyncRow local = session.row(TEMPLATES, row.id());
          if (local == null || local.deleted() || !frozen(local)) {
            throw new SyncPackageException(
                Messages.of("templates")
                    .get(
                        "sync.laptopPublished",
                        file.getFileName(),
                        staged.manifest().device().name(),
                        row.values().get("code") + " " + row.values().get("version")));
          }
        });
  }

  private static boolean frozen(SyncRow row) {
    String status = row.values().get("status");
    return status != null && !"DRAFT".equals(status);
  }
}
