package vn.kiemtra.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import vn.kiemtra.core.minutes.MinutesFormat;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/** The {@code minutes} command group and what its commands share: bundle, formats, file writing. */
public final class MinutesCommands {
  /** The bundle of the minutes commands' help and output. */
  static final String BUNDLE = "vn.kiemtra.i18n.report";

  private MinutesCommands() {}

  /** The group for {@link CommandTree#add}. */
  public static CommandTree.GroupSpec group(ServicesFactory factory) {
    return new CommandTree.GroupSpec(
        "minutes",
        key("cmd.minutes"),
        List.of(
            new MinutesRenderCommand(factory),
            new MinutesSignCommand(factory),
            new MinutesVerifyCommand(factory),
            new MinutesAmendCommand(factory),
            new MinutesAttachScanCommand(factory)));
  }

  /** A description key looked up in the {@code report} bundle ("report:cmd.minutes"). */
  static String key(String key) {
    return "report:" + key;
  }

  static Messages messages() {
    return Messages.of("report");
  }

  /** The format named by --format, else the file's extension, else PDF. */
  static MinutesFormat format(String option, Path out) {
    String name = option;
    if (name == null) {
      String file = out.getFileName().toString().toLowerCase(Locale.ROOT);
      name = file.endsWith(".docx") ? "docx" : "pdf";
    }
    try {
      return MinutesFormat.parse(name);
    } catch (IllegalArgumentException e) {
      throw new DomainException(messages().get("minutes.badFormat", name));
    }
  }

  /** Writes the file through a temporary sibling so a failure never leaves half a file. */
  static Path writeAtomically(Path out, byte[] bytes) throws IOException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new DomainException(messages().get("minutes.noFolder", dir));
    }
    Path temp = Files.createTempFile(dir, ".kiemtra-minutes", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }
}
