package vn.kiemtra.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from src/test/resources/fixtures. */
public final class Fixtures {
  public static final String SEED_ID = "3b0f8a52-6a3e-4c1e-9d7a-2c5e1f0b9a14";

  private Fixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  public static String seed() {
    return text("seed-inspection.json");
  }

  /** The inspection of a fixture file, read as an import reads it (strictly). */
  public static vn.kiemtra.core.inspection.Inspection inspection(
      vn.kiemtra.core.Services services, String name) {
    return services
        .documentFormat()
        .read(new java.io.ByteArrayInputStream(bytes(name)), true)
        .inspection();
  }
}
