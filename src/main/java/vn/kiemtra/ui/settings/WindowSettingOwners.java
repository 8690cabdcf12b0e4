package vn.kiemtra.ui.settings;

import java.util.prefs.Preferences;
import vn.kiemtra.core.settings.AppSettings;
import vn.kiemtra.core.settings.SettingOwners;
import vn.kiemtra.core.sync.SyncService;

/**
 * The window's owners of the device name (the sync device card) and the language (this user's
 * preferences, read at start-up before the database opens).
 */
public final class WindowSettingOwners implements SettingOwners {
  private final SyncService sync;
  private final Preferences preferences;

  public WindowSettingOwners(SyncService sync, Preferences preferences) {
    this.sync = sync;
    this.preferences = preferences;
  }

  @Override
  public String deviceName() {
    return sync.thisDevice().name();
  }

  @Override
  public void renameDevice(String name) {
    sync.renameDevice(name);
  }

  @Override
  public String language() {
    String tag = preferences.get(SettingsView.LANGUAGE_PREFERENCE, "vi-VN");
    return tag.startsWith(AppSettings.ENGLISH) ? AppSettings.ENGLISH : AppSettings.VIETNAMESE;
  }

  @Override
  public void setLanguage(String code) {
    preferences.put(SettingsView.LANGUAGE_PREFERENCE, code);
  }
}
