package vn.kiemtra.core.minutes;

import java.util.Optional;

/** Lays out minutes content in the Decree 30 format; implemented by the report adapter. */
public interface MinutesRenderer {
  RenderedMinutes render(MinutesContent content);

  /**
   * The verification code a PDF made by this renderer carries (metadata, else the footer text).
   *
   * @return empty when the file is not such a PDF or carries no code
   */
  Optional<String> verificationCodeIn(byte[] pdf);
}
