package vn.kiemtra.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.ImportReport;
import vn.kiemtra.core.sync.ReconciliationText;

/**
 * {@code sync import FILE...}: verifies and merges each package in turn and prints its
 * reconciliation; a refused package changes nothing and the others still go in.
 */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = SyncCommands.BUNDLE)
public final class SyncImportCommand extends CliCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "param.sync.files")
  List<Path> files;

  public SyncImportCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return SyncCommands.key("cmd.sync.import");
  }

  @Override
  protected int run(Services services) {
    ReconciliationText text = new ReconciliationText(services.sync());
    int failures = 0;
    for (Path file : files) {
      try {
        ImportReport report = services.sync().importPackage(file, Progress.NONE);
        text.lines(report).forEach(out()::println);
        out().println();
      } catch (DomainException e) {
        failures++;
        err().println(SyncCommands.messages().get("out.importFailed", file, e.getMessage()));
      }
    }
    return failures == 0 ? 0 : 1;
  }
}
