package vn.kiemtra.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.TemplateRef;

/** {@code template publish CODE VERSION}. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    resourceBundle = TemplateCommands.BUNDLE)
public final class TemplatePublishCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "cli.param.code")
  String code;

  @Parameters(index = "1", paramLabel = "VERSION", descriptionKey = "cli.param.version")
  String version;

  public TemplatePublishCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return TemplateCommands.key("cmd.template.publish");
  }

  @Override
  protected int run(Services services) {
    services.templates().publish(new TemplateRef(code, version));
    out().println(TemplateCommands.messages().get("cli.published", code, version));
    return 0;
  }
}
