package vn.kiemtra.core.settings;

import java.util.Locale;
import vn.kiemtra.core.inspection.Issuer;

/**
 * The installation's preferences shown in the settings screen: device name, the default header of
 * new inspections and the language of the window.
 */
public record AppSettings(String deviceName, Issuer defaultIssuer, String language) {
  public static final String VIETNAMESE = "vi";
  public static final String ENGLISH = "en";

  public AppSettings {
    defaultIssuer = defaultIssuer == null ? Issuer.blank() : defaultIssuer;
    language = ENGLISH.equals(language) ? ENGLISH : VIETNAMESE;
  }

  public static AppSettings defaults() {
    return new AppSettings(null, Issuer.blank(), VIETNAMESE);
  }

  public Locale locale() {
    return ENGLISH.equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
  }
}
