package vn.kiemtra.ui.templates;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.kiemtra.core.checklist.TemplateLevel;

/** The questions the checklist screen asks, behind an interface the tests answer. */
interface TemplateDialogs {
  /** Code, version, name and level of a new checklist. */
  record NewTemplate(String code, String version, String name, TemplateLevel level) {}

  Optional<NewTemplate> askNew();

  Optional<String> askVersion(String current);

  /** Publish? showing what changed since the previous version (empty: the first version). */
  boolean confirmPublish(String question, List<String> changes);

  boolean confirm(String question);

  Optional<Path> openFile();

  Optional<Path> saveFile(String suggestedName);

  /** The problems of a refused file, one per line. */
  void showProblems(String title, List<String> problems);

  void inform(String message);
}
