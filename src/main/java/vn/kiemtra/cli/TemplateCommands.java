package vn.kiemtra.cli;

import vn.kiemtra.core.shared.Messages;

/** The bundle of the template commands added for the office's own checklists. */
final class TemplateCommands {
  /** The bundle of the template commands' help and output. */
  static final String BUNDLE = "vn.kiemtra.i18n.templates";

  private TemplateCommands() {}

  static String key(String key) {
    return "templates:" + key;
  }

  static Messages messages() {
    return Messages.of("templates");
  }
}
