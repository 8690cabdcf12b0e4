package vn.kiemtra.core.minutes;

import java.util.ArrayList;
import java.util.List;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.DocumentRef;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;
import vn.kiemtra.core.text.VietnameseNumbers;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Writes a criterion's recorded answer as administrative prose: "Văn bản đi được ký số: đạt; hơn
 * 11.300 văn bản đi được ký số." Counts use Vietnamese grouping and are zero-padded below ten ("02
 * sáng kiến"); the qualifier comes first ("hơn", "khoảng", "dưới").
 */
final class CriterionProse {
  private final Messages doc;

  CriterionProse(Messages doc) {
    this.doc = doc;
  }

  /** The criterion text without its trailing explanation in brackets. */
  static String label(Criterion criterion) {
    String text = VietnameseText.clean(criterion.text());
    if (text == null) {
      return criterion.code();
    }
    int bracket = text.indexOf(" (");
    return bracket > 0 ? text.substring(0, bracket).trim() : text;
  }

  /** The recorded facts in words: result, count, ratio, cited document. Empty when none. */
  List<String> facts(Criterion criterion, Answer answer) {
    List<String> facts = new ArrayList<>();
    if (answer == null) {
      return facts;
    }
    if (answer.result() != null) {
      facts.add(doc.get("doc.result." + answer.result().name()));
    }
    if (answer.count() != null) {
      facts.add(countPhrase(criterion, answer.count(), answer.qualifier()));
    }
    if (answer.hasRatio()) {
      facts.add(
          doc.get(
              "doc.ratio",
              VietnameseNumbers.percent(answer.numerator(), answer.denominator()),
              VietnameseNumbers.format(answer.numerator()),
              VietnameseNumbers.format(answer.denominator())));
    }
    DocumentRef ref = answer.documentRef();
    if (ref != null && VietnameseText.clean(ref.number()) != null) {
      StringBuilder cited =
          new StringBuilder(doc.get("doc.documentRef", VietnameseText.clean(ref.number())));
      if (ref.date() != null) {
        cited.append(' ').append(doc.get("doc.documentRef.date", Nd30Dates.shortDate(ref.date())));
      }
      if (VietnameseText.clean(ref.issuer()) != null) {
        cited
            .append(' ')
            .append(doc.get("doc.documentRef.issuer", VietnameseText.clean(ref.issuer())));
      }
      facts.add(cited.toString());
    }
    return facts;
  }

  /** "hơn 11.300 văn bản đi được ký số", "02 sáng kiến, giải pháp mới …". */
  String countPhrase(Criterion criterion, long count, Qualifier qualifier) {
    String number =
        count >= 0 && count < 10
            ? VietnameseNumbers.twoDigits((int) count)
            : VietnameseNumbers.format(count);
    String word = qualifier == null ? "" : qualifier.prose();
    String phrase = number + " " + lowerFirst(label(criterion));
    return word.isEmpty() ? phrase : word + " " + phrase;
  }

  /** One line of section II for an answered criterion, or null when nothing was recorded. */
  String line(Criterion criterion, Answer answer) {
    if (answer == null || answer.isBlank()) {
      return null;
    }
    List<String> facts = facts(criterion, answer);
    String note = VietnameseText.clean(answer.note());
    if (facts.isEmpty()) {
      return doc.get("doc.criterion.noteOnly", label(criterion), sentence(note));
    }
    String line = doc.get("doc.criterion", label(criterion), String.join("; ", facts));
    return note == null ? line : line + " " + sentence(note);
  }

  /** Lower-cases the first letter unless the first word is an abbreviation (CBCCVC, TTHC). */
  static String lowerFirst(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    int end = text.indexOf(' ');
    String first = end < 0 ? text : text.substring(0, end);
    if (first.length() > 1 && first.equals(first.toUpperCase(VietnameseText.VI))) {
      return text;
    }
    return text.substring(0, 1).toLowerCase(VietnameseText.VI) + text.substring(1);
  }

  /** The text with a full stop added when it ends without punctuation. */
  static String sentence(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char last = text.charAt(text.length() - 1);
    return ".;:!?…".indexOf(last) >= 0 ? text : text + ".";
  }
}
