package vn.kiemtra.core.backup;

import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * A safety net for tests of signing: a journal that cannot be written fails the test (the failure
 * is thrown), and each backup asked for at a signing is handed to {@code onSigned}.
 */
final class SigningNet implements SafetyNet {
  private final BiConsumer<UUID, String> onSigned;

  SigningNet(BiConsumer<UUID, String> onSigned) {
    this.onSigned = onSigned;
  }

  @Override
  public void journalWritten() {}

  @Override
  public void journalFailed(RuntimeException cause) {
    throw cause;
  }

  @Override
  public void minutesSigned(UUID inspectionId, String title) {
    onSigned.accept(inspectionId, title);
  }
}
