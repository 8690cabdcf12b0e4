package vn.kiemtra.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.minutes.AmendmentRequest;
import vn.kiemtra.core.minutes.AmendmentTime;
import vn.kiemtra.core.minutes.MinutesAmendment;
import vn.kiemtra.core.shared.DomainException;

/**
 * {@code minutes amend ID (--text TEXT | --file FILE) --at "HH:MM DD/MM/YYYY" --place PLACE}:
 * records a correction to signed minutes as a numbered amendment (biên bản bổ sung) with the time
 * and place of its own meeting; the signed record is never edited.
 */
@Command(name = "amend", mixinStandardHelpOptions = true, resourceBundle = MinutesCommands.BUNDLE)
public final class MinutesAmendCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.minutes.inspectionId")
  UUID id;

  @ArgGroup(multiplicity = "1")
  Source source;

  /** Exactly one of the text sources. */
  static final class Source {
    @Option(names = "--text", paramLabel = "TEXT", descriptionKey = "option.minutes.text")
    String text;

    @Option(names = "--file", paramLabel = "FILE", descriptionKey = "option.minutes.file")
    Path file;
  }

  @Option(names = "--at", paramLabel = "HH:MM DD/MM/YYYY", descriptionKey = "option.minutes.at")
  String at;

  @Option(names = "--place", paramLabel = "PLACE", descriptionKey = "option.minutes.place")
  String place;

  public MinutesAmendCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return MinutesCommands.key("cmd.minutes.amend");
  }

  @Override
  protected int run(Services services) throws Exception {
    String text = source.text;
    if (source.file != null) {
      try {
        text = Files.readString(source.file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new DomainException(MinutesCommands.messages().get("minutes.noFile", source.file));
      }
    }
    LocalDateTime heldAt = null;
    if (at != null) {
      heldAt =
          AmendmentTime.parse(at)
              .orElseThrow(
                  () ->
                      new DomainException(
                          MinutesCommands.messages().get("error.amendment.badTime", at.strip())));
    }
    MinutesAmendment a = services.minutes().amend(id, new AmendmentRequest(text, heldAt, place));
    out()
        .println(
            MinutesCommands.messages()
                .get(
                    "minutes.amended",
                    Integer.toString(a.number()),
                    id,
                    AmendmentTime.format(a.heldAt()),
                    a.place()));
    return 0;
  }
}
