package vn.kiemtra.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.shared.ValidationException;

/** A document's status never signs an inspection: SIGNED is kept only beside signed minutes. */
class InspectionImporterTest {
  private final InMemoryInspectionStore repository = new InMemoryInspectionStore();
  private final InspectionService service =
      new InspectionService(repository, InMemoryInspectionStore.checklists());
  private final UUID id = UUID.fromString("6f1c0d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f");

  /** A format that "reads" the given inspection, as the JSON reader would. */
  private static InspectionDocumentFormat reading(Inspection inspection) {
    return new InspectionDocumentFormat() {
      @Override
      public ParsedInspection read(InputStream in, boolean strict) {
        return new ParsedInspection(inspection, List.of());
      }

      @Override
      public ParsedInspection readSaved(InputStream in) {
        return read(in, false);
      }

      @Override
      public void write(Inspection i, ChecklistTemplate t, OutputStream out) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private InspectionImporter.Imported importing(Inspection document, boolean signedHere) {
    return new InspectionImporter(reading(document), service, x -> signedHere)
        .importFrom(new ByteArrayInputStream(new byte[0]), false);
  }

  @Test
  void signedInTheFileButNotHereIsStoredReadyToSignAndStaysEditable() {
    Inspection document =
        InMemoryInspectionStore.inspection(id).toBuilder().status(InspectionStatus.SIGNED).build();
    InspectionImporter.Imported imported = importing(document, false);

    assertThat(imported.outcome().kind()).isEqualTo(SaveOutcome.Kind.CREATED);
    assertThat(service.require(id).inspection().status()).isEqualTo(InspectionStatus.READY_TO_SIGN);
    assertThat(imported.warnings())
        .singleElement()
        .asString()
        .startsWith("inspection.status: trạng thái SIGNED trong tệp không được dùng")
        .contains("«Chờ ký»");

    Inspection edited =
        service.require(id).inspection().toBuilder().unitResponse("Tiếp thu ý kiến").build();
    assertThat(service.save(edited).kind()).isEqualTo(SaveOutcome.Kind.UPDATED);
  }

  @Test
  void signedInTheFileAndHereStaysSignedAndUnchanged() {
    Inspection signed =
        InMemoryInspectionStore.inspection(id).toBuilder().status(InspectionStatus.SIGNED).build();
    service.save(signed);
    InspectionImporter.Imported imported = importing(signed, true);
    assertThat(imported.outcome().kind()).isEqualTo(SaveOutcome.Kind.UNCHANGED);
    assertThat(imported.warnings()).isEmpty();
    assertThat(service.require(id).inspection().status()).isEqualTo(InspectionStatus.SIGNED);
  }

  @Test
  void otherStatusesAreStoredAsWritten() {
    Inspection planned =
        InMemoryInspectionStore.inspection(id).toBuilder().status(InspectionStatus.PLANNED).build();
    assertThat(importing(planned, false).warnings()).isEmpty();
    assertThat(service.require(id).inspection().status()).isEqualTo(InspectionStatus.PLANNED);
  }

  @Test
  void aTemplateThisDatabaseLacksIsRefusedAtTheTemplateKey() {
    Inspection document =
        InMemoryInspectionStore.inspection(id).toBuilder()
            .template(new TemplateRef("CCHC-HUYEN", "2024"))
            .build();
    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> importing(document, false));
    assertThat(e.problems())
        .singleElement()
        .extracting(p -> p.path())
        .isEqualTo("inspection.template");
    assertThat(e.getMessage()).contains("CCHC-HUYEN 2024");
    assertThat(repository.saves).isZero();
  }
}
