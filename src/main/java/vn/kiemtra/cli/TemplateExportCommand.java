package vn.kiemtra.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.TemplateRef;

/** {@code template export CODE VERSION --out FILE.xlsx|FILE.json}: format from the extension. */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = TemplateCommands.BUNDLE)
public final class TemplateExportCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "cli.param.code")
  String code;

  @Parameters(index = "1", paramLabel = "VERSION", descriptionKey = "cli.param.version")
  String version;

  @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.out")
  Path out;

  public TemplateExportCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return TemplateCommands.key("cmd.template.export");
  }

  @Override
  protected int run(Services services) throws Exception {
    Path target = out.toAbsolutePath();
    // A hidden sibling with the same extension, so the format is chosen the same way.
    Path temp = target.resolveSibling(".kiemtra-export-" + target.getFileName());
    try {
      services.templates().exportFile(new TemplateRef(code, version), temp);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    err().println(TemplateCommands.messages().get("cli.exported", code, version, target));
    return 0;
  }
}
