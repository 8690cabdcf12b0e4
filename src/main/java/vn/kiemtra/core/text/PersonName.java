package vn.kiemtra.core.text;

import java.util.List;
import java.util.Objects;

/**
 * A Vietnamese personal name split into họ (family name), tên đệm (middle names, possibly empty)
 * and tên (given name), the order in which it is written. People are addressed and sorted by the
 * given name.
 *
 * @param family the family name, possibly several words, or "" for a one-word name
 * @param middle the middle names joined by single spaces, or ""
 * @param given the given name
 */
public record PersonName(String family, String middle, String given) {

  /**
   * Compound family names recognised by {@link #parse(String)}, longest first. Kept short on
   * purpose: only names that are always family names. Anything else can be corrected by the user,
   * because the parts are stored separately.
   */
  private static final List<List<String>> COMPOUND_FAMILY_NAMES =
      List.of(
          List.of("Công", "Tằng", "Tôn", "Nữ"),
          List.of("Tôn", "Thất"),
          List.of("Tôn", "Nữ"),
          List.of("Nguyễn", "Phúc"),
          List.of("Âu", "Dương"));

  /** Normalises every part to NFC and collapses its white space to single spaces. */
  public PersonName {
    family = tidy(Objects.requireNonNull(family, "family"));
    middle = tidy(Objects.requireNonNull(middle, "middle"));
    given = tidy(Objects.requireNonNull(given, "given"));
  }

  /**
   * Splits a full name written in Vietnamese order. The given name is the last word; the family
   * name is the first word, or the first two or four words when they form one of the compound
   * family names Tôn Thất, Tôn Nữ, Nguyễn Phúc, Âu Dương or Công Tằng Tôn Nữ (case-insensitive, and
   * only when a given name remains); the middle name is whatever is left.
   *
   * @param fullName the full name, for example "Nguyễn Văn Bình" or "Tôn Thất Thuyết"
   * @return the parts; a one-word name has only a given name
   * @throws IllegalArgumentException if the name is {@code null} or blank
   */
  public static PersonName parse(String fullName) {
    String cleaned = VietnameseText.clean(fullName);
    if (cleaned == null) {
      throw new IllegalArgumentException("Họ và tên không được để trống");
    }
    List<String> words = VietnameseText.words(cleaned);
    int count = words.size();
    if (count == 1) {
      return new PersonName("", "", words.get(0));
    }
    int familyLength = compoundFamilyLength(words);
    return new PersonName(
        String.join(" ", words.subList(0, familyLength)),
        String.join(" ", words.subList(familyLength, count - 1)),
        words.get(count - 1));
  }

  /**
   * Reassembles the name in Vietnamese order, skipping empty parts.
   *
   * @return for example "Nguyễn Văn Bình"
   */
  public String fullName() {
    StringBuilder out = new StringBuilder();
    for (String part : List.of(family, middle, given)) {
      if (!part.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(part);
      }
    }
    return out.toString();
  }

  private static int compoundFamilyLength(List<String> words) {
    for (List<String> compound : COMPOUND_FAMILY_NAMES) {
      if (compound.size() < words.size() && startsWith(words, compound)) {
        return compound.size();
      }
    }
    return 1;
  }

  private static boolean startsWith(List<String> words, List<String> prefix) {
    for (int i = 0; i < prefix.size(); i++) {
      String word = words.get(i).toLowerCase(VietnameseText.VI);
      if (!word.equals(prefix.get(i).toLowerCase(VietnameseText.VI))) {
        return false;
      }
    }
    return true;
  }

  private static String tidy(String part) {
    return String.join(" ", VietnameseText.words(VietnameseText.nfc(part)));
  }
}
