package vn.kiemtra.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns padded to their widest cell (for terminal output). */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  public TextTable(String... headers) {
    rows.add(headers);
    rightAligned = new boolean[headers.length];
  }

  public TextTable alignRight(int... columns) {
    for (int c : columns) {
      rightAligned[c] = true;
    }
    return this;
  }

  public TextTable row(Object... cells) {
    String[] r = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      r[i] = cells[i] == null ? "" : cells[i].toString();
    }
    rows.add(r);
    return this;
  }

  public String render() {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        int pad = width[i] - r[i].codePointCount(0, r[i].length());
        if (rightAligned[i]) {
          line.append(" ".repeat(pad)).append(r[i]);
        } else {
          line.append(r[i]).append(i == columns - 1 ? "" : " ".repeat(pad));
        }
        if (i < columns - 1) {
          line.append("  ");
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }
}
