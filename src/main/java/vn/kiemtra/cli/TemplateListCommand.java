package vn.kiemtra.cli;

import picocli.CommandLine.Command;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.ChecklistTemplate;

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
    TextTable table =
        new TextTable(
                messages.get("col.code"),
                messages.get("col.version"),
                messages.get("col.areas"),
                messages.get("col.criteria"),
                messages.get("col.maxScore"),
                messages.get("col.status"),
                messages.get("col.name"))
            .alignRight(2, 3, 4);
    for (ChecklistTemplate t : services.checklists().templates()) {
      table.row(
          t.code(),
          t.version(),
          t.areas().size(),
          t.criterionCount(),
          Labels.points(t.maxScore()),
          messages.get("templateStatus." + t.status().name()),
          t.name());
    }
    out().print(table.render());
    return 0;
  }
}
