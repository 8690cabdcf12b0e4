package vn.kiemtra.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesFormat;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.RenderedMinutes;
import vn.kiemtra.core.minutes.SignedMinutes;

/**
 * {@code minutes render ID --out FILE [--format pdf|docx] [--annex] [--amendment N]}: writes the
 * minutes (or an amendment) of an inspection to a file. For signed minutes the PDF is the one
 * stored when they were signed, byte for byte.
 */
@Command(name = "render", mixinStandardHelpOptions = true, resourceBundle = MinutesCommands.BUNDLE)
public final class MinutesRenderCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.minutes.inspectionId")
  UUID id;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      descriptionKey = "option.minutes.out")
  Path out;

  @Option(names = "--format", paramLabel = "pdf|docx", descriptionKey = "option.minutes.format")
  String format;

  @Option(names = "--annex", descriptionKey = "option.minutes.annex")
  boolean annex;

  @Option(names = "--amendment", paramLabel = "N", descriptionKey = "option.minutes.amendment")
  Integer amendment;

  public MinutesRenderCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return MinutesCommands.key("cmd.minutes.render");
  }

  @Override
  protected int run(Services services) throws Exception {
    MinutesFormat chosen = MinutesCommands.format(format, out);
    if (amendment == null && chosen == MinutesFormat.PDF) {
      Optional<SignedMinutes> signed = services.minutes().signed(id);
      if (signed.isPresent()) {
        Path target = MinutesCommands.writeAtomically(out, services.minutes().signedPdf(id));
        out()
            .println(
                MinutesCommands.messages()
                    .get(
                        "minutes.renderedSigned",
                        target,
                        signed.get().verificationCode(),
                        signed.get().pdfSha256()));
        return 0;
      }
    }
    MinutesContent content =
        amendment == null
            ? services.minutes().content(id, new MinutesOptions(annex))
            : services.minutes().amendmentContent(id, amendment);
    RenderedMinutes rendered = services.minutes().render(content);
    byte[] bytes = chosen == MinutesFormat.PDF ? rendered.pdf() : rendered.docx();
    Path target = MinutesCommands.writeAtomically(out, bytes);
    out()
        .println(
            MinutesCommands.messages()
                .get(
                    "minutes.rendered",
                    target,
                    Integer.toString(rendered.pageCount()),
                    content.verificationCode()));
    return 0;
  }
}
