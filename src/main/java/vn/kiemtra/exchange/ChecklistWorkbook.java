package vn.kiemtra.exchange;

import java.io.InputStream;
import java.io.OutputStream;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.ReadTemplate;
import vn.kiemtra.core.checklist.TemplateFileFormat;

/**
 * The checklist workbook ({@code kiemtra/checklist} XLSX v1, docs/templates.md) read and written
 * with Apache POI (ADR 0008).
 */
public final class ChecklistWorkbook implements TemplateFileFormat {
  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public ChecklistTemplate read(InputStream in) {
    return readWithWarnings(in).template();
  }

  @Override
  public ReadTemplate readWithWarnings(InputStream in) {
    return new WorkbookReader().read(in);
  }

  @Override
  public void write(ChecklistTemplate template, OutputStream out) {
    new WorkbookWriter().write(template, out);
  }
}
