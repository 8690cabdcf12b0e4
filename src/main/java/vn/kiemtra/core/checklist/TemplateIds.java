package vn.kiemtra.core.checklist;

import java.util.UUID;
import vn.kiemtra.core.shared.Ids;

/**
 * The identity of a template version, derived from its code and version: two offices that import
 * the same workbook hold the same template, and sync sees one row.
 */
public final class TemplateIds {
  private TemplateIds() {}

  public static UUID of(TemplateRef ref) {
    return Ids.derived(new UUID(0, 0), "template", ref.code() + "/" + ref.version());
  }
}
