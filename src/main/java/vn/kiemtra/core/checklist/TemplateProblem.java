package vn.kiemtra.core.checklist;

/**
 * One broken rule of a template.
 *
 * @param position the row in {@link TemplateOutline#rows} order, or {@link #HEADER} for the
 *     template's own fields
 * @param field the field that is wrong
 * @param message one Vietnamese sentence: what is wrong and how to fix it
 * @param blocksSave whether a draft with this problem cannot be stored at all (no code, a repeated
 *     code, no type or points); other problems only stop publishing
 */
public record TemplateProblem(
    int position, TemplateField field, String message, boolean blocksSave) {
  /** The position of the template's own fields (code, version, name…). */
  public static final int HEADER = -1;
}
