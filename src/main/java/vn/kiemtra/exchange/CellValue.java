package vn.kiemtra.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import vn.kiemtra.core.shared.Decimals;
import vn.kiemtra.core.text.VietnameseText;

/**
 * What one workbook cell holds as the checklist format reads it: formulas by their cached value,
 * text as trimmed NFC, numbers as decimals, and dates kept apart so they can be refused by name.
 */
record CellValue(Kind kind, String text, BigDecimal number, LocalDateTime date) {
  enum Kind {
    BLANK,
    TEXT,
    NUMBER,
    BOOLEAN,
    DATE,
    ERROR
  }

  static final CellValue BLANK = new CellValue(Kind.BLANK, null, null, null);

  /**
   * @param evaluator computes a formula whose file holds no cached value (files written by tools
   *     other than a spreadsheet program); the cached value is used whenever there is one
   */
  static CellValue of(Cell cell, FormulaEvaluator evaluator) {
    if (cell == null) {
      return BLANK;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
        try {
          type = evaluator.evaluateFormulaCell(cell);
        } catch (RuntimeException e) {
          return new CellValue(Kind.ERROR, "#VALUE!", null, null);
        }
      } else {
        type = cell.getCachedFormulaResultType();
      }
    }
    return switch (type) {
      case STRING -> {
        String s = VietnameseText.nfc(cell.getRichStringCellValue().getString()).strip();
        yield s.isEmpty() ? BLANK : new CellValue(Kind.TEXT, s, null, null);
      }
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          yield new CellValue(Kind.DATE, null, null, cell.getLocalDateTimeCellValue());
        }
        BigDecimal n =
            Decimals.normal(
                new BigDecimal(Double.toString(cell.getNumericCellValue()))
                    .setScale(9, RoundingMode.HALF_UP));
        yield new CellValue(Kind.NUMBER, n.toPlainString(), n, null);
      }
      case BOOLEAN ->
          new CellValue(Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, null);
      case ERROR ->
          new CellValue(
              Kind.ERROR, FormulaError.forInt(cell.getErrorCellValue()).getString(), null, null);
      default -> BLANK;
    };
  }

  boolean isBlank() {
    return kind == Kind.BLANK;
  }
}
