package vn.kiemtra.cli;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line to a consumer as soon as its line break is written. */
final class LineSink extends Writer {
  private final StringBuilder line = new StringBuilder();
  private final Consumer<String> consumer;

  LineSink(Consumer<String> consumer) {
    this.consumer = consumer;
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = buffer[i];
      if (c == '\n') {
        String done = line.toString();
        line.setLength(0);
        consumer.accept(done.endsWith("\r") ? done.substring(0, done.length() - 1) : done);
      } else {
        line.append(c);
      }
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
