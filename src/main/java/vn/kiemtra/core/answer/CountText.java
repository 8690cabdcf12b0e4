package vn.kiemtra.core.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.SearchKey;
import vn.kiemtra.core.text.VietnameseNumbers;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Reads a counted figure as inspectors write it: "hơn 11.300", "khoảng 200", "dưới 5", "11.300".
 * The leading word sets the {@link Qualifier} (hơn/trên, khoảng/gần/xấp xỉ/chừng, dưới/chưa đến),
 * with or without accents; the number follows the Vietnamese convention ("." groups thousands).
 * Text after the number ("văn bản") is refused so nothing typed is silently dropped.
 */
public final class CountText {
  private static final Map<String, Qualifier> WORDS =
      Map.ofEntries(
          Map.entry("hon", Qualifier.MORE_THAN),
          Map.entry("tren", Qualifier.MORE_THAN),
          Map.entry("khoang", Qualifier.ABOUT),
          Map.entry("gan", Qualifier.ABOUT),
          Map.entry("xap xi", Qualifier.ABOUT),
          Map.entry("chung", Qualifier.ABOUT),
          Map.entry("duoi", Qualifier.LESS_THAN),
          Map.entry("chua den", Qualifier.LESS_THAN));

  /** Longer words first, so "chưa đến" is not read as an unknown "chưa". */
  private static final List<String> ORDER =
      WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();

  private CountText() {}

  /**
   * A figure and how exact it is.
   *
   * @param qualifier {@link Qualifier#EXACT} when no word precedes the number
   * @param count the number, at least 0
   */
  public record Count(Qualifier qualifier, long count) {
    /** "hơn 11.300", or "11.300" for an exact figure. */
    public String text() {
      String n = VietnameseNumbers.format(count);
      return qualifier.prose().isEmpty() ? n : qualifier.prose() + " " + n;
    }
  }

  /**
   * Parses the typed text.
   *
   * @param text what was typed; blank means no figure
   * @return empty for blank text, else the figure
   * @throws NumberFormatException with one Vietnamese sentence naming the text and the accepted
   *     forms
   */
  public static Optional<Count> parse(String text) {
    String cleaned = VietnameseText.clean(text);
    if (cleaned == null || cleaned.isBlank()) {
      return Optional.empty();
    }
    String key = SearchKey.of(cleaned);
    Qualifier qualifier = Qualifier.EXACT;
    String number = cleaned;
    for (String word : ORDER) {
      if (key.startsWith(word + " ") || (key.startsWith(word) && startsWithDigit(key, word))) {
        qualifier = WORDS.get(word);
        number = afterWords(cleaned, word.split(" ").length);
        break;
      }
    }
    try {
      return Optional.of(new Count(qualifier, VietnameseNumbers.parseCount(number)));
    } catch (NumberFormatException e) {
      throw new NumberFormatException(Messages.of("window").get("count.invalid", cleaned));
    }
  }

  private static boolean startsWithDigit(String key, String word) {
    return key.length() > word.length() && Character.isDigit(key.charAt(word.length()));
  }

  /** The text after the first {@code words} words (a digit right after a word starts the rest). */
  private static String afterWords(String text, int words) {
    String rest = text.strip();
    for (int w = 0; w < words; w++) {
      int i = 0;
      while (i < rest.length() && Character.isLetter(rest.charAt(i))) {
        i++;
      }
      rest = rest.substring(i).strip();
    }
    return rest;
  }
}
