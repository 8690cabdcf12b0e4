package vn.kiemtra.core.settings;

import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.text.VietnameseText;

/** Reads and writes {@link AppSettings} as key/value pairs of the {@link SettingsRepository}. */
public final class AppSettingsService {
  static final String DEVICE_NAME = "device.name";
  static final String GOVERNING_BODY = "header.governingBody";
  static final String ISSUING_BODY = "header.issuingBody";
  static final String DOCUMENT_SYMBOL = "header.documentSymbol";
  static final String PLACE_NAME = "header.placeName";
  static final String LANGUAGE = "ui.language";

  private final SettingsRepository repository;

  public AppSettingsService(SettingsRepository repository) {
    this.repository = repository;
  }

  public AppSettings load() {
    return new AppSettings(
        get(DEVICE_NAME),
        new Issuer(get(GOVERNING_BODY), get(ISSUING_BODY), get(DOCUMENT_SYMBOL), get(PLACE_NAME)),
        get(LANGUAGE));
  }

  /** Stores every value, cleaned to NFC; blank values are stored as empty. */
  public void save(AppSettings settings) {
    put(DEVICE_NAME, settings.deviceName());
    Issuer issuer = settings.defaultIssuer();
    put(GOVERNING_BODY, issuer.governingBody());
    put(ISSUING_BODY, issuer.issuingBody());
    put(DOCUMENT_SYMBOL, issuer.documentSymbol());
    put(PLACE_NAME, issuer.placeName());
    put(LANGUAGE, settings.language());
  }

  private String get(String key) {
    return repository.get(key).map(VietnameseText::clean).orElse(null);
  }

  private void put(String key, String value) {
    String clean = VietnameseText.clean(value);
    repository.put(key, clean == null ? "" : clean);
  }
}
