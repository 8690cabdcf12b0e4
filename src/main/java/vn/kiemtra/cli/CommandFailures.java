package vn.kiemtra.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * What the user sees and what the log keeps when a command fails: the user gets one Vietnamese line
 * (and, for an unexpected failure, a short code such as {@code E-7F3A}); the log gets the same
 * line, the code and the stack trace.
 */
final class CommandFailures {
  static final int REFUSED = 1;
  static final int BAD_PARAMETERS = 2;
  static final int UNEXPECTED = 3;

  private static final Logger LOG = LoggerFactory.getLogger("vn.kiemtra.cli");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Messages messages = Messages.of("messages");
  private final Messages own = Messages.of("commandline");
  private final Supplier<Path> logFile;

  CommandFailures(Supplier<Path> logFile) {
    this.logFile = logFile;
  }

  IParameterExceptionHandler parameters() {
    return (ex, args) -> {
      String command = ex.getCommandLine().getCommandSpec().qualifiedName();
      String line = own.get("param.line", ParameterErrors.describe(ex, own), command);
      LOG.warn("command line refused: {} [{}]", line, String.join(" ", args), ex);
      PrintWriter err = ex.getCommandLine().getErr();
      err.println(line);
      return BAD_PARAMETERS;
    };
  }

  IExecutionExceptionHandler execution() {
    return (ex, cmd, parsed) -> {
      String command = cmd.getCommandSpec().qualifiedName();
      PrintWriter err = cmd.getErr();
      if (ex instanceof DomainException) {
        String line = messages.get("error.prefix", oneLine(ex.getMessage()));
        LOG.warn("'{}' refused: {}", command, line, ex);
        err.println(line);
        return REFUSED;
      }
      String code = newCode();
      LOG.error("{} '{}' failed unexpectedly", code, command, ex);
      Path log = logFile.get();
      err.println(
          log == null
              ? own.get("error.unexpected", code)
              : own.get("error.unexpectedLog", code, log));
      if (System.getenv("KIEMTRA_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      return UNEXPECTED;
    };
  }

  /** A short code for support ("E-7F3A"), also written in the log line. */
  static String newCode() {
    byte[] bytes = new byte[2];
    RANDOM.nextBytes(bytes);
    return "E-" + HexFormat.of().withUpperCase().formatHex(bytes);
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ");
  }
}
