package vn.kiemtra.core.minutes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.kiemtra.core.inspection.InMemoryInspections;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.inspection.ParticipantRole;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.inspection.TeamMember;
import vn.kiemtra.core.inspection.TeamRole;
import vn.kiemtra.core.inspection.UnitParticipant;
import vn.kiemtra.core.inspection.UnitRef;

/**
 * Signed minutes in memory beside {@link InMemoryInspections} (which checks the version and the
 * lock like the real store): a signing stores the lock and the record together or neither.
 * Withdrawn records are kept as tombstones.
 */
public final class InMemorySigningStore implements SignedMinutesRepository {
  final InMemoryInspections inspections = new InMemoryInspections();
  final Map<UUID, SignedMinutes> records = new HashMap<>();
  final Map<UUID, byte[]> pdfs = new HashMap<>();
  final Set<UUID> tombstones = new HashSet<>();
  int signings;

  /** The inspections the lock is stored in. */
  public InMemoryInspections inspections() {
    return inspections;
  }

  /** How many signing transactions stored something or were refused. */
  public int signings() {
    return signings;
  }

  @Override
  public SaveOutcome saveSigned(
      SignedMinutes minutes, byte[] pdf, Inspection signedState, long expectedVersion) {
    signings++;
    SaveOutcome lock = inspections.save(signedState, expectedVersion);
    if (lock.stored()) {
      records.put(minutes.inspectionId(), minutes);
      pdfs.put(minutes.inspectionId(), pdf);
      tombstones.remove(minutes.inspectionId());
    }
    return lock;
  }

  private boolean locked(UUID inspectionId) {
    return inspections.find(inspectionId).orElseThrow().inspection().status().isLocked();
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
    return records.values().stream().filter(m -> !locked(m.inspectionId())).toList();
  }

  @Override
  public boolean withdrawUnlocked(UUID inspectionId) {
    if (!records.containsKey(inspectionId) || locked(inspectionId)) {
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

  /** An inspection ready to sign: a leader, a unit representative, an end time. */
  public static Inspection readyToSign(UUID id) {
    return Inspection.builder(id)
        .title("Kiểm tra công tác cải cách hành chính năm 2026")
        .template(InMemoryInspections.REF)
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
