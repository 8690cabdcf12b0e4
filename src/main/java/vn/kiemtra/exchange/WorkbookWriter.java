package vn.kiemtra.exchange;

import static vn.kiemtra.exchange.WorkbookLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.shared.Messages;

/**
 * Writes a template as a checklist workbook: {@code thong_tin}, {@code tieu_chi} and the
 * instructions sheet {@code huong_dan}, with drop-down lists, frozen header rows and column widths
 * that fit. Reading the file back gives the same template.
 */
final class WorkbookWriter {
  /** Rows that carry drop-down lists beyond the last written one, for the office's additions. */
  private static final int LIST_ROWS = 2000;

  private static final int MAX_WIDTH = 70;
  private final Messages msg = Messages.of("templates");

  void write(ChecklistTemplate t, OutputStream out) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Styles styles = new Styles(book);
      info(book.createSheet(INFO), t, styles);
      criteria(book.createSheet(CRITERIA), t, styles);
      guide(book.createSheet(GUIDE), styles);
      book.setActiveSheet(1);
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle area;
    final CellStyle number;
    final Map<Integer, CellStyle> indented = new HashMap<>();
    final XSSFWorkbook book;

    Styles(XSSFWorkbook book) {
      this.book = book;
      Font bold = book.createFont();
      bold.setBold(true);
      header = book.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      text = book.createCellStyle();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      area = book.createCellStyle();
      area.setFont(bold);
      area.setWrapText(true);
      area.setVerticalAlignment(VerticalAlignment.TOP);
      number = book.createCellStyle();
      number.setVerticalAlignment(VerticalAlignment.TOP);
      number.setDataFormat(book.createDataFormat().getFormat("0.###"));
    }

    CellStyle indented(int level) {
      return indented.computeIfAbsent(
          level,
          l -> {
            CellStyle s = book.createCellStyle();
            s.cloneStyleFrom(text);
            s.setIndention((short) (2 * l));
            return s;
          });
    }
  }

  private void info(Sheet sheet, ChecklistTemplate t, Styles styles) {
    header(sheet, INFO_COLUMNS, styles);
    Row row = sheet.createRow(1);
    text(row, 0, t.code(), styles.text);
    text(row, 1, t.version(), styles.text);
    text(row, 2, t.name(), styles.text);
    text(row, 3, t.level().name(), styles.text);
    text(
        row,
        4,
        t.notApplicablePolicy() == NotApplicablePolicy.FULL_SCORE
            ? "TINH_DU_DIEM"
            : "LOAI_KHOI_DIEM",
        styles.text);
    number(row, 5, t.partialFactor(), styles.number);
    text(row, 6, t.legalBasis(), styles.text);
    list(sheet, 1, 1, 3, "SO", "XA", "KHAC");
    list(sheet, 1, 1, 4, "LOAI_KHOI_DIEM", "TINH_DU_DIEM");
    fit(sheet, INFO_COLUMNS.size());
  }

  private void criteria(Sheet sheet, ChecklistTemplate t, Styles styles) {
    header(sheet, CRITERIA_COLUMNS, styles);
    int r = 1;
    for (ChecklistArea a : t.areas()) {
      Row row = sheet.createRow(r++);
      text(row, 0, a.code(), styles.area);
      text(row, 2, a.name(), styles.area);
      for (Criterion c : a.criteria()) {
        r = criterion(sheet, r, a, c, 0, styles);
      }
    }
    int last = Math.max(r, 1) + LIST_ROWS;
    list(
        sheet,
        1,
        last,
        CRITERIA_COLUMNS.indexOf(KIEU),
        java.util.Arrays.stream(AnswerType.values()).map(Enum::name).toArray(String[]::new));
    list(sheet, 1, last, CRITERIA_COLUMNS.indexOf(CHO_PHEP_KAD), "có", "không");
    fit(sheet, CRITERIA_COLUMNS.size());
  }

  private int criterion(Sheet sheet, int r, ChecklistArea a, Criterion c, int depth, Styles s) {
    Row row = sheet.createRow(r);
    text(row, 0, a.code(), s.text);
    text(row, 1, c.code(), s.text);
    text(row, 2, c.text(), depth == 0 ? s.text : s.indented(depth));
    text(row, 3, c.guidance(), s.text);
    text(row, 4, c.answerType().name(), s.text);
    text(row, 5, String.join(" ", c.facts().stream().sorted().map(Enum::name).toList()), s.text);
    number(row, 6, c.maxScore(), s.number);
    text(row, 7, c.notApplicableAllowed() ? "có" : "không", s.text);
    number(row, 8, c.ratioTarget(), s.number);
    number(row, 9, c.ratioThreshold(), s.number);
    int next = r + 1;
    for (Criterion sub : c.subCriteria()) {
      next = criterion(sheet, next, a, sub, depth + 1, s);
    }
    return next;
  }

  private void guide(Sheet sheet, Styles styles) {
    int r = 0;
    Row title = sheet.createRow(r++);
    text(title, 0, msg.get("guide.title"), styles.area);
    for (String key : List.of("guide.intro1", "guide.intro2", "guide.intro3", "guide.intro4")) {
      text(sheet.createRow(r++), 0, msg.get(key), styles.text);
    }
    r++;
    Row head = sheet.createRow(r++);
    text(head, 0, msg.get("guide.col.sheet"), styles.header);
    text(head, 1, msg.get("guide.col.column"), styles.header);
    text(head, 2, msg.get("guide.col.meaning"), styles.header);
    for (String key : INFO_COLUMNS) {
      r = guideRow(sheet, r, INFO, key, styles);
    }
    for (String key : CRITERIA_COLUMNS) {
      r = guideRow(sheet, r, CRITERIA, key, styles);
    }
    sheet.setColumnWidth(0, 14 * 256);
    sheet.setColumnWidth(1, 18 * 256);
    sheet.setColumnWidth(2, 100 * 256);
  }

  private int guideRow(Sheet sheet, int r, String sheetName, String key, Styles styles) {
    Row row = sheet.createRow(r);
    text(row, 0, sheetName, styles.text);
    text(row, 1, key, styles.text);
    text(row, 2, msg.get("guide." + sheetName + "." + key), styles.text);
    return r + 1;
  }

  private static void header(Sheet sheet, List<String> keys, Styles styles) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < keys.size(); c++) {
      text(row, c, keys.get(c), styles.header);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    if (value == null || value.isEmpty()) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void number(Row row, int column, BigDecimal value, CellStyle style) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value.doubleValue());
    cell.setCellStyle(style);
  }

  private static void list(Sheet sheet, int firstRow, int lastRow, int column, String... values) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation v =
        helper.createValidation(
            helper.createExplicitListConstraint(values),
            new CellRangeAddressList(firstRow, lastRow, column, column));
    v.setSuppressDropDownArrow(true);
    v.setShowErrorBox(true);
    sheet.addValidationData(v);
  }

  /** Column widths from the longest line in each column, within a readable maximum. */
  private static void fit(Sheet sheet, int columns) {
    int[] widths = new int[columns];
    for (Row row : sheet) {
      for (Cell cell : row) {
        int c = cell.getColumnIndex();
        if (c < columns) {
          String shown =
              switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> Double.toString(cell.getNumericCellValue());
                default -> "";
              };
          for (String line : shown.split("\n")) {
            widths[c] = Math.max(widths[c], line.length());
          }
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, Math.min(Math.max(widths[c] + 2, 8), MAX_WIDTH) * 256);
    }
  }
}
