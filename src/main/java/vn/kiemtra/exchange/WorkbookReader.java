package vn.kiemtra.exchange;

import static vn.kiemtra.exchange.WorkbookLayout.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.checklist.ReadTemplate;
import vn.kiemtra.core.checklist.TemplateChecks;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateProblem;
import vn.kiemtra.core.checklist.TemplateStatus;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.ValidationException;
import vn.kiemtra.core.text.SearchKey;
import vn.kiemtra.core.text.VietnameseNumbers;

/**
 * Reads a checklist workbook: every problem of the file at once, each naming its sheet and cell
 * ({@code tieu_chi!H12: điểm «một» không phải là số; …}), or the template.
 */
final class WorkbookReader {
  private static final Set<AnswerType> UNSCORED =
      EnumSet.of(AnswerType.NGAY, AnswerType.VB, AnswerType.SH);
  private static final Set<AnswerType> FACT_TYPES =
      EnumSet.of(AnswerType.SO, AnswerType.SH, AnswerType.TL);
  private static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.(\\d{1,2}|\\d{4,})");
  private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

  private final Messages msg = Messages.of("templates");
  private final List<Located> problems = new ArrayList<>();
  private final Set<String> cellsWithProblems = new HashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private org.apache.poi.ss.usermodel.FormulaEvaluator evaluator;

  /** A problem with its place, sorted by sheet, row and column. */
  private record Located(int sheet, int row, int column, String path, String message) {}

  /** One sheet's cells by column key, merged regions resolved. */
  private final class Grid {
    final Sheet sheet;
    final String name;
    final int order;
    final Map<String, Integer> columns = new HashMap<>();
    final Set<String> missing = new HashSet<>();
    final Map<Long, Cell> mergedFrom = new HashMap<>();
    final Set<Long> mergedBlank = new HashSet<>();

    Grid(Sheet sheet, int order, List<String> known, List<String> required) {
      this.sheet = sheet;
      this.name = sheet.getSheetName();
      this.order = order;
      for (CellRangeAddress range : sheet.getMergedRegions()) {
        Row top = sheet.getRow(range.getFirstRow());
        Cell first = top == null ? null : top.getCell(range.getFirstColumn());
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
          for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
            if (c == range.getFirstColumn()) {
              mergedFrom.put(at(r, c), first);
            } else {
              mergedBlank.add(at(r, c));
            }
          }
        }
      }
      header(known, required);
    }

    private void header(List<String> known, List<String> required) {
      Row header = sheet.getRow(0);
      int last = header == null ? -1 : header.getLastCellNum() - 1;
      for (int c = 0; c <= last; c++) {
        CellValue v = value(0, c);
        if (v.isBlank() || v.text() == null) {
          continue;
        }
        String key = key(v.text());
        if (known.contains(key)) {
          Integer first = columns.putIfAbsent(key, c);
          if (first != null) {
            problem(
                this,
                0,
                c,
                msg.get("xlsx.duplicateColumn", key, CellReference.convertNumToColString(first)));
          }
        } else {
          warnings.add(ref(this, 0, c) + ": " + msg.get("xlsx.unknownColumn", v.text()));
        }
      }
      int free = last + 1;
      for (String key : required) {
        if (!columns.containsKey(key)) {
          missing.add(key);
          problem(this, 0, free++, msg.get("xlsx.missingColumn", key));
        }
      }
      for (String key : known) {
        if (!columns.containsKey(key)) {
          missing.add(key);
        }
      }
    }

    CellValue value(int row, int column) {
      long key = at(row, column);
      if (mergedBlank.contains(key)) {
        return CellValue.BLANK;
      }
      Cell cell = mergedFrom.get(key);
      if (cell == null && !mergedFrom.containsKey(key)) {
        Row r = sheet.getRow(row);
        cell = r == null ? null : r.getCell(column);
      }
      return CellValue.of(cell, evaluator);
    }

    CellValue value(int row, String key) {
      Integer c = columns.get(key);
      return c == null ? CellValue.BLANK : value(row, c);
    }

    int column(String key) {
      return columns.getOrDefault(key, -1);
    }

    boolean has(String key) {
      return columns.containsKey(key);
    }
  }

  private static long at(int row, int column) {
    return ((long) row << 20) | column;
  }

  ReadTemplate read(InputStream in) {
    Workbook book;
    try {
      book = WorkbookFactory.create(in);
    } catch (Exception | LinkageError e) {
      throw new ValidationException("", msg.get("xlsx.notWorkbook"));
    }
    try (book) {
      evaluator = book.getCreationHelper().createFormulaEvaluator();
      Sheet infoSheet = sheet(book, INFO);
      Sheet criteriaSheet = sheet(book, CRITERIA);
      if (infoSheet == null) {
        problems.add(new Located(0, 0, 0, INFO, msg.get("xlsx.missingSheet", INFO)));
      }
      if (criteriaSheet == null) {
        problems.add(new Located(1, 0, 0, CRITERIA, msg.get("xlsx.missingSheet", CRITERIA)));
      }
      Grid info = infoSheet == null ? null : new Grid(infoSheet, 0, INFO_COLUMNS, INFO_REQUIRED);
      Grid rows =
          criteriaSheet == null
              ? null
              : new Grid(criteriaSheet, 1, CRITERIA_COLUMNS, CRITERIA_REQUIRED);
      Header header = info == null ? Header.EMPTY : header(info);
      Built built = rows == null ? new Built(List.of(), List.of()) : criteria(rows);
      ChecklistTemplate template =
          new ChecklistTemplate(
              null,
              header.code,
              header.version,
              header.name,
              TemplateStatus.DRAFT,
              header.policy,
              header.partialFactor,
              built.areas,
              header.level,
              header.legalBasis);
      if (rows != null) {
        checks(template, info, rows, built.sheetRows);
      }
      if (!problems.isEmpty()) {
        problems.sort(
            Comparator.comparingInt(Located::sheet)
                .thenComparingInt(Located::row)
                .thenComparingInt(Located::column));
        throw new ValidationException(
            problems.stream()
                .map(p -> new ValidationException.Problem(p.path(), p.message()))
                .toList());
      }
      return new ReadTemplate(template, warnings);
    } catch (java.io.IOException e) {
      throw new ValidationException("", msg.get("xlsx.notWorkbook"));
    }
  }

  private static Sheet sheet(Workbook book, String wanted) {
    for (Sheet s : book) {
      if (key(s.getSheetName()).equals(wanted)) {
        return s;
      }
    }
    return null;
  }

  private record Header(
      String code,
      String version,
      String name,
      TemplateLevel level,
      NotApplicablePolicy policy,
      BigDecimal partialFactor,
      String legalBasis) {
    static final Header EMPTY =
        new Header(
            null,
            null,
            null,
            TemplateLevel.KHAC,
            NotApplicablePolicy.EXCLUDE_FROM_MAX,
            new BigDecimal("0.5"),
            null);
  }

  private Header header(Grid g) {
    int r = 1;
    String levelText = text(g, r, CAP);
    TemplateLevel level = TemplateLevel.KHAC;
    if (levelText != null) {
      var parsed = TemplateLevel.parse(levelText);
      if (parsed.isPresent()) {
        level = parsed.get();
      } else {
        problem(g, r, g.column(CAP), msg.get("xlsx.badLevel", levelText));
      }
    }
    String kadText = text(g, r, KAD);
    NotApplicablePolicy policy = NotApplicablePolicy.EXCLUDE_FROM_MAX;
    if (kadText != null) {
      String name = KAD_NAMES.get(key(kadText).toUpperCase(Locale.ROOT));
      if (name == null) {
        problem(g, r, g.column(KAD), msg.get("xlsx.badKad", kadText));
      } else {
        policy = NotApplicablePolicy.valueOf(name);
      }
    }
    BigDecimal factor = number(g, r, HE_SO, msg.get("xlsx.label.factor"));
    return new Header(
        text(g, r, MA),
        text(g, r, PHIEN_BAN),
        text(g, r, TEN),
        level,
        policy,
        factor == null && g.value(r, HE_SO).isBlank() ? new BigDecimal("0.5") : factor,
        text(g, r, CAN_CU));
  }

  /** A criterion row being read, before its sub-criteria are all known. */
  private static final class Node {
    int row;
    String code;
    String text;
    String guidance;
    AnswerType type;
    Set<AnswerType> facts = EnumSet.noneOf(AnswerType.class);
    BigDecimal points;
    boolean pointsUnreadable;
    boolean naAllowed;
    BigDecimal target;
    BigDecimal threshold;
    final List<Node> subs = new ArrayList<>();

    Criterion build() {
      List<Criterion> built = subs.stream().map(Node::build).toList();
      BigDecimal max = points;
      if (max == null && !built.isEmpty()) {
        max =
            built.stream()
                .map(Criterion::maxScore)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
      } else if (max == null && !pointsUnreadable && (type == null || UNSCORED.contains(type))) {
        max = BigDecimal.ZERO;
      }
      return new Criterion(
          code, text, guidance, type, facts, max, naAllowed, target, threshold, built);
    }

    void rows(List<Integer> out) {
      out.add(row);
      subs.forEach(s -> s.rows(out));
    }
  }

  private static final class AreaRows {
    final String code;
    final String name;
    final int row;
    final List<Node> criteria = new ArrayList<>();
    final Map<String, Node> byCode = new HashMap<>();

    AreaRows(String code, String name, int row) {
      this.code = code;
      this.name = name;
      this.row = row;
    }
  }

  private record Built(List<ChecklistArea> areas, List<Integer> sheetRows) {}

  private Built criteria(Grid g) {
    Map<String, AreaRows> areas = new LinkedHashMap<>();
    int last = g.sheet.getLastRowNum();
    for (int r = 1; r <= last; r++) {
      if (blankRow(g, r)) {
        continue;
      }
      String area = text(g, r, LINH_VUC);
      String code = text(g, r, MA);
      if (area == null) {
        if (g.has(LINH_VUC)) {
          problem(g, r, g.column(LINH_VUC), msg.get("check.areaCodeMissing"));
        }
        continue;
      }
      if (code == null) {
        AreaRows known = areas.get(area);
        if (known != null) {
          if (g.has(MA)) {
            problem(g, r, g.column(MA), msg.get("xlsx.areaRepeated", area, rowName(known.row)));
          }
        } else {
          areas.put(area, new AreaRows(area, text(g, r, NOI_DUNG), r));
        }
        continue;
      }
      AreaRows a = areas.get(area);
      if (a == null) {
        problem(g, r, g.column(LINH_VUC), msg.get("xlsx.noAreaRow", area));
        a = new AreaRows(area, area, r);
        areas.put(area, a);
      }
      Node n = node(g, r, code);
      int dot = code.lastIndexOf('.');
      Node parent = dot > 0 ? a.byCode.get(code.substring(0, dot)) : null;
      if (dot > 0 && parent == null) {
        problem(g, r, g.column(MA), msg.get("xlsx.noParent", code, code.substring(0, dot)));
      }
      (parent == null ? a.criteria : parent.subs).add(n);
      a.byCode.putIfAbsent(code, n);
    }
    List<ChecklistArea> built = new ArrayList<>();
    List<Integer> sheetRows = new ArrayList<>();
    for (AreaRows a : areas.values()) {
      sheetRows.add(a.row);
      a.criteria.forEach(n -> n.rows(sheetRows));
      built.add(new ChecklistArea(a.code, a.name, a.criteria.stream().map(Node::build).toList()));
    }
    return new Built(built, sheetRows);
  }

  private Node node(Grid g, int r, String code) {
    Node n = new Node();
    n.row = r;
    n.code = code;
    n.text = text(g, r, NOI_DUNG);
    n.guidance = text(g, r, MINH_CHUNG);
    String type = text(g, r, KIEU);
    if (type != null) {
      try {
        n.type = AnswerType.valueOf(type.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problem(g, r, g.column(KIEU), msg.get("xlsx.badType", type));
      }
    }
    String facts = text(g, r, THEM);
    if (facts != null) {
      for (String word : facts.split("[\\s,;]+")) {
        AnswerType fact = null;
        try {
          fact = AnswerType.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          // reported below
        }
        if (fact == null || !FACT_TYPES.contains(fact)) {
          problem(g, r, g.column(THEM), msg.get("xlsx.badFact", word));
        } else {
          n.facts.add(fact);
        }
      }
    }
    n.points = number(g, r, DIEM, msg.get("xlsx.label.points"));
    n.pointsUnreadable = n.points == null && !g.value(r, DIEM).isBlank();
    n.naAllowed = yesNo(g, r, CHO_PHEP_KAD);
    n.target = number(g, r, TY_LE_MUC_TIEU, msg.get("xlsx.label.target"));
    n.threshold = number(g, r, TY_LE_NGUONG, msg.get("xlsx.label.threshold"));
    return n;
  }

  private boolean blankRow(Grid g, int r) {
    for (int c : g.columns.values()) {
      if (!g.value(r, c).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The template's rules on the cells they concern; {@code info} is null when the sheet is missing.
   */
  private void checks(ChecklistTemplate t, Grid info, Grid rows, List<Integer> sheetRows) {
    for (TemplateProblem p : new TemplateChecks().check(t, pos -> rowName(sheetRows.get(pos)))) {
      if (p.position() == TemplateProblem.HEADER) {
        String key = INFO_FIELD.get(p.field());
        if (key != null) {
          // Without the thong_tin sheet its fields are all missing; the sheet is named already.
          if (info != null && !info.missing.contains(key)) {
            problemOnce(info, 1, info.column(key), p.message());
          }
        } else {
          // Whole-template problems (no area, a total of 0) belong to the criteria sheet.
          problemOnce(rows, 1, 0, p.message());
        }
        continue;
      }
      String key = CRITERIA_FIELD.get(p.field());
      if (key != null && !rows.missing.contains(key)) {
        problemOnce(rows, sheetRows.get(p.position()), rows.column(key), p.message());
      }
    }
  }

  /** A text cell's value; numbers read as written ("2026"); a date is refused by name. */
  private String text(Grid g, int r, String key) {
    CellValue v = g.value(r, key);
    return switch (v.kind()) {
      case BLANK -> null;
      case TEXT, NUMBER, BOOLEAN -> v.text();
      case DATE -> {
        problem(g, r, g.column(key), msg.get("xlsx.dateInText", v.date().format(SHOWN_DATE)));
        yield null;
      }
      case ERROR -> {
        problem(g, r, g.column(key), msg.get("xlsx.formulaError", v.text()));
        yield null;
      }
    };
  }

  /** A number cell, or text with a decimal comma ("1,5"); anything else is named as such. */
  private BigDecimal number(Grid g, int r, String key, String label) {
    CellValue v = g.value(r, key);
    switch (v.kind()) {
      case BLANK:
        return null;
      case NUMBER:
        return v.number();
      case DATE:
        problem(
            g, r, g.column(key), msg.get("xlsx.dateInNumber", label, v.date().format(SHOWN_DATE)));
        return null;
      case ERROR:
        problem(g, r, g.column(key), msg.get("xlsx.formulaError", v.text()));
        return null;
      default:
        String s = v.text().replace(" ", "").replace("\u00a0", "");
        try {
          return VietnameseNumbers.parseDecimal(s);
        } catch (NumberFormatException e) {
          if (DOT_DECIMAL.matcher(s).matches()) {
            return new BigDecimal(s);
          }
          problem(g, r, g.column(key), msg.get("xlsx.notNumber", label, v.text()));
          return null;
        }
    }
  }

  private boolean yesNo(Grid g, int r, String key) {
    CellValue v = g.value(r, key);
    if (v.isBlank()) {
      return false;
    }
    String s =
        v.kind() == CellValue.Kind.TEXT
            ? SearchKey.of(v.text())
            : v.text().toLowerCase(Locale.ROOT);
    switch (s) {
      case "co", "x", "1", "true", "yes":
        return true;
      case "khong", "0", "false", "no":
        return false;
      default:
        problem(g, r, g.column(key), msg.get("xlsx.badYesNo", v.text() == null ? "" : v.text()));
        return false;
    }
  }

  private String rowName(int sheetRow) {
    return msg.get("service.row", sheetRow + 1);
  }

  private void problemOnce(Grid g, int row, int column, String message) {
    if (!cellsWithProblems.contains(ref(g, row, column))) {
      problem(g, row, column, message);
    }
  }

  private void problem(Grid g, int row, int column, String message) {
    String ref = ref(g, row, column);
    cellsWithProblems.add(ref);
    problems.add(new Located(g.order, row, column, ref, message));
  }

  private static String ref(Grid g, int row, int column) {
    return g.name
        + "!"
        + new CellReference(row, Math.max(column, 0), false, false).formatAsString();
  }
}
