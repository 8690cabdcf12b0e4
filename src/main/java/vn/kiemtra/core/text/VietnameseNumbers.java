package vn.kiemtra.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Vietnamese number conventions: "." groups thousands and "," separates decimals, so "11.300" is
 * eleven thousand three hundred and never 11.3. Formats counts, decimals and percentages, and
 * parses what inspectors type.
 */
public final class VietnameseNumbers {

  /** Digits only, or 1–3 digits followed by groups of "." and exactly three digits. */
  private static final String INTEGER_PART = "(?:[0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)";

  private static final Pattern COUNT = Pattern.compile(INTEGER_PART);

  private static final Pattern DECIMAL = Pattern.compile(INTEGER_PART + "(?:,[0-9]+)?");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private VietnameseNumbers() {}

  /**
   * Formats a whole number with "." as the thousands separator.
   *
   * @param n the number
   * @return for example "0", "11.300", "1.234.567" or "-2.500"
   */
  public static String format(long n) {
    String digits = Long.toString(n);
    if (n < 0) {
      return "-" + group(digits.substring(1));
    }
    return group(digits);
  }

  /**
   * Formats a decimal with "." grouping and "," before the fraction, rounded half-up to at most
   * {@code maxFractionDigits} digits and without trailing zeros.
   *
   * @param value the value
   * @param maxFractionDigits the most fraction digits to show, at least 0
   * @return for example "1.234.567,89", "1,5" for 1.50 or "2" for 2.00
   * @throws IllegalArgumentException if {@code maxFractionDigits} is negative
   */
  public static String formatDecimal(BigDecimal value, int maxFractionDigits) {
    Objects.requireNonNull(value, "value");
    if (maxFractionDigits < 0) {
      throw new IllegalArgumentException("maxFractionDigits must be >= 0: " + maxFractionDigits);
    }
    BigDecimal rounded = value.setScale(maxFractionDigits, RoundingMode.HALF_UP);
    BigDecimal stripped = rounded.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return formatPlain(stripped);
  }

  /**
   * Formats the ratio of two counts as a percentage with exactly two fraction digits, rounded
   * half-up, and no space before "%".
   *
   * @param numerator the part, for example on-time files
   * @param denominator the whole, not 0
   * @return for example "96,31%", "33,33%" or "100,00%"
   * @throws IllegalArgumentException if {@code denominator} is 0
   */
  public static String percent(long numerator, long denominator) {
    if (denominator == 0) {
      throw new IllegalArgumentException(
          "Không tính được tỷ lệ phần trăm khi mẫu số bằng 0 (tử số " + numerator + ")");
    }
    BigDecimal ratio =
        BigDecimal.valueOf(numerator)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    return formatPlain(ratio) + "%";
  }

  /**
   * Zero-pads a count to at least two digits, as administrative prose writes "02 bản".
   *
   * @param n a count, at least 0
   * @return for example "02", "10" or "120"
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static String twoDigits(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("twoDigits needs a number >= 0: " + n);
    }
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /**
   * Parses a non-negative whole number as inspectors type it: plain digits ("11300") or digits
   * grouped by "." in threes ("11.300", "1.234.567"); surrounding white space is ignored.
   *
   * @param text the typed text
   * @return the number
   * @throws NumberFormatException with a Vietnamese message naming the value for anything else,
   *     such as "11.3", "11,300", "-5", "" or "1.2345"
   */
  public static long parseCount(String text) {
    String cleaned = VietnameseText.clean(text);
    if (cleaned == null || !COUNT.matcher(cleaned).matches()) {
      throw new NumberFormatException(
          quote(text)
              + " không phải là số nguyên hợp lệ; nhập chữ số, có thể dùng dấu chấm phân cách"
              + " hàng nghìn như 11.300");
    }
    try {
      return Long.parseLong(cleaned.replace(".", ""));
    } catch (NumberFormatException e) {
      throw new NumberFormatException(quote(text) + " là số quá lớn");
    }
  }

  /**
   * Parses a non-negative decimal with Vietnamese separators: "." between thousands groups of
   * exactly three digits, "," before the fraction ("1.234,5", "96,31", "12"); surrounding white
   * space is ignored. The scale of the result follows the typed fraction digits.
   *
   * @param text the typed text
   * @return the value
   * @throws NumberFormatException with a Vietnamese message naming the value for anything else,
   *     such as "1.5", "1,234.5", "-1" or ""
   */
  public static BigDecimal parseDecimal(String text) {
    String cleaned = VietnameseText.clean(text);
    if (cleaned == null || !DECIMAL.matcher(cleaned).matches()) {
      throw new NumberFormatException(
          quote(text)
              + " không phải là số thập phân hợp lệ; nhập chữ số, dùng dấu phẩy trước phần thập"
              + " phân và có thể dùng dấu chấm phân cách hàng nghìn như 1.234,5");
    }
    return new BigDecimal(cleaned.replace(".", "").replace(',', '.'));
  }

  private static String formatPlain(BigDecimal value) {
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String integerPart = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
    String sign = value.signum() < 0 ? "-" : "";
    return sign + group(integerPart) + fraction;
  }

  private static String group(String digits) {
    int length = digits.length();
    StringBuilder out = new StringBuilder(length + length / 3);
    for (int i = 0; i < length; i++) {
      if (i > 0 && (length - i) % 3 == 0) {
        out.append('.');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  private static String quote(String text) {
    return "«" + (text == null ? "" : VietnameseText.nfc(text)) + "»";
  }

  /** A file size as Vietnamese readers write it: "512 byte", "28,2 KB", "1,5 MB", "2,1 GB". */
  public static String fileSize(long bytes) {
    if (bytes < 1024) {
      return format(bytes) + " byte";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double value = bytes / 1024.0;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return formatDecimal(BigDecimal.valueOf(value), 1) + " " + units[unit];
  }
}
