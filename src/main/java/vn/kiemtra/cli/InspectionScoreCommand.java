package vn.kiemtra.cli;

import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.scoring.AreaScore;
import vn.kiemtra.core.scoring.CriterionScore;
import vn.kiemtra.core.scoring.InspectionScore;

/** {@code inspection score ID}: points per criterion, per area and in total. */
@Command(name = "score", mixinStandardHelpOptions = true)
public final class InspectionScoreCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.inspectionId")
  UUID id;

  public InspectionScoreCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return "cmd.inspection.score";
  }

  @Override
  protected int run(Services services) {
    Inspection inspection = services.inspections().require(id).inspection();
    ChecklistTemplate template = services.inspections().templateOf(inspection);
    InspectionScore score = services.inspections().score(inspection);
    out()
        .println(
            messages.get(
                "score.header", inspection.title(), inspection.unit().name(), template.ref()));
    for (AreaScore area : score.areas()) {
      out().println();
      out()
          .println(
              messages.get(
                  "score.area",
                  area.areaCode(),
                  area.areaName(),
                  Labels.points(area.achieved()),
                  Labels.points(area.maxScore()),
                  area.answered(),
                  area.total(),
                  area.unassessed()));
      TextTable table =
          new TextTable(
                  messages.get("col.code"),
                  messages.get("col.score"),
                  messages.get("col.criterion"))
              .alignRight(1);
      for (CriterionScore c : area.criteria()) {
        String text = template.criterion(c.code()).map(Criterion::text).orElse("");
        table.row("  " + c.code(), cell(c), text);
      }
      out().print(table.render());
    }
    out().println();
    out()
        .println(
            messages.get(
                "score.total",
                Labels.points(score.achieved()),
                Labels.points(score.maxScore()),
                Labels.points(score.applicableMax()),
                score.answered(),
                score.total(),
                score.total() - score.answered()));
    score
        .normalisedPercent()
        .ifPresent(p -> out().println(messages.get("score.percent", Labels.points(p))));
    return 0;
  }

  private String cell(CriterionScore c) {
    return switch (c.state()) {
      case SCORED -> Labels.points(c.score()) + "/" + Labels.points(c.maxScore());
      case NOT_APPLICABLE_EXCLUDED -> messages.get("score.notApplicable");
      case UNASSESSED -> messages.get("score.unassessed");
    };
  }
}
