package vn.kiemtra.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.TemplateChange;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.shared.Messages;

/** {@code template diff CODE VERSION_A VERSION_B}: what changed, one sentence per line. */
@Command(name = "diff", mixinStandardHelpOptions = true, resourceBundle = TemplateCommands.BUNDLE)
public final class TemplateDiffCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "cli.param.code")
  String code;

  @Parameters(index = "1", paramLabel = "VERSION_A", descriptionKey = "cli.param.fromVersion")
  String a;

  @Parameters(index = "2", paramLabel = "VERSION_B", descriptionKey = "cli.param.toVersion")
  String b;

  public TemplateDiffCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return TemplateCommands.key("cmd.template.diff");
  }

  @Override
  protected int run(Services services) {
    Messages m = TemplateCommands.messages();
    List<TemplateChange> changes =
        services.templates().diff(new TemplateRef(code, a), new TemplateRef(code, b));
    out().println(m.get("cli.diff.header", code, a, b, changes.size()));
    if (changes.isEmpty()) {
      out().println(m.get("diff.none"));
    }
    changes.forEach(c -> out().println("- " + c.text()));
    return 0;
  }
}
