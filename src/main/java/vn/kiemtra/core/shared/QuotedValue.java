package vn.kiemtra.core.shared;

/**
 * A value from the user's input as it is quoted inside a message: cut to a readable length and with
 * invisible characters shown as their code, so a refusal stays one short line.
 */
public final class QuotedValue {
  static final int MAX = 40;

  private QuotedValue() {}

  /** The text as it is shown inside «…» in a message. */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < text.length() && shown < MAX; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
        out.append(String.format("U+%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
      shown++;
    }
    if (text.codePointCount(0, text.length()) > MAX) {
      out.append('…');
    }
    return out.toString();
  }
}
