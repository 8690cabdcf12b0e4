package vn.kiemtra.core.inspection;

import java.util.List;

/** An inspection read from an exchange document, with the warnings the reader raised. */
public record ParsedInspection(Inspection inspection, List<String> warnings) {
  public ParsedInspection {
    warnings = List.copyOf(warnings);
  }
}
