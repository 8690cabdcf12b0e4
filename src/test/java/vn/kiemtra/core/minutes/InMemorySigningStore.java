package vn.kiemtra.core.minutes;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.InMemoryChecklistRepository;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.checklist.TemplateStatus;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionRepository;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.inspection.ParticipantRole;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.inspection.StoredInspection;
import vn.kiemtra.core.inspection.TeamMember;
import vn.kiemtra.core.inspection.TeamRole;
import vn.kiemtra.core.inspection.UnitParticipant;
import vn.kiemtra.core.inspection.UnitRef;

/**
 * Inspections and signed minutes in memory, with the checks of the real store: a versioned save
 * refuses a moved-on or locked inspection, and a signing stores the lock and the record together or
 * neither. The aggregate version goes up by one per stored change. Withdrawn records are kept as
 * tombstones.
 */
final class InMemorySigningStore implements InspectionRepository, SignedMinutesRepository {
  static final TemplateRef TEMPLATE = new TemplateRef("THU", "1");

  final Map<UUID, StoredInspection> rows = new HashMap<>();
  final Map<UUID, SignedMinutes> records = new HashMap<>();
  final Map<UUID, byte[]> pdfs = new HashMap<>();
  final Set<UUID> tombstones = new HashSet<>();
  int signings;

  @Override
  public Optional<StoredInspection> find(UUID id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public List<InspectionSummary> list() {
    return List.of();
  }

  @Override
  public List<InspectionSummary> listDeleted() {
    return List.of();
  }

  @Override
  public SaveOutcome save(Inspection inspection) {
    StoredInspection old = rows.get(inspection.id());
    if (old != null && old.inspection().equals(inspection)) {
      return new SaveOutcome(SaveOutcome.Kind.UNCHANGED, old.revision(), 0);
    }
    int revision = old == null ? 1 : old.revision() + 1;
    rows.put(
        inspection.id(),
        new StoredInspection(
            inspection,
            revision,
            OffsetDateTime.of(2026, 3, 2, 8, 0, revision, 0, ZoneOffset.ofHours(7)),
            new UUID(0, 1)));
    return new SaveOutcome(
        old == null ? SaveOutcome.Kind.CREATED : SaveOutcome.Kind.UPDATED, revision, 1);
  }

  @Override
  public SaveOutcome save(Inspection inspection, long expectedVersion) {
    StoredInspection old = rows.get(inspection.id());
    long stored = old == null ? 0 : old.version();
    if (old != null && old.inspection().status().isLocked()) {
      return new SaveOutcome(SaveOutcome.Kind.LOCKED, old.revision(), 0, stored);
    }
    if (stored != expectedVersion) {
      return new SaveOutcome(SaveOutcome.Kind.STALE, old == null ? 0 : old.revision(), 0, stored);
    }
    return save(inspection);
  }

  /** Another device or window changes the stored inspection. */
  void changeElsewhere(UUID id, UnaryOperator<Inspection> change) {
    save(change.apply(rows.get(id).inspection()));
  }

  @Override
  public void delete(UUID id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void restore(UUID id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public SaveOutcome saveSigned(
      SignedMinutes minutes, byte[] pdf, Inspection signedState, long expectedVersion) {
    signings++;
    SaveOutcome lock = save(signedState, expectedVersion);
    if (lock.stored()) {
      records.put(minutes.inspectionId(), minutes);
      pdfs.put(minutes.inspectionId(), pdf);
      tombstones.remove(minutes.inspectionId());
    }
    return lock;
  }

  @Override
  public Optional<SignedMinutes> findSigned(UUID inspectionId) {
    return Optional.ofNullable(records.get(inspectionId));
  }

  @Override
  public List<SignedMinutes> findByPdfSha256(String sha256) {
    return records.values().stream().filter(m -> m.pdfSha256().equals(sha256)).toList();
  }

  @Override
  public List<SignedMinutes> findByVerificationCode(String code) {
    return records.values().stream().filter(m -> m.verificationCode().equals(code)).toList();
  }

  @Override
  public Optional<byte[]> signedPdf(UUID inspectionId) {
    return Optional.ofNullable(pdfs.get(inspectionId));
  }

  @Override
  public List<SignedMinutes> findUnlocked() {
    return records.values().stream()
        .filter(m -> !rows.get(m.inspectionId()).inspection().status().isLocked())
        .toList();
  }

  @Override
  public boolean withdrawUnlocked(UUID inspectionId) {
    if (!records.containsKey(inspectionId)
        || rows.get(inspectionId).inspection().status().isLocked()) {
      return false;
    }
    records.remove(inspectionId);
    pdfs.remove(inspectionId);
    tombstones.add(inspectionId);
    return true;
  }

  /** What an older version left when it stopped between its two writes: a record, no lock. */
  void recordWithoutLock(SignedMinutes minutes, byte[] pdf) {
    records.put(minutes.inspectionId(), minutes);
    pdfs.put(minutes.inspectionId(), pdf);
  }

  @Override
  public MinutesAmendment addAmendment(
      UUID inspectionId, String text, LocalDateTime heldAt, String place) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<MinutesAmendment> amendments(UUID inspectionId) {
    return new ArrayList<>();
  }

  @Override
  public void addScan(MinutesScan scan, byte[] content) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<MinutesScan> scans(UUID inspectionId) {
    return List.of();
  }

  @Override
  public Optional<byte[]> scanContent(UUID scanId) {
    return Optional.empty();
  }

  /** A checklist service over one small published template. */
  static ChecklistService checklists() {
    ChecklistTemplate template =
        new ChecklistTemplate(
            UUID.nameUUIDFromBytes(TEMPLATE.toString().getBytes()),
            TEMPLATE.code(),
            TEMPLATE.version(),
            "Bộ tiêu chí thử",
            TemplateStatus.PUBLISHED,
            NotApplicablePolicy.EXCLUDE_FROM_MAX,
            new BigDecimal("0.5"),
            List.of(
                new ChecklistArea("A", "Chỉ đạo, điều hành", List.of(criterion("A1"))),
                new ChecklistArea("B", "Thủ tục hành chính", List.of(criterion("B1")))));
    return new ChecklistService(InMemoryChecklistRepository.of(template), in -> template);
  }

  private static Criterion criterion(String code) {
    return new Criterion(
        code,
        "Tiêu chí " + code,
        null,
        AnswerType.DKD,
        Set.of(),
        new BigDecimal("2"),
        false,
        null,
        null,
        List.of());
  }

  /** An inspection ready to sign: a leader, a unit representative, an end time. */
  static Inspection readyToSign(UUID id) {
    return Inspection.builder(id)
        .title("Kiểm tra công tác cải cách hành chính năm 2026")
        .template(TEMPLATE)
        .status(InspectionStatus.READY_TO_SIGN)
        .issuer(new Issuer("UBND tỉnh Thái Nguyên", "Sở Nội vụ", "BB-SNV", "Thái Nguyên"))
        .startedAt(LocalDateTime.of(2026, 3, 2, 8, 0))
        .endedAt(LocalDateTime.of(2026, 3, 2, 11, 30))
        .place("Trụ sở Ủy ban nhân dân xã")
        .unit(new UnitRef("Ủy ban nhân dân xã Đồng Hỷ", "UBND xã Đồng Hỷ"))
        .team(
            List.of(new TeamMember("Vũ Thị Hòa", "Phó Giám đốc Sở Nội vụ", null, TeamRole.LEADER)))
        .unitParticipants(
            List.of(
                new UnitParticipant(
                    "Nguyễn Văn Bình", "Chủ tịch UBND xã", ParticipantRole.REPRESENTATIVE)))
        .build();
  }
}
