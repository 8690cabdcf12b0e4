package vn.kiemtra.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.minutes.SignedMinutes;
import vn.kiemtra.core.minutes.VerificationResult;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;

/**
 * {@code minutes verify FILE.pdf}: says whether the file is byte-identical to signed minutes in the
 * database and to which (with the day the paper was signed), and which verification code it
 * carries. Exit 0 when identical, 1 when not; a matching code alone is never called the same
 * content.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = MinutesCommands.BUNDLE)
public final class MinutesVerifyCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "FILE.pdf", descriptionKey = "param.minutes.pdf")
  Path file;

  public MinutesVerifyCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return MinutesCommands.key("cmd.minutes.verify");
  }

  @Override
  protected int run(Services services) throws Exception {
    Messages m = MinutesCommands.messages();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DomainException(m.get("minutes.noFile", file));
    }
    VerificationResult result = services.minutes().verify(bytes);
    if (result.identical().isPresent()) {
      SignedMinutes s = result.identical().get();
      out().println(m.get("minutes.verify.identical", file, describe(services, s), s.pdfSha256()));
      return 0;
    }
    out().println(m.get("minutes.verify.different", file, result.pdfSha256()));
    if (result.codeInFile().isEmpty()) {
      out().println(m.get("minutes.verify.noCode"));
    } else if (result.codeOwners().isEmpty()) {
      out().println(m.get("minutes.verify.codeUnknown", result.codeInFile().get()));
    } else {
      for (SignedMinutes s : result.codeOwners()) {
        out()
            .println(
                m.get(
                    "minutes.verify.codeOwner", result.codeInFile().get(), describe(services, s)));
      }
    }
    return 1;
  }

  /** Which inspection, the day the paper was signed and when it was marked signed here. */
  private String describe(Services services, SignedMinutes s) {
    Optional<String> title =
        services
            .inspections()
            .find(s.inspectionId())
            .map(i -> i.inspection().title() + " — " + i.inspection().unit().name());
    Optional<LocalDate> paper = services.minutes().paperSigningDate(s);
    return MinutesCommands.messages()
        .get(
            title.isPresent() && paper.isPresent()
                ? "minutes.verify.signed"
                : "minutes.verify.signedNoPaperDate",
            s.inspectionId(),
            title.orElse(""),
            paper.map(Nd30Dates::paddedShortDate).orElse(""),
            Nd30Dates.timeAndDate(s.signedAt()),
            s.verificationCode());
  }
}
