package vn.kiemtra.cli;

import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.sync.ReconciliationText;
import vn.kiemtra.core.sync.SyncConflict;

/** {@code sync resolve ID (--keep-local | --take-incoming | --value TEXT)}. */
@Command(name = "resolve", mixinStandardHelpOptions = true, resourceBundle = SyncCommands.BUNDLE)
public final class SyncResolveCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.sync.conflict")
  UUID id;

  @Option(names = "--keep-local", descriptionKey = "option.sync.keepLocal")
  boolean keepLocal;

  @Option(names = "--take-incoming", descriptionKey = "option.sync.takeIncoming")
  boolean takeIncoming;

  @Option(names = "--value", paramLabel = "TEXT", descriptionKey = "option.sync.value")
  String value;

  public SyncResolveCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return SyncCommands.key("cmd.sync.resolve");
  }

  @Override
  protected int run(Services services) {
    int chosen = (keepLocal ? 1 : 0) + (takeIncoming ? 1 : 0) + (value != null ? 1 : 0);
    if (chosen != 1) {
      throw new DomainException(SyncCommands.messages().get("out.resolveChoose"));
    }
    SyncConflict conflict =
        services.sync().conflicts(true).stream()
            .filter(c -> c.id().equals(id))
            .findFirst()
            .orElseThrow(
                () -> new DomainException(SyncCommands.messages().get("conflict.unknown", id)));
    String result =
        keepLocal ? conflict.localValue() : takeIncoming ? conflict.incomingValue() : value;
    services.sync().resolve(id, result);
    out()
        .println(
            SyncCommands.messages()
                .get(
                    "out.resolved",
                    id,
                    services.sync().fieldLabel(conflict.field()),
                    new ReconciliationText(services.sync()).shown(conflict.field(), result)));
    return 0;
  }
}
