package vn.kiemtra.core.shared;

import java.math.BigDecimal;

/** One canonical form for decimal values, so 2.5 read from JSON equals 2.500 read from H2. */
public final class Decimals {
  private Decimals() {}

  /** Without trailing zeros and never in exponent form (100, not 1E+2); null stays null. */
  public static BigDecimal normal(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
