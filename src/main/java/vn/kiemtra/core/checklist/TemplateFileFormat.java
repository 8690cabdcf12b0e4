package vn.kiemtra.core.checklist;

import java.io.OutputStream;

/**
 * A file format offices exchange templates in (an Excel workbook, a JSON document). Reading reports
 * every problem of the file at once, each naming its place (a cell, a JSON path), as a {@link
 * vn.kiemtra.core.shared.ValidationException}; nothing is stored by reading.
 */
public interface TemplateFileFormat extends ChecklistTemplateFormat {
  /** The file name extension, lower case without the dot ("xlsx", "json"). */
  String extension();

  /** Reads a template and the warnings of its file; every problem at once as a refusal. */
  default ReadTemplate readWithWarnings(java.io.InputStream in) {
    return new ReadTemplate(read(in), java.util.List.of());
  }

  /** Writes the template so that reading it back gives the same template. */
  void write(ChecklistTemplate template, OutputStream out);
}
