package vn.kiemtra.cli;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.core.scoring.InspectionScore;
import vn.kiemtra.core.text.Nd30Dates;

/** {@code inspection list}: id, date, unit, status and score of every inspection. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class InspectionListCommand extends CliCommand {
  public InspectionListCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return "cmd.inspection.list";
  }

  @Override
  protected int run(Services services) {
    TextTable table =
        new TextTable(
                messages.get("col.id"),
                messages.get("col.date"),
                messages.get("col.unit"),
                messages.get("col.status"),
                messages.get("col.score"))
            .alignRight(4);
    List<InspectionSummary> rows = services.inspections().list();
    Map<UUID, InspectionScore> scores =
        services.inspections().scores(rows.stream().map(InspectionSummary::id).toList());
    for (InspectionSummary s : rows) {
      InspectionScore found = scores.get(s.id());
      String score = found == null ? "" : scoreText(found);
      table.row(
          s.id(),
          Nd30Dates.paddedShortDate(s.startedAt().toLocalDate()),
          s.unitName(),
          Labels.status(messages, s.status()),
          score);
    }
    out().print(table.render());
    return 0;
  }

  private String scoreText(InspectionScore score) {
    if (score.answered() == 0) {
      return messages.get("score.none");
    }
    return messages.get(
        "score.short", Labels.points(score.achieved()), Labels.points(score.applicableMax()));
  }
}
