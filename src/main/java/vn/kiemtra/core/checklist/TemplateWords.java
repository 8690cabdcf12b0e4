package vn.kiemtra.core.checklist;

import java.math.BigDecimal;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.VietnameseNumbers;

/** How templates' values read in Vietnamese: points, answer types, levels and statuses. */
public final class TemplateWords {
  private TemplateWords() {}

  /** Points as a clerk writes them: "1,5", "80". */
  public static String points(BigDecimal value) {
    return value == null ? "" : VietnameseNumbers.formatDecimal(value, 3);
  }

  public static String type(AnswerType type) {
    return type == null ? "" : Messages.of("templates").get("type." + type.name());
  }

  public static String level(TemplateLevel level) {
    return Messages.of("templates").get("level." + level.name());
  }

  public static String status(TemplateStatus status) {
    return Messages.of("templates").get("status." + status.name());
  }
}
