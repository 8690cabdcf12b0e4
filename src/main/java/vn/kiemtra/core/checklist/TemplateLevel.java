package vn.kiemtra.core.checklist;

import java.util.Arrays;
import java.util.Optional;
import vn.kiemtra.core.text.SearchKey;

/** The kind of unit a template is meant for (cấp): sở, xã/phường, or another. */
public enum TemplateLevel {
  /** Sở, ban, ngành. */
  SO,
  /** Xã, phường, đặc khu. */
  XA,
  /** Any other level. */
  KHAC;

  /**
   * The level a person wrote: "SO", "sở", "xa", "Xã", "khác"… (accents and case ignored); empty
   * when the text names none.
   */
  public static Optional<TemplateLevel> parse(String text) {
    String key = SearchKey.of(text).toUpperCase(java.util.Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.name().equals(key)).findFirst();
  }
}
