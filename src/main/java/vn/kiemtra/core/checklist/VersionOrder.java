package vn.kiemtra.core.checklist;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders version labels as people read them: "2023" before "2026", "2026-2" before "2026-10". */
public final class VersionOrder implements Comparator<String> {
  public static final VersionOrder INSTANCE = new VersionOrder();
  private static final Pattern PART = Pattern.compile("\\d+|\\D+");

  private VersionOrder() {}

  @Override
  public int compare(String a, String b) {
    Matcher x = PART.matcher(a);
    Matcher y = PART.matcher(b);
    while (true) {
      boolean hx = x.find();
      boolean hy = y.find();
      if (!hx || !hy) {
        return Boolean.compare(hx, hy);
      }
      String px = x.group();
      String py = y.group();
      int c =
          Character.isDigit(px.charAt(0)) && Character.isDigit(py.charAt(0))
              ? new BigInteger(px).compareTo(new BigInteger(py))
              : px.compareToIgnoreCase(py);
      if (c != 0) {
        return c;
      }
    }
  }
}
