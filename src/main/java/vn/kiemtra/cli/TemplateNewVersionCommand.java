package vn.kiemtra.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.TemplateRef;

/** {@code template new-version CODE FROM_VERSION NEW_VERSION}: a draft copy of any version. */
@Command(
    name = "new-version",
    mixinStandardHelpOptions = true,
    resourceBundle = TemplateCommands.BUNDLE)
public final class TemplateNewVersionCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "cli.param.code")
  String code;

  @Parameters(index = "1", paramLabel = "FROM_VERSION", descriptionKey = "cli.param.fromVersion")
  String from;

  @Parameters(index = "2", paramLabel = "NEW_VERSION", descriptionKey = "cli.param.newVersion")
  String newVersion;

  public TemplateNewVersionCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return TemplateCommands.key("cmd.template.newVersion");
  }

  @Override
  protected int run(Services services) {
    var draft = services.templates().newVersion(new TemplateRef(code, from), newVersion);
    out().println(TemplateCommands.messages().get("cli.newVersion", code, from, draft.version()));
    return 0;
  }
}
