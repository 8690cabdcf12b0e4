package vn.kiemtra;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * Logback's configuration until {@link AppLogging} starts the log file (and in tests): warnings
 * only, on standard error, one line each without the exception's trace (a command whose log folder
 * cannot be made must not show the user a stack trace; {@code KIEMTRA_DEBUG} shows them). Set in
 * code and found through {@code META-INF/services}, so no XML parser is loaded at start-up (reading
 * a {@code logback.xml} cost a cold command about 200 ms); the appender itself is built at the
 * first warning.
 */
public final class StartupLogConfigurator extends ContextAwareBase implements Configurator {
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    context.getStatusManager().add(new NopStatusListener());
    DeferredAppender stderr =
        new DeferredAppender(
            "STDERR",
            () ->
                AppLogging.consoleAppender(
                    context, "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n%nopex"));
    stderr.setContext(context);
    stderr.start();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
