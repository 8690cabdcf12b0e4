package vn.kiemtra.core.inspection;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.ValidationException;

/**
 * Imports one exchange document: reads it, then saves it through {@link InspectionService} (which
 * checks it and refuses to change signed minutes). A document cannot sign an inspection: {@code
 * SIGNED} is kept only when this database holds the signed minutes; otherwise the inspection is
 * stored as {@link InspectionStatus#READY_TO_SIGN} with a warning, so it can still be edited and
 * signed here.
 */
public final class InspectionImporter {
  private static final Messages MSG = Messages.of("messages");

  private final InspectionDocumentFormat format;
  private final InspectionService inspections;
  private final Predicate<UUID> hasSignedMinutes;

  /** What one import stored, what it did, and the warnings for the user. */
  public record Imported(Inspection inspection, SaveOutcome outcome, List<String> warnings) {
    public Imported {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * @param hasSignedMinutes whether this database holds signed minutes for an inspection id
   */
  public InspectionImporter(
      InspectionDocumentFormat format,
      InspectionService inspections,
      Predicate<UUID> hasSignedMinutes) {
    this.format = format;
    this.inspections = inspections;
    this.hasSignedMinutes = hasSignedMinutes;
  }

  /** Reads and stores the document; a refused document changes nothing. */
  public Imported importFrom(InputStream in, boolean strict) {
    ParsedInspection parsed = format.read(in, strict);
    Inspection inspection = parsed.inspection();
    List<String> warnings = new ArrayList<>(parsed.warnings());
    if (inspection.status().isLocked() && !hasSignedMinutes.test(inspection.id())) {
      inspection = inspection.toBuilder().status(InspectionStatus.READY_TO_SIGN).build();
      warnings.add("inspection.status: " + MSG.get("import.signedIgnored"));
    }
    requireTemplate(inspection);
    SaveOutcome outcome = inspections.save(inspection);
    return new Imported(inspection, outcome, warnings);
  }

  /** A template this database lacks is refused with the path of the document's template key. */
  private void requireTemplate(Inspection inspection) {
    try {
      inspections.templateOf(inspection);
    } catch (ValidationException e) {
      throw e;
    } catch (DomainException e) {
      throw new ValidationException("inspection.template", e.getMessage());
    }
  }
}
