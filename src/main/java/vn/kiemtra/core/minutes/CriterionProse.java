package vn.kiemtra.core.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.DocumentRef;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;
import vn.kiemtra.core.text.VietnameseNumbers;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Writes a criterion's recorded answer as one sentence of a biên bản: "- Văn bản đi được ký số: đạt
 * 96,31% (11.300/11.733 văn bản)." The verdict comes first; a count, a ratio and a cited document
 * follow in brackets; the inspector's note closes the sentence. A fact the note already states is
 * not said again, a count equal to the ratio's numerator is not said twice, zero reads "không có …
 * nào" or "không phát sinh" (never "00"), and a note that only repeats the verdict is dropped.
 */
final class CriterionProse {
  /**
   * Nouns a count or ratio of a criterion is measured in, found in the criterion's text; the first
   * one in the text wins ("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn" counts "hồ sơ").
   */
  private static final List<String> UNITS =
      List.of(
          "hồ sơ",
          "văn bản",
          "sáng kiến",
          "nhiệm vụ",
          "báo cáo",
          "thủ tục hành chính",
          "TTHC",
          "CBCCVC",
          "công chức",
          "hình thức",
          "dịch vụ công",
          "tin, bài");

  /** A cited number that already names its kind of document ("Kế hoạch số 12/KH-UBND"). */
  private static final Pattern NAMED_DOCUMENT =
      Pattern.compile("^\\p{L}[\\p{L} ]*\\s+số\\s+\\S", Pattern.UNICODE_CHARACTER_CLASS);

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

  /**
   * The recorded facts in words for the annex table: result, count, ratio, cited document, without
   * the note. Empty when none.
   */
  List<String> facts(Criterion criterion, Answer answer) {
    List<String> facts = new ArrayList<>();
    if (answer == null) {
      return facts;
    }
    if (answer.result() != null) {
      facts.add(doc.get("doc.result." + answer.result().name()));
    }
    String unit = unit(criterion);
    if (answer.count() != null && !countIsNumerator(answer)) {
      facts.add(countPhrase(unit, answer.count(), answer.qualifier()));
    }
    if (answer.hasRatio()) {
      facts.add(doc.get("doc.prose.ratio", ratioParts(answer, unit)));
    }
    String cited = documentPhrase(answer.documentRef());
    if (cited != null) {
      facts.add(cited);
    }
    return facts;
  }

  /**
   * One sentence of section II for an answered criterion, or null when nothing was recorded. A
   * "không áp dụng" answer is not written here: the area closes with one line listing them.
   */
  String line(Criterion criterion, Answer answer) {
    if (answer == null || answer.isBlank() || answer.result() == Result.NOT_APPLICABLE) {
      return null;
    }
    String label = label(criterion);
    String note = VietnameseText.clean(answer.note());
    String verdict = answer.result() == null ? null : doc.get("doc.result." + answer.result());
    if (note != null && verdict != null && bare(note).equals(bare(verdict))) {
      note = null;
    }
    String unit = unit(criterion);
    List<String> details = new ArrayList<>();
    if (answer.count() != null
        && !countIsNumerator(answer)
        && !mentionsCount(note, answer.count())) {
      details.add(countPhrase(unit, answer.count(), answer.qualifier()));
    }
    boolean ratio = answer.hasRatio() && !mentionsRatio(note, answer);
    String cited = documentPhrase(answer.documentRef());
    if (cited != null && note != null && note.contains(answer.documentRef().number().trim())) {
      cited = null;
    }
    if (cited != null) {
      details.add(cited);
    }
    String clause;
    if (verdict == null) {
      List<String> all = new ArrayList<>();
      if (ratio) {
        all.add(ratioPhrase(criterion, answer, unit));
      }
      all.addAll(details);
      clause = String.join("; ", all);
    } else if (ratio && answer.result() == Result.PASS) {
      clause = doc.get("doc.prose.passRatio", ratioFigures(answer, unit));
      clause =
          details.isEmpty()
              ? clause
              : doc.get("doc.prose.verdictDetails", clause, String.join("; ", details));
    } else {
      if (ratio) {
        details.add(0, doc.get("doc.prose.ratioInBrackets", ratioParts(answer, unit)));
      }
      clause =
          details.isEmpty()
              ? verdict
              : doc.get("doc.prose.verdictDetails", verdict, String.join("; ", details));
    }
    if (clause.isEmpty()) {
      return note == null ? null : doc.get("doc.prose.noteOnly", label, sentence(upperFirst(note)));
    }
    String line = doc.get("doc.prose.criterion", label, clause);
    return note == null ? line : line + " " + sentence(upperFirst(note));
  }

  /** "hơn 11.300 văn bản", "02 sáng kiến", "không có sáng kiến nào", "số lượng 45". */
  String countPhrase(String unit, long count, Qualifier qualifier) {
    if (count == 0) {
      return unit == null ? doc.get("doc.prose.countNone") : doc.get("doc.prose.countZero", unit);
    }
    String number =
        count > 0 && count < 10
            ? VietnameseNumbers.twoDigits((int) count)
            : VietnameseNumbers.format(count);
    String word = qualifier == null ? "" : qualifier.prose();
    String figure = word.isEmpty() ? number : word + " " + number;
    return unit == null ? doc.get("doc.prose.count", figure) : figure + " " + unit;
  }

  /**
   * "tỷ lệ 94,13% (1.893/2.011 hồ sơ)", or without "tỷ lệ" when the criterion itself is a "Tỷ lệ
   * …".
   */
  private String ratioPhrase(Criterion criterion, Answer answer, String unit) {
    boolean namesRatio =
        label(criterion).toLowerCase(VietnameseText.VI).startsWith(doc.get("doc.prose.ratioWord"));
    return namesRatio
        ? ratioFigures(answer, unit)
        : doc.get("doc.prose.ratio", ratioParts(answer, unit));
  }

  private String ratioFigures(Answer answer, String unit) {
    Object[] p = ratioParts(answer, unit);
    return doc.get("doc.prose.ratioFigures", p);
  }

  private static Object[] ratioParts(Answer answer, String unit) {
    return new Object[] {
      VietnameseNumbers.percent(answer.numerator(), answer.denominator()),
      VietnameseNumbers.format(answer.numerator()),
      VietnameseNumbers.format(answer.denominator()),
      unit == null ? "" : " " + unit
    };
  }

  /** "Kế hoạch số 12/KH-UBND ngày 08/01/2025 của Ủy ban nhân dân tỉnh", or null. */
  private String documentPhrase(DocumentRef ref) {
    if (ref == null || VietnameseText.clean(ref.number()) == null) {
      return null;
    }
    String number = VietnameseText.clean(ref.number());
    StringBuilder cited =
        new StringBuilder(
            NAMED_DOCUMENT.matcher(number).find() ? number : doc.get("doc.documentRef", number));
    if (ref.date() != null) {
      cited
          .append(' ')
          .append(doc.get("doc.documentRef.date", Nd30Dates.paddedShortDate(ref.date())));
    }
    String issuer = VietnameseText.clean(ref.issuer());
    if (issuer != null && !number.contains(issuer)) {
      cited.append(' ').append(doc.get("doc.documentRef.issuer", issuer));
    }
    return cited.toString();
  }

  /** The noun the criterion's figures are counted in, or null when its text names none. */
  static String unit(Criterion criterion) {
    String text = label(criterion);
    String lower = text.toLowerCase(VietnameseText.VI);
    String best = null;
    int at = Integer.MAX_VALUE;
    for (String unit : UNITS) {
      boolean abbreviation = unit.equals(unit.toUpperCase(VietnameseText.VI));
      Matcher m =
          word(abbreviation ? unit : unit.toLowerCase(VietnameseText.VI))
              .matcher(abbreviation ? text : lower);
      if (m.find() && m.start() < at) {
        at = m.start();
        best = unit;
      }
    }
    return best;
  }

  private static boolean countIsNumerator(Answer answer) {
    return answer.hasRatio() && answer.count() != null && answer.count().equals(answer.numerator());
  }

  /** Whether the note already states the number, as "11.300", "11300", "02" or "2". */
  private static boolean mentionsCount(String note, long count) {
    if (note == null) {
      return false;
    }
    List<String> forms =
        new ArrayList<>(List.of(VietnameseNumbers.format(count), Long.toString(count)));
    if (count >= 0 && count < 10) {
      forms.add(VietnameseNumbers.twoDigits((int) count));
    }
    for (String form : forms) {
      if (number(form).matcher(note).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsRatio(String note, Answer answer) {
    if (note == null) {
      return false;
    }
    String percent = VietnameseNumbers.percent(answer.numerator(), answer.denominator());
    return note.contains(percent)
        || note.contains(percent.replace("%", " %"))
        || note.contains(
            VietnameseNumbers.format(answer.numerator())
                + "/"
                + VietnameseNumbers.format(answer.denominator()));
  }

  private static Pattern number(String form) {
    return Pattern.compile("(?<![\\d.,])" + Pattern.quote(form) + "(?![\\d]|[.,]\\d)");
  }

  private static Pattern word(String text) {
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])",
        Pattern.UNICODE_CHARACTER_CLASS);
  }

  /** Lower case without punctuation or spaces at the ends, to compare a note with a verdict. */
  private static String bare(String text) {
    return text.toLowerCase(VietnameseText.VI)
        .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
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

  static String upperFirst(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return text.substring(0, 1).toUpperCase(VietnameseText.VI) + text.substring(1);
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
