package vn.kiemtra.core.checklist;

import java.util.List;

/** A template read from a file, with the warnings the file gave (an unknown column, say). */
public record ReadTemplate(ChecklistTemplate template, List<String> warnings) {
  public ReadTemplate {
    warnings = List.copyOf(warnings);
  }
}
