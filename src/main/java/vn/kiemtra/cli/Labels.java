package vn.kiemtra.cli;

import java.math.BigDecimal;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.VietnameseNumbers;

/** Display forms shared by the commands: statuses and points the Vietnamese way. */
final class Labels {
  private Labels() {}

  static String status(Messages m, InspectionStatus s) {
    return m.get("status." + s.name());
  }

  /** "1,5", "100", "88,25". */
  static String points(BigDecimal v) {
    return VietnameseNumbers.formatDecimal(v, 2);
  }
}
