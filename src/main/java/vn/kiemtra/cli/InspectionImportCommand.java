package vn.kiemtra.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.inspection.ParsedInspection;
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
    int failures = 0;
    for (Path file : files) {
      try {
        ParsedInspection parsed;
        try (InputStream in = Files.newInputStream(file)) {
          parsed = services.documentFormat().read(in, strict);
        } catch (NoSuchFileException e) {
          throw new DomainException(messages.get("import.noFile", file));
        }
        parsed.warnings().forEach(w -> err().println(messages.get("import.warning", file, w)));
        SaveOutcome outcome = services.inspections().save(parsed.inspection());
        out()
            .println(
                messages.get(
                    "import.outcome." + outcome.kind().name(),
                    file,
                    parsed.inspection().id(),
                    parsed.inspection().title(),
                    outcome.revision()));
      } catch (DomainException e) {
        failures++;
        err().println(messages.get("import.failed", file, e.getMessage()));
      }
    }
    return failures == 0 ? 0 : 1;
  }
}
