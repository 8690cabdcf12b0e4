package vn.kiemtra.cli;

import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.SignedMinutes;

/**
 * {@code minutes sign ID [--annex] [--out FILE]}: marks the minutes signed after the paper was
 * signed: stores the final PDF and its SHA-256 and locks the inspection.
 */
@Command(name = "sign", mixinStandardHelpOptions = true, resourceBundle = MinutesCommands.BUNDLE)
public final class MinutesSignCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.minutes.inspectionId")
  UUID id;

  @Option(names = "--annex", descriptionKey = "option.minutes.annex")
  boolean annex;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.minutes.signedOut")
  Path out;

  public MinutesSignCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return MinutesCommands.key("cmd.minutes.sign");
  }

  @Override
  protected int run(Services services) throws Exception {
    SignedMinutes signed = services.minutes().sign(id, new MinutesOptions(annex));
    out()
        .println(
            MinutesCommands.messages()
                .get(
                    "minutes.signed",
                    id,
                    signed.verificationCode(),
                    signed.pdfSha256(),
                    Long.toString(signed.pdfSize())));
    if (out != null) {
      Path target = MinutesCommands.writeAtomically(out, services.minutes().signedPdf(id));
      out().println(MinutesCommands.messages().get("minutes.signedWritten", target));
    }
    return 0;
  }
}
