package vn.kiemtra.core.settings;

import java.util.Optional;

/** Installation-wide key/value settings (device name, header defaults, language). */
public interface SettingsRepository {
  Optional<String> get(String key);

  void put(String key, String value);
}
