package vn.kiemtra.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.ReconciliationText;
import vn.kiemtra.core.sync.SyncConflict;

/** {@code sync conflicts [--all]}: the fields waiting for a person's decision, both values. */
@Command(name = "conflicts", mixinStandardHelpOptions = true, resourceBundle = SyncCommands.BUNDLE)
public final class SyncConflictsCommand extends CliCommand {
  @Option(names = "--all", descriptionKey = "option.sync.all")
  boolean all;

  public SyncConflictsCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return SyncCommands.key("cmd.sync.conflicts");
  }

  @Override
  protected int run(Services services) {
    Messages m = SyncCommands.messages();
    List<SyncConflict> conflicts = services.sync().conflicts(all);
    if (conflicts.isEmpty()) {
      out().println(m.get("out.noConflicts"));
      return 0;
    }
    ReconciliationText text = new ReconciliationText(services.sync());
    TextTable table =
        new TextTable(
            m.get("header.conflict"),
            m.get("header.kind"),
            m.get("header.what"),
            m.get("header.field"),
            m.get("header.local"),
            m.get("header.incoming"),
            m.get("header.current"));
    for (SyncConflict c : conflicts) {
      table.row(
          c.id(),
          m.get("conflict.kind." + c.kind().name()),
          services.sync().tableLabel(c.table()) + (c.context() == null ? "" : " · " + c.context()),
          services.sync().fieldLabel(c.field()),
          brief(text.shown(c.field(), c.localValue())),
          brief(text.shown(c.field(), c.incomingValue())),
          c.resolved()
              ? "✓ " + brief(text.shown(c.field(), c.resolvedValue()))
              : brief(text.shown(c.field(), c.currentValue())));
    }
    out().print(table.render());
    return 0;
  }

  /** One line of at most 60 characters, for the table. */
  static String brief(String value) {
    String one = value.replace("\r", "").replace("\n", " ⏎ ");
    return one.codePointCount(0, one.length()) <= 60
        ? one
        : one.substring(0, one.offsetByCodePoints(0, 59)) + "…";
  }
}
