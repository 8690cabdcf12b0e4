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
 * stored when they were signed, byte for byte, and an annex asked for is its own document.
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
        return writeSigned(services, signed.get());
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

  /**
   * Signed minutes: the stored PDF, byte for byte. With {@code --annex}, an annex the signed PDF
   * does not hold is written beside it as a document of its own ("…-phu-luc.pdf").
   */
  private int writeSigned(Services services, SignedMinutes signed) throws java.io.IOException {
    Path target = MinutesCommands.writeAtomically(out, services.minutes().signedPdf(id));
    if (!annex || signed.withAnnex()) {
      out()
          .println(
              MinutesCommands.messages()
                  .get(
                      annex ? "minutes.renderedSignedWithAnnex" : "minutes.renderedSigned",
                      target,
                      signed.verificationCode(),
                      signed.pdfSha256()));
      return 0;
    }
    MinutesContent annexContent = services.minutes().annexContent(id);
    RenderedMinutes rendered = services.minutes().render(annexContent);
    Path annexTarget = MinutesCommands.writeAtomically(annexPath(target), rendered.pdf());
    out()
        .println(
            MinutesCommands.messages()
                .get(
                    "minutes.renderedSignedAnnex",
                    target,
                    signed.verificationCode(),
                    signed.pdfSha256(),
                    annexTarget,
                    Integer.toString(rendered.pageCount()),
                    annexContent.verificationCode()));
    return 0;
  }

  /** "bien-ban.pdf" → "bien-ban-phu-luc.pdf", in the same folder. */
  static Path annexPath(Path minutes) {
    String name = minutes.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return minutes.resolveSibling(stem + "-phu-luc.pdf");
  }
}
