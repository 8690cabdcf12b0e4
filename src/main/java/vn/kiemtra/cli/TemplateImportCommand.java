package vn.kiemtra.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.TemplateService;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.ValidationException;

/** {@code template import FILE.xlsx|FILE.json}: stores a workbook or JSON file as a draft. */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = TemplateCommands.BUNDLE)
public final class TemplateImportCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.file")
  Path file;

  public TemplateImportCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return TemplateCommands.key("cmd.template.import");
  }

  @Override
  protected int run(Services services) {
    Messages m = TemplateCommands.messages();
    if (!Files.isRegularFile(file)) {
      throw new DomainException(m.get("cli.noFile", file));
    }
    TemplateService.Imported done;
    try {
      done = services.templates().importFile(file);
    } catch (ValidationException e) {
      err().println(m.get("cli.import.refused", file.getFileName(), e.problems().size()));
      e.problems().forEach(p -> err().println("  " + p));
      err().println(m.get("cli.unchanged"));
      return 1;
    }
    done.warnings().forEach(w -> err().println(m.get("cli.warning", w)));
    out()
        .println(
            m.get(
                "cli.import." + done.outcome().name(),
                done.template().code(),
                done.template().version()));
    return 0;
  }
}
