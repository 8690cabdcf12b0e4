package vn.kiemtra.core.settings;

/**
 * The owners of the settings that the settings screen shows but does not store itself, so each
 * setting has exactly one place: the device name belongs to this device's sync card (checked, NFC,
 * carried in every package) and the language to this computer user's preferences (needed before any
 * database is open).
 */
public interface SettingOwners {
  String deviceName();

  /** Renames this device; refuses a blank name with a message. */
  void renameDevice(String name);

  /** "vi" or "en". */
  String language();

  void setLanguage(String code);
}
