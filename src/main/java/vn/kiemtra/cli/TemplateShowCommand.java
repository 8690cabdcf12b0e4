package vn.kiemtra.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.TemplateRef;

/** {@code template show CODE VERSION}: areas and criteria of one template. */
@Command(name = "show", mixinStandardHelpOptions = true)
public final class TemplateShowCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "param.templateCode")
  String code;

  @Parameters(index = "1", paramLabel = "VERSION", descriptionKey = "param.templateVersion")
  String version;

  public TemplateShowCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return "cmd.template.show";
  }

  @Override
  protected int run(Services services) {
    ChecklistTemplate t = services.checklists().require(new TemplateRef(code, version));
    out()
        .println(
            messages.get(
                "template.header",
                t.code(),
                t.version(),
                t.name(),
                t.areas().size(),
                t.criterionCount(),
                Labels.points(t.maxScore())));
    vn.kiemtra.core.shared.Messages m = TemplateCommands.messages();
    out()
        .println(
            m.get(
                "cli.show.status",
                m.get("status." + t.status().name()),
                vn.kiemtra.core.checklist.TemplateWords.level(t.level())));
    if (t.legalBasis() != null) {
      out().println(m.get("cli.show.basis", t.legalBasis()));
    }
    out()
        .println(
            messages.get(
                "template.rules",
                messages.get("naPolicy." + t.notApplicablePolicy().name()),
                Labels.points(t.partialFactor())));
    for (ChecklistArea area : t.areas()) {
      out().println();
      out()
          .println(
              messages.get(
                  "template.area", area.code(), area.name(), Labels.points(area.maxScore())));
      TextTable table =
          new TextTable(
                  messages.get("col.code"),
                  messages.get("col.type"),
                  messages.get("col.points"),
                  messages.get("col.criterion"))
              .alignRight(2);
      for (vn.kiemtra.core.checklist.TemplateOutline.Row row :
          vn.kiemtra.core.checklist.TemplateOutline.rows(t)) {
        if (row.area() == area && !row.isArea()) {
          Criterion c = row.criterion();
          // Sub-criteria are indented under their parent, two spaces a level.
          table.row(
              "  ".repeat(row.depth() - 1) + c.code(),
              type(c),
              Labels.points(c.maxScore()),
              c.text());
        }
      }
      out().print(table.render());
    }
    return 0;
  }

  private String type(Criterion c) {
    StringBuilder sb = new StringBuilder(c.answerType().name());
    c.facts().stream().sorted().forEach(f -> sb.append('+').append(f.name()));
    if (c.notApplicableAllowed()) {
      sb.append(" (KAD)");
    }
    return sb.toString();
  }
}
