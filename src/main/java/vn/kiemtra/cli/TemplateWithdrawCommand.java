package vn.kiemtra.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.TemplateRef;

/** {@code template withdraw CODE VERSION}. */
@Command(
    name = "withdraw",
    mixinStandardHelpOptions = true,
    resourceBundle = TemplateCommands.BUNDLE)
public final class TemplateWithdrawCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "cli.param.code")
  String code;

  @Parameters(index = "1", paramLabel = "VERSION", descriptionKey = "cli.param.version")
  String version;

  public TemplateWithdrawCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return TemplateCommands.key("cmd.template.withdraw");
  }

  @Override
  protected int run(Services services) {
    services.templates().withdraw(new TemplateRef(code, version));
    out().println(TemplateCommands.messages().get("cli.withdrawn", code, version));
    return 0;
  }
}
