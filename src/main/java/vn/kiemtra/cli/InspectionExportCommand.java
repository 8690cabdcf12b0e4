package vn.kiemtra.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.inspection.Inspection;

/** {@code inspection export ID [--out FILE]}: one inspection as an exchange document. */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class InspectionExportCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.inspectionId")
  UUID id;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.out")
  Path out;

  public InspectionExportCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return "cmd.inspection.export";
  }

  @Override
  protected int run(Services services) throws IOException {
    Inspection inspection = services.inspections().require(id).inspection();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    services
        .documentFormat()
        .write(inspection, services.inspections().templateOf(inspection), buffer);
    buffer.write('\n');
    if (out == null) {
      out().print(buffer.toString(StandardCharsets.UTF_8));
      out().flush();
      return 0;
    }
    Path target = out.toAbsolutePath();
    Path temp = Files.createTempFile(target.getParent(), ".kiemtra-export", ".tmp");
    try {
      Files.write(temp, buffer.toByteArray());
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    err().println(messages.get("export.written", inspection.id(), target));
    return 0;
  }
}
