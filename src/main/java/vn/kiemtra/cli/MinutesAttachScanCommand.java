package vn.kiemtra.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.minutes.MinutesScan;
import vn.kiemtra.core.shared.DomainException;

/** {@code minutes attach-scan ID FILE}: attaches the scan (PDF, JPEG, PNG) of the signed paper. */
@Command(
    name = "attach-scan",
    mixinStandardHelpOptions = true,
    resourceBundle = MinutesCommands.BUNDLE)
public final class MinutesAttachScanCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.minutes.inspectionId")
  UUID id;

  @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "param.minutes.scan")
  Path file;

  public MinutesAttachScanCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return MinutesCommands.key("cmd.minutes.attachScan");
  }

  @Override
  protected int run(Services services) throws Exception {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DomainException(MinutesCommands.messages().get("minutes.noFile", file));
    }
    MinutesScan scan = services.minutes().attachScan(id, file.getFileName().toString(), bytes);
    out()
        .println(
            MinutesCommands.messages()
                .get("minutes.scanAttached", scan.fileName(), id, scan.mediaType(), scan.sha256()));
    return 0;
  }
}
