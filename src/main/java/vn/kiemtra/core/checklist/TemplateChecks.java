package vn.kiemtra.core.checklist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import vn.kiemtra.core.shared.Messages;

/**
 * The rules a template must keep to be stored as a draft and published: the same checks for a
 * workbook, a JSON file and the editor. Each problem names its row and field; the caller says how a
 * row is named to the user ("dòng 4" in a workbook).
 */
public final class TemplateChecks {
  static final int CODE_MAX = 50;
  static final int VERSION_MAX = 50;
  static final int NAME_MAX = 500;
  static final int LEGAL_BASIS_MAX = 2000;
  static final int AREA_CODE_MAX = 20;
  static final int CRITERION_CODE_MAX = 20;
  static final int TEXT_MAX = 2000;
  private static final BigDecimal POINTS_LIMIT = new BigDecimal("100000");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]+");
  private static final Set<AnswerType> FACT_TYPES =
      EnumSet.of(AnswerType.SO, AnswerType.SH, AnswerType.TL);

  private final Messages msg = Messages.of("templates");

  /** Every problem of the template, in row order (header first). */
  public List<TemplateProblem> check(ChecklistTemplate t, IntFunction<String> rowName) {
    List<TemplateProblem> out = new ArrayList<>();
    header(t, out);
    Map<String, Integer> areaCodes = new HashMap<>();
    Map<String, Integer> criterionCodes = new HashMap<>();
    for (TemplateOutline.Row row : TemplateOutline.rows(t)) {
      if (row.isArea()) {
        area(row, areaCodes, rowName, out);
      } else {
        criterion(row, criterionCodes, rowName, out);
      }
    }
    if (t.areas().isEmpty()) {
      out.add(problem(TemplateProblem.HEADER, TemplateField.AREA_CODE, "noAreas"));
    } else if (out.isEmpty() && t.maxScore().signum() == 0) {
      out.add(problem(TemplateProblem.HEADER, TemplateField.POINTS, "zeroTotal"));
    }
    return out;
  }

  /** The problems of the template's own fields (code, version, name, rules). */
  public List<TemplateProblem> checkHeader(ChecklistTemplate t) {
    List<TemplateProblem> out = new ArrayList<>();
    header(t, out);
    return out;
  }

  private void header(ChecklistTemplate t, List<TemplateProblem> out) {
    if (blank(t.code())) {
      out.add(problem(TemplateProblem.HEADER, TemplateField.CODE, "codeMissing"));
    } else if (!CODE.matcher(t.code()).matches() || t.code().length() > CODE_MAX) {
      out.add(problem(TemplateProblem.HEADER, TemplateField.CODE, "codeBad", t.code(), CODE_MAX));
    }
    if (blank(t.version())) {
      out.add(problem(TemplateProblem.HEADER, TemplateField.VERSION, "versionMissing"));
    } else if (t.version().length() > VERSION_MAX) {
      out.add(problem(TemplateProblem.HEADER, TemplateField.VERSION, "tooLong", VERSION_MAX));
    }
    if (blank(t.name())) {
      out.add(problem(TemplateProblem.HEADER, TemplateField.NAME, "nameMissing"));
    } else if (t.name().length() > NAME_MAX) {
      out.add(problem(TemplateProblem.HEADER, TemplateField.NAME, "tooLong", NAME_MAX));
    }
    BigDecimal f = t.partialFactor();
    if (f == null || f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0 || f.scale() > 4) {
      out.add(problem(TemplateProblem.HEADER, TemplateField.PARTIAL_FACTOR, "partialFactor"));
    }
    if (t.legalBasis() != null && t.legalBasis().length() > LEGAL_BASIS_MAX) {
      out.add(
          problem(TemplateProblem.HEADER, TemplateField.LEGAL_BASIS, "tooLong", LEGAL_BASIS_MAX));
    }
  }

  private void area(
      TemplateOutline.Row row,
      Map<String, Integer> codes,
      IntFunction<String> rowName,
      List<TemplateProblem> out) {
    ChecklistArea a = row.area();
    int p = row.position();
    if (blank(a.code())) {
      out.add(problem(p, TemplateField.AREA_CODE, "areaCodeMissing"));
    } else if (a.code().length() > AREA_CODE_MAX) {
      out.add(problem(p, TemplateField.AREA_CODE, "tooLong", AREA_CODE_MAX));
    } else {
      Integer first = codes.putIfAbsent(a.code(), p);
      if (first != null) {
        out.add(
            problem(p, TemplateField.AREA_CODE, "areaDuplicate", a.code(), rowName.apply(first)));
      }
    }
    if (blank(a.name())) {
      out.add(problem(p, TemplateField.AREA_NAME, "areaNameMissing"));
    } else if (a.name().length() > NAME_MAX) {
      out.add(problem(p, TemplateField.AREA_NAME, "tooLong", NAME_MAX));
    }
    if (a.criteria().isEmpty()) {
      out.add(problem(p, TemplateField.AREA_CODE, "areaEmpty", nullToEmpty(a.code())));
    }
  }

  private void criterion(
      TemplateOutline.Row row,
      Map<String, Integer> codes,
      IntFunction<String> rowName,
      List<TemplateProblem> out) {
    Criterion c = row.criterion();
    int p = row.position();
    if (blank(c.code())) {
      out.add(problem(p, TemplateField.CRITERION_CODE, "criterionCode"));
    } else if (c.code().length() > CRITERION_CODE_MAX) {
      out.add(problem(p, TemplateField.CRITERION_CODE, "tooLong", CRITERION_CODE_MAX));
    } else {
      Integer first = codes.putIfAbsent(c.code(), p);
      if (first != null) {
        out.add(
            problem(p, TemplateField.CRITERION_CODE, "duplicate", c.code(), rowName.apply(first)));
      }
      if (row.parent() != null && !c.code().startsWith(row.parent().code() + ".")) {
        out.add(problem(p, TemplateField.CRITERION_CODE, "subCode", c.code(), row.parent().code()));
      }
    }
    if (blank(c.text())) {
      out.add(problem(p, TemplateField.TEXT, "textMissing"));
    } else if (c.text().length() > TEXT_MAX) {
      out.add(problem(p, TemplateField.TEXT, "tooLong", TEXT_MAX));
    }
    if (c.guidance() != null && c.guidance().length() > TEXT_MAX) {
      out.add(problem(p, TemplateField.GUIDANCE, "tooLong", TEXT_MAX));
    }
    if (c.answerType() == null) {
      out.add(problem(p, TemplateField.TYPE, "typeMissing"));
    }
    for (AnswerType fact : c.facts()) {
      if (!FACT_TYPES.contains(fact)) {
        out.add(problem(p, TemplateField.FACTS, "fact", fact.name()));
      }
    }
    points(row, out);
    if (c.answerType() == AnswerType.TL) {
      ratio(c, p, out);
    }
  }

  private void points(TemplateOutline.Row row, List<TemplateProblem> out) {
    Criterion c = row.criterion();
    int p = row.position();
    BigDecimal max = c.maxScore();
    if (max == null) {
      out.add(problem(p, TemplateField.POINTS, "pointsMissing"));
      return;
    }
    if (max.signum() < 0 || max.compareTo(POINTS_LIMIT) >= 0 || max.scale() > 3) {
      out.add(problem(p, TemplateField.POINTS, "pointsBad"));
      return;
    }
    if (!c.subCriteria().isEmpty()) {
      BigDecimal sum =
          c.subCriteria().stream()
              .map(Criterion::maxScore)
              .filter(java.util.Objects::nonNull)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(max) != 0) {
        out.add(
            problem(
                p,
                TemplateField.POINTS,
                "parentSum",
                TemplateWords.points(max),
                TemplateWords.points(sum)));
      }
    }
  }

  private void ratio(Criterion c, int p, List<TemplateProblem> out) {
    BigDecimal target = c.ratioTarget();
    BigDecimal threshold = c.ratioThreshold();
    if (target == null) {
      out.add(problem(p, TemplateField.RATIO_TARGET, "targetMissing"));
    } else if (target.signum() <= 0 || target.compareTo(HUNDRED) > 0) {
      out.add(problem(p, TemplateField.RATIO_TARGET, "targetBad"));
    }
    if (threshold == null) {
      out.add(problem(p, TemplateField.RATIO_THRESHOLD, "thresholdMissing"));
    } else if (threshold.signum() < 0
        || (target != null && threshold.compareTo(target) >= 0)
        || threshold.compareTo(HUNDRED) > 0) {
      out.add(problem(p, TemplateField.RATIO_THRESHOLD, "thresholdBad"));
    }
  }

  /** Problems that leave a draft impossible to store: no identity, no type, no points. */
  private static final java.util.Set<String> BLOCKING =
      java.util.Set.of(
          "codeMissing",
          "codeBad",
          "versionMissing",
          "tooLong",
          "partialFactor",
          "areaCodeMissing",
          "areaDuplicate",
          "criterionCode",
          "duplicate",
          "typeMissing",
          "pointsMissing",
          "pointsBad");

  private TemplateProblem problem(int position, TemplateField field, String key, Object... args) {
    return new TemplateProblem(
        position, field, msg.get("check." + key, args), BLOCKING.contains(key));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
