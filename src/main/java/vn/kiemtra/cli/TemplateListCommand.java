package vn.kiemtra.cli;

import picocli.CommandLine.Command;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateSummary;
import vn.kiemtra.core.shared.Messages;

/** {@code template list}: the checklist templates in the database. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class TemplateListCommand extends CliCommand {
  public TemplateListCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return "cmd.template.list";
  }

  @Override
  protected int run(Services services) {
    Messages m = TemplateCommands.messages();
    TextTable table =
        new TextTable(
                messages.get("col.code"),
                messages.get("col.version"),
                m.get("cli.col.level"),
                messages.get("col.status"),
                messages.get("col.areas"),
                messages.get("col.criteria"),
                messages.get("col.maxScore"),
                m.get("cli.col.inspections"),
                messages.get("col.name"))
            .alignRight(4, 5, 6, 7);
    for (TemplateSummary s : services.templates().list()) {
      ChecklistTemplate t = s.template();
      table.row(
          t.code(),
          t.version(),
          t.level().name(),
          m.get("status." + t.status().name()),
          t.areas().size(),
          t.criterionCount(),
          Labels.points(t.maxScore()),
          s.inspections(),
          t.name());
    }
    out().print(table.render());
    return 0;
  }
}
