package vn.kiemtra.core.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Vietnamese sort orders. Letters come first (a ă â … d đ e ê … o ô ơ … u ư); the tone is a
 * secondary difference in the order none, huyền, hỏi, ngã, sắc, nặng; case is a tertiary
 * difference. Texts are compared word by word, because the JDK collator ignores spaces and would
 * put "Ông Văn Tú" before "Ôn Thị Hà".
 *
 * <p>The comparators are thread-safe. They are not consistent with {@link String#equals}: NFC and
 * NFD forms of the same text compare as equal.
 */
public final class VietnameseCollation {

  private VietnameseCollation() {}

  /**
   * Orders texts the way a Vietnamese dictionary does: all words compared on their letters first,
   * then on their tones, then on their case, each pass word by word so that a shorter word sorts
   * before a longer one that it begins ("Ôn" before "Ông"). Rejects {@code null}.
   *
   * @return a new comparator
   */
  public static Comparator<String> textOrder() {
    return new WordComparator();
  }

  /**
   * Orders full names for rosters and search results: by given name, then family name, then middle
   * name, each with {@link #textOrder()}; ties are broken by the whole name, and finally by code
   * points of its NFC form. Names are split with {@link PersonName#parse(String)}; blank names sort
   * first. Rejects {@code null}.
   *
   * @return a new comparator
   */
  public static Comparator<String> rosterOrder() {
    Comparator<String> text = textOrder();
    Comparator<PersonName> byParts =
        Comparator.comparing(PersonName::given, text)
            .thenComparing(PersonName::family, text)
            .thenComparing(PersonName::middle, text);
    return (a, b) -> {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      int result = byParts.compare(split(a), split(b));
      if (result != 0) {
        return result;
      }
      String nfcA = VietnameseText.nfc(a);
      String nfcB = VietnameseText.nfc(b);
      result = text.compare(nfcA, nfcB);
      return result != 0 ? result : nfcA.compareTo(nfcB);
    };
  }

  private static PersonName split(String fullName) {
    if (VietnameseText.clean(fullName) == null) {
      return new PersonName("", "", "");
    }
    return PersonName.parse(fullName);
  }

  /** Multi-level, word-by-word comparison on the JDK's Vietnamese collator. */
  private static final class WordComparator implements Comparator<String> {

    private final Collator[] levels = {
      collator(Collator.PRIMARY), collator(Collator.SECONDARY), collator(Collator.TERTIARY)
    };

    @Override
    public int compare(String a, String b) {
      List<String> wordsA = VietnameseText.words(VietnameseText.nfc(Objects.requireNonNull(a)));
      List<String> wordsB = VietnameseText.words(VietnameseText.nfc(Objects.requireNonNull(b)));
      for (Collator level : levels) {
        int result = compareWords(level, wordsA, wordsB);
        if (result != 0) {
          return result;
        }
      }
      return 0;
    }

    private static int compareWords(Collator collator, List<String> a, List<String> b) {
      int common = Math.min(a.size(), b.size());
      for (int i = 0; i < common; i++) {
        int result = collator.compare(a.get(i), b.get(i));
        if (result != 0) {
          return result;
        }
      }
      return Integer.compare(a.size(), b.size());
    }

    private static Collator collator(int strength) {
      Collator collator = Collator.getInstance(VietnameseText.VI);
      collator.setStrength(strength);
      collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
      return collator;
    }
  }
}
