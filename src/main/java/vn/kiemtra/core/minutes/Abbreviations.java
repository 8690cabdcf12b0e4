package vn.kiemtra.core.minutes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemtra.core.text.VietnameseText;

/**
 * The abbreviations of the checklists (CCHC, VBQPPL, TTHC, CBCCVC, CSDL, …) written out at their
 * first use in a document, "văn bản quy phạm pháp luật (VBQPPL)", and kept short after, as
 * administrative writing requires. An abbreviation inside a document symbol ("12/KH-UBND") is part
 * of the symbol and left alone; one the text already introduces ("… (CCHC)") counts as written out.
 */
final class Abbreviations {
  private static final Map<String, String> FULL = new LinkedHashMap<>();

  static {
    FULL.put("CCHC", "cải cách hành chính");
    FULL.put("VBQPPL", "văn bản quy phạm pháp luật");
    FULL.put("TTHC", "thủ tục hành chính");
    FULL.put("CBCCVC", "cán bộ, công chức, viên chức");
    FULL.put("CCVC", "công chức, viên chức");
    FULL.put("CSDL", "cơ sở dữ liệu");
    FULL.put("CNTT", "công nghệ thông tin");
    FULL.put("UBND", "Ủy ban nhân dân");
    FULL.put("HĐND", "Hội đồng nhân dân");
    FULL.put("TTĐT", "thông tin điện tử");
    FULL.put("DVC", "dịch vụ công");
    FULL.put("PVHCC", "Phục vụ hành chính công");
  }

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/\\-])(" + String.join("|", FULL.keySet()) + ")(?![\\p{L}\\p{N}/\\-])",
          Pattern.UNICODE_CHARACTER_CLASS);

  private final Set<String> introduced = new HashSet<>();

  /** The full form of an abbreviation, or null when it is not one of the known ones. */
  static String fullForm(String abbreviation) {
    return FULL.get(abbreviation);
  }

  /**
   * The text with each abbreviation not yet introduced in this document written out once. Call in
   * reading order: the expander remembers what earlier paragraphs introduced.
   */
  String expand(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String abbreviation = m.group(1);
      out.append(text, last, m.start());
      last = m.end();
      if (introduced.contains(abbreviation)) {
        out.append(abbreviation);
        continue;
      }
      introduced.add(abbreviation);
      String full = FULL.get(abbreviation);
      String before = text.substring(0, m.start());
      boolean alreadyIntroduced =
          before.endsWith("(")
              && before
                  .toLowerCase(VietnameseText.VI)
                  .stripTrailing()
                  .endsWith(full.toLowerCase(VietnameseText.VI) + " (");
      if (alreadyIntroduced) {
        out.append(abbreviation);
      } else {
        String written = startsSentence(before) ? CriterionProse.upperFirst(full) : full;
        out.append(written).append(" (").append(abbreviation).append(')');
      }
    }
    out.append(text.substring(last));
    return out.toString();
  }

  /** The abbreviations this expander has introduced so far. */
  List<String> introduced() {
    return new ArrayList<>(introduced);
  }

  /** Whether a word placed after this text starts a sentence or a list item. */
  private static boolean startsSentence(String before) {
    String trimmed = before.stripTrailing();
    return trimmed.isEmpty()
        || trimmed.equals("-")
        || trimmed.endsWith(".")
        || trimmed.endsWith("!")
        || trimmed.endsWith("?")
        || trimmed.endsWith("\n-");
  }
}
