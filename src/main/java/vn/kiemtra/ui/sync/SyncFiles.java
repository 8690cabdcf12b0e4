package vn.kiemtra.ui.sync;

import java.io.File;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Texts;

/** File choosing for the sync screens, behind an interface the tests replace. */
public final class SyncFiles {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

  private SyncFiles() {}

  /** What a file dialog is opened for. */
  public enum Purpose {
    SAVE_PACKAGE,
    OPEN_PACKAGES,
    SAVE_KEY,
    OPEN_KEY,
    SAVE_RECONCILIATION
  }

  /**
   * Chooses files: none when the user cancelled, one for a save or a single open, several for
   * {@link Purpose#OPEN_PACKAGES}. The default opens the system file dialog.
   */
  @FunctionalInterface
  public interface FilePicker {
    List<Path> pick(Purpose purpose, String suggestedName);
  }

  /** The system file dialogs, owned by the window that shows the node. */
  static FilePicker system(Node owner) {
    return (purpose, suggestedName) -> {
      Messages m = Texts.ui();
      FileChooser chooser = new FileChooser();
      Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
      FileChooser.ExtensionFilter packages =
          new FileChooser.ExtensionFilter(m.get("sync.files.packages"), "*.kiemtra");
      FileChooser.ExtensionFilter keys =
          new FileChooser.ExtensionFilter(m.get("sync.files.keys"), "*.json");
      FileChooser.ExtensionFilter all =
          new FileChooser.ExtensionFilter(m.get("sync.files.all"), "*");
      switch (purpose) {
        case SAVE_PACKAGE, OPEN_PACKAGES -> chooser.getExtensionFilters().addAll(packages, all);
        case SAVE_KEY, OPEN_KEY -> chooser.getExtensionFilters().addAll(keys, all);
        case SAVE_RECONCILIATION ->
            chooser
                .getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(m.get("sync.files.text"), "*.txt"));
      }
      chooser.setTitle(m.get("sync.files.title." + purpose.name()));
      if (suggestedName != null && !suggestedName.isEmpty()) {
        chooser.setInitialFileName(suggestedName);
      }
      return switch (purpose) {
        case OPEN_PACKAGES -> {
          List<File> files = chooser.showOpenMultipleDialog(window);
          yield files == null ? List.of() : files.stream().map(File::toPath).toList();
        }
        case OPEN_KEY -> single(chooser.showOpenDialog(window));
        default -> single(chooser.showSaveDialog(window));
      };
    };
  }

  private static List<Path> single(File file) {
    return file == null ? List.of() : List.of(file.toPath());
  }

  /** A name a file system and a mail attachment accept: "Máy Đoàn 2" → "may-doan-2". */
  static String slug(String text) {
    String ascii =
        Normalizer.normalize(
                text == null ? "" : text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return ascii.isEmpty() ? "may" : ascii;
  }

  /** kiemtra-&lt;device&gt;-&lt;yyyyMMdd-HHmm&gt;.kiemtra */
  static String packageName(String deviceName, LocalDateTime now) {
    return "kiemtra-" + slug(deviceName) + "-" + STAMP.format(now) + ".kiemtra";
  }

  /** HH:mm dd/MM/yyyy in Vietnam's time zone, as everywhere else; empty for none. */
  static String shown(OffsetDateTime time) {
    return vn.kiemtra.core.text.Nd30Dates.timeAndDate(time);
  }
}
