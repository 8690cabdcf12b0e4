package vn.kiemtra.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Checklist workbooks written cell by cell as an office would in Excel: text, numbers, formulas
 * (with their cached value, as Excel saves them), date cells and merged cells.
 */
public final class Workbooks {
  /** A formula cell; Excel stores its computed value beside it. */
  public record Formula(String formula) {}

  /** A cell Excel turned into a date. */
  public record DateCell(LocalDate date) {}

  private record Merge(String sheet, String range) {}

  private final List<Object[]> sheets = new ArrayList<>();
  private final List<Merge> merges = new ArrayList<>();

  public static Workbooks create() {
    return new Workbooks();
  }

  /** A sheet with rows of cells: String, Number, Formula, DateCell or null (no cell). */
  public Workbooks sheet(String name, Object[]... rows) {
    sheets.add(new Object[] {name, rows});
    return this;
  }

  public Workbooks merge(String sheet, String range) {
    merges.add(new Merge(sheet, range));
    return this;
  }

  public byte[] bytes() {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("d/m/yyyy"));
      for (Object[] s : sheets) {
        Sheet sheet = book.createSheet((String) s[0]);
        Object[][] rows = (Object[][]) s[1];
        for (int r = 0; r < rows.length; r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < rows[r].length; c++) {
            Object v = rows[r][c];
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof String text) {
              cell.setCellValue(text);
            } else if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (v instanceof Formula f) {
              cell.setCellFormula(f.formula());
            } else if (v instanceof DateCell d) {
              cell.setCellValue(d.date());
              cell.setCellStyle(date);
            }
          }
        }
      }
      for (Merge m : merges) {
        book.getSheet(m.sheet()).addMergedRegion(CellRangeAddress.valueOf(m.range()));
      }
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every non-empty cell as "sheet!A1=value", in order: what a round trip must keep. */
  public static List<String> cells(byte[] workbook) {
    List<String> out = new ArrayList<>();
    DataFormatter shown = new DataFormatter();
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            String v =
                cell.getCellType()
                    + ":"
                    + (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? Double.toString(cell.getNumericCellValue())
                        : shown.formatCellValue(cell));
            out.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + v);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
