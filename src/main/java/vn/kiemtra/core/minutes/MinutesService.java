package vn.kiemtra.core.minutes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionChanged;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.StoredInspection;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Ids;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Use cases of the minutes: assemble and render them, mark them signed (store the PDF and lock the
 * inspection), verify a PDF against the signed ones, record amendments and attach the scan of the
 * signed paper.
 */
public final class MinutesService {
  private static final System.Logger LOG = System.getLogger(MinutesService.class.getName());

  /** Largest scan accepted; a phone photo of an A4 page is a few MB. */
  static final long MAX_SCAN_BYTES = 30L * 1024 * 1024;

  private final InspectionService inspections;
  private final SignedMinutesRepository repository;
  private final MinutesRenderer renderer;
  private final Clock clock;
  private final MinutesAssembler assembler = new MinutesAssembler();

  public MinutesService(
      InspectionService inspections,
      SignedMinutesRepository repository,
      MinutesRenderer renderer,
      Clock clock) {
    this.inspections = inspections;
    this.repository = repository;
    this.renderer = renderer;
    this.clock = clock;
  }

  /** The content of an inspection's minutes as they would print now. */
  public MinutesContent content(UUID inspectionId, MinutesOptions options) {
    Inspection inspection = inspections.require(inspectionId).inspection();
    ChecklistTemplate template = inspections.templateOf(inspection);
    return assembler.minutes(inspection, template, inspections.score(inspection), options);
  }

  /** The content of amendment number {@code number} ("biên bản bổ sung"). */
  public MinutesContent amendmentContent(UUID inspectionId, int number) {
    Inspection inspection = inspections.require(inspectionId).inspection();
    SignedMinutes signed = requireSigned(inspection);
    List<MinutesAmendment> list = repository.amendments(inspectionId);
    MinutesAmendment amendment =
        list.stream()
            .filter(a -> a.number() == number)
            .findFirst()
            .orElseThrow(
                () ->
                    new DomainException(
                        messages()
                            .get(
                                "error.amendment.notFound",
                                inspection.title(),
                                Integer.toString(number),
                                Integer.toString(list.size()))));
    return assembler.amendment(inspection, signed, amendment);
  }

  /** The checklist annex as its own document (for signed minutes whose PDF has no annex). */
  public MinutesContent annexContent(UUID inspectionId) {
    Inspection inspection = inspections.require(inspectionId).inspection();
    ChecklistTemplate template = inspections.templateOf(inspection);
    return assembler.annexDocument(inspection, template, inspections.score(inspection, template));
  }

  /** Lays out content; the result can be previewed, exported and printed. */
  public RenderedMinutes render(MinutesContent content) {
    return renderer.render(content);
  }

  /**
   * Marks the minutes signed: renders the final PDF (verification code from the content hash on
   * every page), then stores it with its SHA-256 and the inspection as {@link
   * InspectionStatus#SIGNED} in one transaction, after which {@link InspectionService#save} refuses
   * edits. The open editor's pending edit is stored first; the minutes are made from the state read
   * then, and the transaction writes anything only if the inspection is still at that version and
   * not locked. A signed record left without its lock by an older version is replaced.
   */
  public SignedMinutes sign(UUID inspectionId, MinutesOptions options) {
    // What is on screen is what gets signed: store the open editor's pending edit first.
    inspections.flushEdits(inspectionId);
    StoredInspection stored = inspections.require(inspectionId);
    Inspection inspection = stored.inspection();
    Optional<SignedMinutes> existing = repository.findSigned(inspectionId);
    if (existing.isPresent() && inspection.status().isLocked()) {
      SignedMinutes s = existing.get();
      throw new DomainException(
          messages()
              .get(
                  "error.signed.already",
                  inspection.title(),
                  Nd30Dates.timeAndDate(s.signedAt()),
                  s.verificationCode()));
    }
    requireSignable(inspection);
    ChecklistTemplate template = inspections.templateOf(inspection);
    MinutesContent content =
        assembler.minutes(inspection, template, inspections.score(inspection, template), options);
    byte[] pdf = renderer.render(content).pdf();
    SignedMinutes signed =
        new SignedMinutes(
            Ids.derived(inspectionId, "minutes", "signed"),
            inspectionId,
            content.verificationCode(),
            content.contentHash(),
            ContentFingerprint.sha256Hex(pdf),
            pdf.length,
            options.includeAnnex(),
            inspection.documentNumber(),
            clock.now());
    inspections.lockSigned(
        inspection.toBuilder().status(InspectionStatus.SIGNED).build(),
        stored.version(),
        (state, version) -> repository.saveSigned(signed, pdf, state, version));
    existing.ifPresent(
        old ->
            LOG.log(
                System.Logger.Level.WARNING,
                "inspection {0}: signed record {1} had no lock (an interrupted signing); replaced by"
                    + " {2}",
                inspectionId,
                old.verificationCode(),
                signed.verificationCode()));
    return signed;
  }

  /**
   * Settles the signed records that have no lock, left by older versions that stored the record and
   * the lock in two transactions when the program stopped between them. Such a record is not a
   * signature. If the inspection is still exactly at the content the stored PDF was made from (same
   * content hash), the signing is completed: the lock is stored, with the record as it is.
   * Otherwise the inspection was edited since, and the record is withdrawn (a tombstone): the
   * inspection can be signed again. Each case is logged.
   */
  public List<InterruptedSigning> settleInterruptedSignings() {
    List<InterruptedSigning> settled = new java.util.ArrayList<>();
    for (SignedMinutes record : repository.findUnlocked()) {
      boolean completed = completeLock(record);
      if (!completed && !repository.withdrawUnlocked(record.inspectionId())) {
        continue; // locked meanwhile: a signature after all
      }
      LOG.log(
          System.Logger.Level.WARNING,
          completed
              ? "inspection {0}: signed record {1} had no lock (an interrupted signing); the"
                  + " inspection was unchanged since, lock completed"
              : "inspection {0}: signed record {1} had no lock (an interrupted signing) and the"
                  + " inspection changed since; record withdrawn, it can be signed again",
          record.inspectionId(),
          record.verificationCode());
      settled.add(
          new InterruptedSigning(record.inspectionId(), record.verificationCode(), completed));
    }
    return settled;
  }

  /** Stores the lock of an unlocked signed record whose content is still the inspection's. */
  private boolean completeLock(SignedMinutes record) {
    Optional<StoredInspection> found = inspections.find(record.inspectionId());
    Optional<byte[]> pdf = repository.signedPdf(record.inspectionId());
    if (found.isEmpty() || pdf.isEmpty()) {
      return false;
    }
    Inspection inspection = found.get().inspection();
    try {
      ChecklistTemplate template = inspections.templateOf(inspection);
      MinutesContent now =
          assembler.minutes(
              inspection,
              template,
              inspections.score(inspection, template),
              new MinutesOptions(record.withAnnex()));
      if (!now.contentHash().equals(record.contentHash())) {
        return false;
      }
      inspections.lockSigned(
          inspection.toBuilder().status(InspectionStatus.SIGNED).build(),
          found.get().version(),
          (state, version) -> repository.saveSigned(record, pdf.get(), state, version));
      return true;
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "inspection " + record.inspectionId() + ": cannot complete the interrupted signing",
          e);
      return false;
    }
  }

  public Optional<SignedMinutes> signed(UUID inspectionId) {
    return repository.findSigned(inspectionId);
  }

  /** The PDF stored when the minutes were signed. */
  public byte[] signedPdf(UUID inspectionId) {
    Inspection inspection = inspections.require(inspectionId).inspection();
    requireSigned(inspection);
    return repository.signedPdf(inspectionId).orElseThrow();
  }

  /** Whether a PDF is byte-identical to signed minutes, and which code it carries. */
  public VerificationResult verify(byte[] pdf) {
    if (pdf == null || pdf.length == 0) {
      throw new DomainException(messages().get("error.pdf.empty"));
    }
    String sha = ContentFingerprint.sha256Hex(pdf);
    Optional<SignedMinutes> identical = repository.findByPdfSha256(sha).stream().findFirst();
    Optional<String> code = renderer.verificationCodeIn(pdf);
    List<SignedMinutes> owners = code.map(repository::findByVerificationCode).orElse(List.of());
    return new VerificationResult(sha, identical, code, owners);
  }

  /**
   * Records an amendment to signed minutes; the signed record is never edited. Its time and place
   * are the ones the user entered: the time cannot be before the inspection ended (when the minutes
   * were signed).
   */
  public MinutesAmendment amend(UUID inspectionId, AmendmentRequest request) {
    Inspection inspection = inspections.require(inspectionId).inspection();
    requireSigned(inspection);
    String clean = request.text() == null ? null : VietnameseText.clean(request.text());
    if (clean == null) {
      throw new DomainException(messages().get("error.amendment.empty"));
    }
    if (request.heldAt() == null) {
      throw new DomainException(messages().get("error.amendment.noTime"));
    }
    if (inspection.endedAt() != null && request.heldAt().isBefore(inspection.endedAt())) {
      throw new DomainException(
          messages()
              .get(
                  "error.amendment.beforeEnd",
                  AmendmentTime.format(request.heldAt()),
                  AmendmentTime.format(inspection.endedAt())));
    }
    String place = request.place() == null ? null : VietnameseText.clean(request.place());
    if (place == null) {
      throw new DomainException(messages().get("error.amendment.noPlace"));
    }
    MinutesAmendment added =
        repository.addAmendment(
            inspectionId, clean, request.heldAt().truncatedTo(ChronoUnit.MINUTES), place);
    inspections.announce(inspectionId, InspectionChanged.Kind.AMENDED);
    return added;
  }

  /**
   * The day the paper minutes were signed: the minutes close with the session's end and say they
   * were read out and signed then, so it is the recorded end of the inspection. Empty when the
   * inspection is not in this database.
   */
  public Optional<LocalDate> paperSigningDate(SignedMinutes signed) {
    return inspections
        .find(signed.inspectionId())
        .map(s -> s.inspection().endedAt())
        .map(LocalDateTime::toLocalDate);
  }

  public List<MinutesAmendment> amendments(UUID inspectionId) {
    return repository.amendments(inspectionId);
  }

  /** Attaches the scan (PDF, JPEG or PNG) of the signed paper minutes. */
  public MinutesScan attachScan(UUID inspectionId, String fileName, byte[] content) {
    Inspection inspection = inspections.require(inspectionId).inspection();
    requireSigned(inspection);
    String name = VietnameseText.clean(fileName);
    if (content == null || content.length == 0) {
      throw new DomainException(messages().get("error.scan.empty", name));
    }
    if (content.length > MAX_SCAN_BYTES) {
      throw new DomainException(
          messages()
              .get(
                  "error.scan.tooLarge",
                  name,
                  Long.toString(content.length / (1024 * 1024)),
                  Long.toString(MAX_SCAN_BYTES / (1024 * 1024))));
    }
    String mediaType =
        ScanType.detect(content)
            .orElseThrow(() -> new DomainException(messages().get("error.scan.type", name)));
    MinutesScan scan =
        new MinutesScan(
            Ids.random(),
            inspectionId,
            name,
            mediaType,
            content.length,
            ContentFingerprint.sha256Hex(content),
            clock.now());
    repository.addScan(scan, content);
    return scan;
  }

  public List<MinutesScan> scans(UUID inspectionId) {
    return repository.scans(inspectionId);
  }

  public Optional<byte[]> scanContent(UUID scanId) {
    return repository.scanContent(scanId);
  }

  private void requireSignable(Inspection inspection) {
    if (inspection.leader().isEmpty()) {
      throw new DomainException(messages().get("error.sign.noLeader", inspection.title()));
    }
    if (inspection.representative().isEmpty()) {
      throw new DomainException(messages().get("error.sign.noRepresentative", inspection.title()));
    }
    if (inspection.endedAt() == null) {
      throw new DomainException(messages().get("error.sign.noEnd", inspection.title()));
    }
  }

  private SignedMinutes requireSigned(Inspection inspection) {
    return repository
        .findSigned(inspection.id())
        .orElseThrow(
            () -> new DomainException(messages().get("error.notSigned", inspection.title())));
  }

  private static Messages messages() {
    return Messages.of("report");
  }
}
