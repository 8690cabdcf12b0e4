package vn.kiemtra;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.util.function.Supplier;

/**
 * An appender that builds the real one (its pattern layout, the rolling file) at the first event: a
 * short command that logs nothing does not pay for setting them up at start-up.
 */
final class DeferredAppender extends AppenderBase<ILoggingEvent> {
  private final Supplier<Appender<ILoggingEvent>> factory;
  private Appender<ILoggingEvent> delegate;

  DeferredAppender(String name, Supplier<Appender<ILoggingEvent>> factory) {
    this.factory = factory;
    setName(name);
  }

  /** Called under the base class's lock, so the real appender is built once. */
  @Override
  protected void append(ILoggingEvent event) {
    if (delegate == null) {
      delegate = factory.get();
    }
    delegate.doAppend(event);
  }

  @Override
  public synchronized void stop() {
    super.stop();
    if (delegate != null) {
      delegate.stop();
      delegate = null;
    }
  }
}
