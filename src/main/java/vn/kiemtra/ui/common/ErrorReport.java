package vn.kiemtra.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One error shown to the user: the Vietnamese sentence, a short code ({@code E-} and four hex
 * digits) that support can find in the log, and the details (code, message, stack trace) that "Sao
 * chép chi tiết" copies. Making a report writes it to the log.
 */
public record ErrorReport(String code, String message, Throwable error) {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorReport.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Makes the report of an error and logs it with its code and stack trace. */
  public static ErrorReport of(Throwable error) {
    ErrorReport report = new ErrorReport(newCode(), Dialogs.message(error), error);
    LOG.error("{} {}", report.code(), report.message(), error);
    return report;
  }

  static String newCode() {
    byte[] two = new byte[2];
    RANDOM.nextBytes(two);
    return "E-" + HexFormat.of().withUpperCase().formatHex(two);
  }

  /** What "Sao chép chi tiết" puts on the clipboard. */
  public String details() {
    StringWriter trace = new StringWriter();
    if (error != null) {
      error.printStackTrace(new PrintWriter(trace));
    }
    return code + System.lineSeparator() + message + System.lineSeparator() + trace;
  }
}
