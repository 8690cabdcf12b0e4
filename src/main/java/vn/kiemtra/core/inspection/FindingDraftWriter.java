package vn.kiemtra.core.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.CountText;
import vn.kiemtra.core.answer.DocumentRef;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.scoring.InspectionScore;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;
import vn.kiemtra.core.text.VietnameseNumbers;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Writes a first draft of the findings as sentences: per area, what the unit achieved (how many of
 * the assessed criteria passed, then each passed criterion with its recorded facts and the
 * inspector's note) and what it did not (each partly passed or failed criterion with its facts and
 * note); criteria that passed with nothing recorded share one closing sentence. The overall
 * assessment says how well the reform work went, the score and how many criteria fell short. The
 * inspector edits the draft afterwards.
 */
public final class FindingDraftWriter {
  private final Messages w = Messages.of("window", Messages.VIETNAMESE);

  /** Drafted texts: one finding per area that has something to say, and the overall sentence. */
  public record Draft(List<AreaFinding> areaFindings, String overallAssessment) {
    public Optional<AreaFinding> finding(String areaCode) {
      return areaFindings.stream().filter(f -> f.areaCode().equals(areaCode)).findFirst();
    }
  }

  public Draft write(Inspection inspection, ChecklistTemplate template, InspectionScore score) {
    List<AreaFinding> findings = new ArrayList<>();
    int shortfalls = 0;
    for (ChecklistArea area : template.areas()) {
      List<String> achieved = new ArrayList<>();
      List<String> plainPasses = new ArrayList<>();
      List<String> notAchieved = new ArrayList<>();
      int assessed = 0;
      int passed = 0;
      for (Criterion c : area.allCriteria().toList()) {
        Answer a = inspection.answer(c.code()).orElse(null);
        if (a == null || a.result() == null || a.result() == Result.NOT_APPLICABLE) {
          continue;
        }
        assessed++;
        String details = details(a);
        String note = note(a);
        String label = label(c);
        switch (a.result()) {
          case PASS -> {
            passed++;
            if (details.isEmpty() && note.isEmpty()) {
              plainPasses.add(lowerFirst(label));
            } else {
              achieved.add(sentence(label, w.get("draft.pass"), details, note));
            }
          }
          case PARTIAL -> notAchieved.add(sentence(label, w.get("draft.partial"), details, note));
          case FAIL -> notAchieved.add(sentence(label, w.get("draft.fail"), details, note));
          default -> {}
        }
      }
      shortfalls += assessed - passed;
      if (assessed == 0) {
        continue;
      }
      List<String> strengths = new ArrayList<>();
      if (passed > 0) {
        strengths.add(w.get("draft.passedOf", passed, assessed));
        strengths.addAll(achieved);
        if (!plainPasses.isEmpty()) {
          strengths.add(
              w.get(
                  achieved.isEmpty() ? "draft.plainPasses" : "draft.otherPlainPasses",
                  String.join("; ", plainPasses)));
        }
      }
      findings.add(new AreaFinding(area.code(), join(strengths), join(notAchieved)));
    }
    return new Draft(findings, overall(score, shortfalls));
  }

  /** "Ban hành kế hoạch: đạt yêu cầu (Kế hoạch số 25/KH-UBND ngày 14/09/2023). Ghi chú." */
  private String sentence(String label, String verdict, String details, String note) {
    String s =
        details.isEmpty()
            ? w.get("draft.sentence", label, verdict)
            : w.get("draft.sentenceDetails", label, verdict, details);
    return note.isEmpty() ? s : s + " " + note;
  }

  /** The recorded facts in words: count, ratio, cited document; empty when none. */
  private String details(Answer a) {
    List<String> parts = new ArrayList<>();
    if (a.count() != null) {
      Qualifier q = a.qualifier() == null ? Qualifier.EXACT : a.qualifier();
      parts.add(w.get("draft.count", new CountText.Count(q, a.count()).text()));
    }
    if (a.hasRatio()) {
      parts.add(
          w.get(
              "draft.ratio",
              VietnameseNumbers.percent(a.numerator(), a.denominator()),
              VietnameseNumbers.format(a.numerator()),
              VietnameseNumbers.format(a.denominator())));
    }
    DocumentRef ref = a.documentRef();
    if (ref != null && VietnameseText.clean(ref.number()) != null) {
      StringBuilder d = new StringBuilder(w.get("draft.document", ref.number().strip()));
      if (ref.date() != null) {
        d.append(' ').append(w.get("draft.documentDate", Nd30Dates.paddedShortDate(ref.date())));
      }
      if (VietnameseText.clean(ref.issuer()) != null) {
        d.append(' ').append(w.get("draft.documentIssuer", ref.issuer().strip()));
      }
      parts.add(d.toString());
    }
    return String.join("; ", parts);
  }

  /** The inspector's note as a sentence of its own, empty when none. */
  private static String note(Answer a) {
    String n = VietnameseText.clean(a.note());
    if (n == null || n.isBlank()) {
      return "";
    }
    n = Character.toUpperCase(n.charAt(0)) + n.substring(1);
    return n.endsWith(".") || n.endsWith("!") || n.endsWith("?") ? n : n + ".";
  }

  /** The criterion text without its trailing explanation in brackets. */
  private static String label(Criterion c) {
    String text = VietnameseText.clean(c.text());
    if (text == null || text.isBlank()) {
      return c.code();
    }
    int bracket = text.indexOf(" (");
    return bracket > 0 ? text.substring(0, bracket).strip() : text;
  }

  private static String lowerFirst(String s) {
    // Keeps abbreviations such as "CCHC" or "UBND" in capitals.
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String join(List<String> sentences) {
    return sentences.isEmpty() ? null : String.join(" ", sentences);
  }

  private String overall(InspectionScore score, int shortfalls) {
    Optional<BigDecimal> percent = score.normalisedPercent();
    if (score.answered() == 0 || percent.isEmpty()) {
      return w.get("draft.overall.none");
    }
    BigDecimal p = percent.get();
    String level;
    if (p.compareTo(BigDecimal.valueOf(90)) >= 0) {
      level = w.get("draft.level.good");
    } else if (p.compareTo(BigDecimal.valueOf(70)) >= 0) {
      level = w.get("draft.level.fair");
    } else if (p.compareTo(BigDecimal.valueOf(50)) >= 0) {
      level = w.get("draft.level.average");
    } else {
      level = w.get("draft.level.weak");
    }
    String text =
        w.get(
            "draft.overall",
            level,
            VietnameseNumbers.formatDecimal(score.achieved(), 2),
            VietnameseNumbers.formatDecimal(score.applicableMax(), 2),
            score.answered(),
            score.total());
    return shortfalls == 0
        ? text + " " + w.get("draft.overall.noShortfall")
        : text + " " + w.get("draft.overall.shortfalls", shortfalls);
  }
}
