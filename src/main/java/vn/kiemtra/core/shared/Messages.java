package vn.kiemtra.core.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible text from the resource bundles in {@code vn/kiemtra/i18n/} (Vietnamese default,
 * English as {@code _en}). Each area has its own bundle: {@code messages} (core and commands),
 * {@code ui}, {@code report}, {@code sync}.
 */
public final class Messages {
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  private static volatile Locale current = VIETNAMESE;

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(String name, Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "vn.kiemtra.i18n." + name,
            locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The named bundle in the language the user chose (Vietnamese unless set to English). */
  public static Messages of(String name) {
    return new Messages(name, current);
  }

  public static Messages of(String name, Locale locale) {
    return new Messages(name, locale);
  }

  /** Chooses the language for bundles obtained from now on. */
  public static void useLocale(Locale locale) {
    current = locale == null ? VIETNAMESE : locale;
  }

  public static Locale currentLocale() {
    return current;
  }

  public Locale locale() {
    return locale;
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  /** The text for the key, with {0}, {1}… filled in; a missing key shows as !key!. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
    if (args.length == 0) {
      return pattern;
    }
    MessageFormat format = new MessageFormat(pattern.replace("'", "''"), locale);
    return format.format(args);
  }
}
