package vn.kiemtra.core.settings;

import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Reads and writes {@link AppSettings}: the default header as key/value pairs of the {@link
 * SettingsRepository}, the device name and the language through their one owner each ({@link
 * SettingOwners}).
 */
public final class AppSettingsService {
  static final String GOVERNING_BODY = "header.governingBody";
  static final String ISSUING_BODY = "header.issuingBody";
  static final String DOCUMENT_SYMBOL = "header.documentSymbol";
  static final String PLACE_NAME = "header.placeName";

  private final SettingsRepository repository;
  private final SettingOwners owners;

  public AppSettingsService(SettingsRepository repository, SettingOwners owners) {
    this.repository = repository;
    this.owners = owners;
  }

  public AppSettings load() {
    return new AppSettings(owners.deviceName(), defaultIssuer(repository), owners.language());
  }

  /** The default header of new inspections. */
  public static Issuer defaultIssuer(SettingsRepository repository) {
    return new Issuer(
        get(repository, GOVERNING_BODY),
        get(repository, ISSUING_BODY),
        get(repository, DOCUMENT_SYMBOL),
        get(repository, PLACE_NAME));
  }

  /**
   * Stores every value, cleaned to NFC; blank header values are stored as empty. The device is
   * renamed first, so a blank name is refused before anything changes.
   */
  public void save(AppSettings settings) {
    if (!java.util.Objects.equals(
        VietnameseText.clean(settings.deviceName()), VietnameseText.clean(owners.deviceName()))) {
      owners.renameDevice(settings.deviceName());
    }
    Issuer issuer = settings.defaultIssuer();
    put(GOVERNING_BODY, issuer.governingBody());
    put(ISSUING_BODY, issuer.issuingBody());
    put(DOCUMENT_SYMBOL, issuer.documentSymbol());
    put(PLACE_NAME, issuer.placeName());
    owners.setLanguage(settings.language());
  }

  private static String get(SettingsRepository repository, String key) {
    return repository.get(key).map(VietnameseText::clean).orElse(null);
  }

  private void put(String key, String value) {
    String clean = VietnameseText.clean(value);
    repository.put(key, clean == null ? "" : clean);
  }
}
