package vn.kiemtra.core.inspection;

import java.io.InputStream;
import java.io.OutputStream;
import vn.kiemtra.core.checklist.ChecklistTemplate;

/**
 * The inspection exchange document ({@code kiemtra/inspection} v1). Reading never returns a partial
 * inspection: any problem raises a {@link vn.kiemtra.core.shared.ValidationException} naming the
 * JSON path.
 */
public interface InspectionDocumentFormat {
  /**
   * Reads one document.
   *
   * @param strict unknown keys are errors instead of warnings
   */
  ParsedInspection read(InputStream in, boolean strict);

  /** Writes one document; answers and findings in the template's order. */
  void write(Inspection inspection, ChecklistTemplate template, OutputStream out);

  /**
   * Reads a document this application wrote of its own stored state (the edit journal): as {@link
   * #read} but an inspection still being filled in may have empty required texts (place, unit).
   */
  ParsedInspection readSaved(InputStream in);
}
