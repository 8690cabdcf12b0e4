package vn.kiemtra.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.inspection.InspectionImporter;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.shared.DomainException;

/**
 * {@code inspection import FILE...}: reads exchange documents; each file is stored in its own
 * transaction, so a bad file changes nothing and does not stop the others.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class InspectionImportCommand extends CliCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE.json", descriptionKey = "param.importFiles")
  List<Path> files;

  @Option(names = "--strict", descriptionKey = "option.strict")
  boolean strict;

  public InspectionImportCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return "cmd.inspection.import";
  }

  @Override
  protected int run(Services services) throws Exception {
    InspectionImporter importer =
        new InspectionImporter(
            services.documentFormat(),
            services.inspections(),
            id -> services.minutes().signed(id).isPresent());
    int failures = 0;
    for (Path file : files) {
      try {
        InspectionImporter.Imported imported;
        try (InputStream in = Files.newInputStream(file)) {
          imported = importer.importFrom(in, strict);
        } catch (NoSuchFileException e) {
          throw new DomainException(messages.get("import.noFile", file));
        } catch (IOException e) {
          throw new DomainException(messages.get("file.unreadable", e.getMessage()));
        }
        imported.warnings().forEach(w -> err().println(messages.get("import.warning", file, w)));
        SaveOutcome outcome = imported.outcome();
        out()
            .println(
                messages.get(
                    "import.outcome." + outcome.kind().name(),
                    file,
                    imported.inspection().id(),
                    imported.inspection().title(),
                    outcome.revision()));
      } catch (DomainException e) {
        failures++;
        err().println(messages.get("import.failed", file, withoutFinalStop(e.getMessage())));
      }
    }
    return failures == 0 ? 0 : 1;
  }

  /** The refusal is quoted inside one sentence, which ends with its own full stop. */
  private static String withoutFinalStop(String message) {
    return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
  }
}
