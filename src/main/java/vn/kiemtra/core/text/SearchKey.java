package vn.kiemtra.core.text;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Accent-insensitive search keys: "Nguyễn Văn A" becomes "nguyen van a", so "nguyen" finds it, and
 * both tone placements "Hòa" and "Hoà" become "hoa". Store the key in a {@code search_key} column
 * and match queries with {@link #matches(String, String)}.
 */
public final class SearchKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private SearchKey() {}

  /**
   * Builds the search key of a text: NFC, then NFD, combining marks removed, "đ"/"Đ" mapped to
   * "d"/"D", lower case with the Vietnamese locale, white space collapsed to single spaces and
   * trimmed.
   *
   * @param text any text, may be {@code null}
   * @return the key; the empty string for {@code null} or blank text
   */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(VietnameseText.nfc(text), Normalizer.Form.NFD);
    String folded =
        MARKS
            .matcher(decomposed)
            .replaceAll("")
            .replace('đ', 'd')
            .replace('Đ', 'D')
            .toLowerCase(VietnameseText.VI);
    return String.join(" ", VietnameseText.words(folded));
  }

  /**
   * Tells whether every word of the query's key occurs somewhere in the text's key, in any order:
   * "van phong ubnd" matches "Văn phòng UBND tỉnh". A blank query matches everything.
   *
   * @param query what the user typed, may be {@code null}
   * @param text the text searched, may be {@code null}
   * @return {@code true} when all query words are contained in the text
   */
  public static boolean matches(String query, String text) {
    String queryKey = of(query);
    if (queryKey.isEmpty()) {
      return true;
    }
    String textKey = of(text);
    List<String> tokens = VietnameseText.words(queryKey);
    for (String token : tokens) {
      if (!textKey.contains(token)) {
        return false;
      }
    }
    return true;
  }
}
