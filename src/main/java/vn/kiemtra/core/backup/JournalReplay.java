package vn.kiemtra.core.backup;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import vn.kiemtra.core.evidence.Evidence;
import vn.kiemtra.core.evidence.EvidenceRepository;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionDocumentFormat;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;

/**
 * Applies journal entries, oldest first, on top of a restored backup. Each inspection entry holds
 * the whole saved document, so an entry followed by a newer one of the same inspection is carried
 * by the newer one. A change that cannot be applied is reported, never guessed at.
 */
public final class JournalReplay {
  private final Messages msg = Messages.of("backup");
  private final InspectionService inspections;
  private final EvidenceRepository evidence;
  private final InspectionDocumentFormat format;
  private final Predicate<UUID> hasSignedMinutes;

  public JournalReplay(
      InspectionService inspections,
      EvidenceRepository evidence,
      InspectionDocumentFormat format,
      Predicate<UUID> hasSignedMinutes) {
    this.inspections = inspections;
    this.evidence = evidence;
    this.format = format;
    this.hasSignedMinutes = hasSignedMinutes;
  }

  /**
   * What a file that fell back to an older state (H2 after a kill) lacks of the journal: the newest
   * save of each inspection whose stored version is below the version that save reached (or that is
   * not stored at all), and each photo added and not deleted since that is not stored (or deleted
   * and still stored). Oldest first.
   */
  public List<JournalEntry> missingChanges(
      List<JournalEntry> entries,
      java.util.function.Function<UUID, java.util.Optional<Long>> storedVersion) {
    Map<UUID, JournalEntry> newestSave = new java.util.LinkedHashMap<>();
    Map<UUID, JournalEntry> lastPhotoChange = new java.util.LinkedHashMap<>();
    for (JournalEntry e : entries) {
      switch (e.kind()) {
        case INSPECTION_SAVED -> {
          if (e.header("version") != null) {
            newestSave.put(e.subject(), e);
          }
        }
        case EVIDENCE_ADDED, EVIDENCE_DELETED -> lastPhotoChange.put(e.subject(), e);
        default -> {}
      }
    }
    List<JournalEntry> missing = new ArrayList<>();
    for (JournalEntry e : newestSave.values()) {
      long saved = Long.parseLong(e.header("version"));
      java.util.Optional<Long> stored = storedVersion.apply(e.subject());
      if (stored.isEmpty() || stored.get() < saved) {
        missing.add(e);
      }
    }
    for (JournalEntry e : lastPhotoChange.values()) {
      boolean stored = evidence.content(e.subject()).isPresent();
      if (stored != (e.kind() == JournalEntry.Kind.EVIDENCE_ADDED)) {
        missing.add(e);
      }
    }
    missing.sort(java.util.Comparator.comparingLong(JournalEntry::sequence));
    return missing;
  }

  public List<ReplayedChange> apply(List<JournalEntry> entries) {
    Map<UUID, Integer> lastSave = new HashMap<>();
    Map<UUID, Integer> firstSave = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).kind() == JournalEntry.Kind.INSPECTION_SAVED) {
        lastSave.put(entries.get(i).subject(), i);
        firstSave.putIfAbsent(entries.get(i).subject(), i);
      }
    }
    // The newest state of an inspection is applied where it first appears, so evidence added in
    // between finds its inspection.
    Map<UUID, String> saveOutcome = new HashMap<>();
    String[] outcomes = new String[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      JournalEntry e = entries.get(i);
      if (e.kind() == JournalEntry.Kind.INSPECTION_SAVED) {
        if (firstSave.get(e.subject()) == i) {
          saveOutcome.put(e.subject(), applyOne(entries.get(lastSave.get(e.subject()))));
        }
      } else {
        outcomes[i] = applyOne(e);
      }
    }
    List<ReplayedChange> result = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JournalEntry e = entries.get(i);
      String failure =
          e.kind() == JournalEntry.Kind.INSPECTION_SAVED
              ? saveOutcome.get(e.subject())
              : outcomes[i];
      result.add(new ReplayedChange(e, describe(e), failure));
    }
    return result;
  }

  /** Applies one entry; returns null when applied, else the reason it could not be. */
  private String applyOne(JournalEntry e) {
    try {
      switch (e.kind()) {
        case INSPECTION_SAVED -> {
          Inspection saved = format.readSaved(new ByteArrayInputStream(e.body())).inspection();
          if (saved.status() == InspectionStatus.SIGNED && !hasSignedMinutes.test(saved.id())) {
            inspections.save(saved.toBuilder().status(InspectionStatus.READY_TO_SIGN).build());
            return msg.get("replay.signedLost");
          }
          inspections.save(saved);
        }
        case INSPECTION_DELETED -> inspections.delete(e.subject());
        case INSPECTION_RESTORED -> inspections.restore(e.subject());
        case EVIDENCE_ADDED -> {
          Evidence meta = JournalingEvidenceRepository.EvidenceHeader.from(e);
          boolean present =
              evidence.list(meta.inspectionId()).stream().anyMatch(x -> x.id().equals(meta.id()));
          if (!present) {
            evidence.add(meta, e.body());
          }
        }
        case EVIDENCE_DELETED -> evidence.delete(e.subject());
        case OTHER_CHANGE -> {
          return msg.get("replay.other");
        }
      }
      return null;
    } catch (DomainException ex) {
      return ex.getMessage();
    } catch (RuntimeException ex) {
      return msg.get("replay.unreadable", ex.getClass().getSimpleName());
    }
  }

  private String describe(JournalEntry e) {
    String time =
        Nd30Dates.timeAndDate(
            Instant.ofEpochMilli(e.epochMillis()).atZone(Clock.VIETNAM).toOffsetDateTime());
    String title = e.header("title");
    String fileName = e.header("fileName");
    return switch (e.kind()) {
      case INSPECTION_SAVED -> msg.get("change.saved", time, title == null ? e.subject() : title);
      case INSPECTION_DELETED -> msg.get("change.deleted", time, e.subject());
      case INSPECTION_RESTORED -> msg.get("change.restored", time, e.subject());
      case EVIDENCE_ADDED -> msg.get("change.evidenceAdded", time, fileName);
      case EVIDENCE_DELETED -> msg.get("change.evidenceDeleted", time, e.subject());
      case OTHER_CHANGE -> msg.get("change.other", time);
    };
  }
}
