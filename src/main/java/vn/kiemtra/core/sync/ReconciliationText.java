package vn.kiemtra.core.sync;

import java.util.ArrayList;
import java.util.List;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;
import vn.kiemtra.core.text.VietnameseNumbers;

/**
 * The reconciliation of an import as plain text lines, the same for the terminal, the window's
 * print-out and a saved file.
 */
public final class ReconciliationText {
  private final Messages msg;
  private final SyncService service;

  public ReconciliationText(SyncService service) {
    this.service = service;
    this.msg = Messages.of("sync");
  }

  public List<String> lines(ImportReport r) {
    List<String> out = new ArrayList<>();
    PackageManifest m = r.manifest();
    out.add(msg.get("report.title"));
    out.add(msg.get("report.file", r.file().getFileName()));
    out.add(msg.get("report.device", m.device().name(), m.device().id(), m.device().fingerprint()));
    out.add(
        msg.get(
            "report.package",
            Long.toString(m.sequence()),
            msg.get("report.kind." + m.kind()),
            Nd30Dates.timeAndDate(m.createdAt())));
    if (r.alreadyImported()) {
      out.add(msg.get("report.already"));
      return out;
    }
    out.addAll(table(r));
    out.add(
        msg.get(
            "report.files",
            VietnameseNumbers.format(r.filesReceived()),
            size(r.fileBytes()),
            VietnameseNumbers.format(r.filesVerified())));
    out.addAll(gaps(r));
    if (r.newConflicts().isEmpty()) {
      out.add(msg.get("report.noConflicts"));
    } else {
      out.add(msg.get("report.conflicts", r.newConflicts().size()));
      for (SyncConflict c : r.newConflicts()) {
        out.add(
            msg.get(
                "report.conflictLine",
                service.tableLabel(c.table()),
                service.fieldLabel(c.field()),
                shown(c.field(), c.localValue()),
                shown(c.field(), c.incomingValue())));
      }
    }
    return out;
  }

  /** Missing package numbers of the sender, or that none is missing. */
  public List<String> gaps(ImportReport r) {
    if (r.missingSequences().isEmpty()) {
      return List.of(msg.get("report.noGap"));
    }
    String numbers = String.join(", ", r.missingSequences().stream().map(String::valueOf).toList());
    return List.of(
        msg.get(
            r.dataComplete() ? "report.missingCovered" : "report.missing",
            numbers,
            r.device().name()));
  }

  private List<String> table(ImportReport r) {
    String[] head = {
      msg.get("report.header.table"),
      msg.get("report.header.added"),
      msg.get("report.header.updated"),
      msg.get("report.header.unchanged"),
      msg.get("report.header.conflicts")
    };
    List<String[]> rows = new ArrayList<>();
    rows.add(head);
    int[] sum = new int[4];
    for (TableTally t : r.tables()) {
      rows.add(
          new String[] {
            service.tableLabel(t.table()),
            VietnameseNumbers.format(t.added()),
            VietnameseNumbers.format(t.updated()),
            VietnameseNumbers.format(t.unchanged()),
            VietnameseNumbers.format(t.conflicts())
          });
      sum[0] += t.added();
      sum[1] += t.updated();
      sum[2] += t.unchanged();
      sum[3] += t.conflicts();
    }
    rows.add(
        new String[] {
          msg.get("report.total"),
          VietnameseNumbers.format(sum[0]),
          VietnameseNumbers.format(sum[1]),
          VietnameseNumbers.format(sum[2]),
          VietnameseNumbers.format(sum[3])
        });
    int[] width = new int[head.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
      }
    }
    List<String> out = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String pad = " ".repeat(width[i] - row[i].codePointCount(0, row[i].length()));
        sb.append(i == 0 ? row[i] + pad : "  " + pad + row[i]);
      }
      out.add(sb.toString().stripTrailing());
    }
    return out;
  }

  /** A value as people read it: deletion state in words, empty shown as such. */
  public String shown(String field, String value) {
    if (SyncRow.DELETED.equals(field) && value != null) {
      return msg.get("conflict.deleted." + value);
    }
    return value == null || value.isEmpty() ? msg.get("conflict.empty") : value;
  }

  /** A byte count in KB/MB with Vietnamese decimals. */
  public String size(long bytes) {
    return VietnameseNumbers.fileSize(bytes);
  }
}
