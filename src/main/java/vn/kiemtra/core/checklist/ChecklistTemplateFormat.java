package vn.kiemtra.core.checklist;

import java.io.InputStream;

/** Reads a checklist template from its data file. */
public interface ChecklistTemplateFormat {
  ChecklistTemplate read(InputStream in);
}
