package vn.kiemtra.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.start.InspectionStarter;

/**
 * {@code inspection new [CODE [VERSION]] [--level so|xa|khac] [--title TEXT]}: a blank inspection
 * from a published checklist; by default the newest published version of the level used last.
 */
@Command(name = "new", mixinStandardHelpOptions = true)
public final class InspectionNewCommand extends CliCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "CODE", descriptionKey = "param.newCode")
  String code;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "VERSION",
      descriptionKey = "param.newVersion")
  String version;

  @Option(names = "--level", paramLabel = "so|xa|khac", descriptionKey = "option.level")
  String level;

  @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "option.title")
  String title;

  public InspectionNewCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return "cmd.inspection.new";
  }

  @Override
  protected int run(Services services) {
    InspectionStarter starter = services.starter();
    TemplateRef ref = chosen(services, starter);
    Inspection started = starter.start(ref, title, vn.kiemtra.core.shared.Clock.localNow());
    out().println(messages.get("new.started", started.id(), started.title(), ref));
    return 0;
  }

  private TemplateRef chosen(Services services, InspectionStarter starter) {
    if (code != null && version != null) {
      return new TemplateRef(code, version);
    }
    if (code != null) {
      return services.templates().startable().stream()
          .filter(t -> t.code().equals(code))
          .findFirst()
          .map(ChecklistTemplate::ref)
          .orElseThrow(() -> new DomainException(messages.get("new.noPublishedCode", code)));
    }
    TemplateLevel wanted =
        level == null
            ? starter.offer().level()
            : TemplateLevel.parse(level)
                .orElseThrow(() -> new DomainException(messages.get("new.badLevel", level)));
    return starter.newestOf(wanted).ref();
  }
}
