package vn.kiemtra.core.backup;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.kiemtra.core.backup.JournalingSignedMinutesRepository.Signing;
import vn.kiemtra.core.evidence.Evidence;
import vn.kiemtra.core.evidence.EvidenceRepository;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionDocumentFormat;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.StoredInspection;
import vn.kiemtra.core.minutes.SignedMinutesRepository;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;

/**
 * Applies journal entries, oldest first, on top of a restored backup. Each inspection entry holds
 * the whole saved document, so an entry followed by a newer one of the same inspection is carried
 * by the newer one. A signing is restored (record, identical PDF and lock, in one transaction) only
 * when its entry is followed by the inspection's signed state at the same version, which the
 * journal writes after it: a signing entry alone was cut short and is reported, never completed. A
 * change that cannot be applied is reported, never guessed at.
 */
public final class JournalReplay {
  private final Messages msg = Messages.of("backup");
  private final InspectionService inspections;
  private final EvidenceRepository evidence;
  private final InspectionDocumentFormat format;
  private final SignedMinutesRepository minutes;

  public JournalReplay(
      InspectionService inspections,
      EvidenceRepository evidence,
      InspectionDocumentFormat format,
      SignedMinutesRepository minutes) {
    this.inspections = inspections;
    this.evidence = evidence;
    this.format = format;
    this.minutes = minutes;
  }

  /**
   * What a file that fell back to an older state (H2 after a kill) lacks of the journal: the newest
   * save of each inspection whose stored version is below the version that save reached (or that is
   * not stored at all) with the signings that save completes when their record is not stored, and
   * each photo added and not deleted since that is not stored (or deleted and still stored). Oldest
   * first.
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
    Map<Integer, Integer> signings = completedSignings(entries);
    List<JournalEntry> missing = new ArrayList<>();
    for (JournalEntry e : newestSave.values()) {
      long saved = Long.parseLong(e.header("version"));
      java.util.Optional<Long> stored = storedVersion.apply(e.subject());
      if (stored.isEmpty() || stored.get() < saved) {
        missing.add(e);
        if (minutes.findSigned(e.subject()).isEmpty()) {
          for (int i = 0; i < entries.size(); i++) {
            JournalEntry signing = entries.get(i);
            if (signing.kind() == JournalEntry.Kind.MINUTES_SIGNED
                && signing.subject().equals(e.subject())) {
              missing.add(signing);
              Integer completion = signings.get(i);
              if (completion != null && entries.get(completion) != e) {
                missing.add(entries.get(completion));
              }
            }
          }
        }
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
    return ReplayScope.call(() -> applyAll(entries));
  }

  private List<ReplayedChange> applyAll(List<JournalEntry> entries) {
    Map<UUID, Integer> lastSave = new HashMap<>();
    Map<UUID, Integer> firstSave = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).kind() == JournalEntry.Kind.INSPECTION_SAVED) {
        lastSave.put(entries.get(i).subject(), i);
        firstSave.putIfAbsent(entries.get(i).subject(), i);
      }
    }
    Map<Integer, Integer> completed = completedSignings(entries);
    Map<UUID, Integer> newestSigning = new HashMap<>();
    completed.keySet().stream()
        .sorted()
        .forEach(i -> newestSigning.put(entries.get(i).subject(), i));
    // The newest state of an inspection is applied where it first appears, so evidence added in
    // between finds its inspection; a signing is applied with it.
    Map<UUID, SaveResult> saveOutcome = new HashMap<>();
    String[] outcomes = new String[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      JournalEntry e = entries.get(i);
      if (e.kind() == JournalEntry.Kind.INSPECTION_SAVED) {
        if (firstSave.get(e.subject()) == i) {
          Integer signing = newestSigning.get(e.subject());
          saveOutcome.put(
              e.subject(),
              applySave(
                  entries.get(lastSave.get(e.subject())),
                  signing == null ? null : entries.get(signing),
                  signing == null ? null : entries.get(completed.get(signing))));
        }
      } else if (e.kind() != JournalEntry.Kind.MINUTES_SIGNED) {
        outcomes[i] = applyOne(e);
      }
    }
    List<ReplayedChange> result = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JournalEntry e = entries.get(i);
      String failure =
          switch (e.kind()) {
            case INSPECTION_SAVED -> saveOutcome.get(e.subject()).saveFailure();
            case MINUTES_SIGNED -> signingOutcome(e, i, completed, newestSigning, saveOutcome);
            default -> outcomes[i];
          };
      result.add(new ReplayedChange(e, describe(e), failure));
    }
    return result;
  }

  /**
   * Pairs each signing entry (by index) with the entry of the inspection's signed state written
   * after it in the same signing, recognised by the version both name. A signing entry without one
   * was cut short by a crash before the signing was reported.
   */
  private static Map<Integer, Integer> completedSignings(List<JournalEntry> entries) {
    Map<UUID, Integer> open = new HashMap<>();
    Map<Integer, Integer> completed = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      JournalEntry e = entries.get(i);
      if (e.kind() == JournalEntry.Kind.MINUTES_SIGNED) {
        open.put(e.subject(), i);
      } else if (e.kind() == JournalEntry.Kind.INSPECTION_SAVED && open.containsKey(e.subject())) {
        int signing = open.remove(e.subject());
        String version = entries.get(signing).header("version");
        if (version != null && version.equals(e.header("version"))) {
          completed.put(signing, i);
        }
      }
    }
    return completed;
  }

  /** What became of a signing entry: its inspection's outcome when it was the one applied. */
  private String signingOutcome(
      JournalEntry e,
      int index,
      Map<Integer, Integer> completed,
      Map<UUID, Integer> newestSigning,
      Map<UUID, SaveResult> saveOutcome) {
    if (!completed.containsKey(index)) {
      return msg.get("replay.signingInterrupted");
    }
    if (newestSigning.get(e.subject()) != index) {
      return null; // signed again later: the newer signing carries it
    }
    return saveOutcome.get(e.subject()).signingFailure();
  }

  /**
   * @param saveFailure why the inspection's newest state could not be stored, null when it was
   * @param signingFailure why its signing could not be restored, null when it was (or was stored)
   */
  private record SaveResult(String saveFailure, String signingFailure) {}

  /**
   * Stores the newest state of an inspection. A signed state whose minutes the database lacks is
   * stored with them when the journal holds the signing that produced it ({@code signing},
   * completed by {@code signedSave}): the record, the identical PDF and the lock in one
   * transaction, then any later change the lock allows (the office's number). Otherwise it is
   * stored ready to sign.
   */
  private SaveResult applySave(JournalEntry last, JournalEntry signing, JournalEntry signedSave) {
    try {
      Inspection saved = read(last);
      if (saved.status() != InspectionStatus.SIGNED || minutes.findSigned(saved.id()).isPresent()) {
        inspections.save(saved);
        return new SaveResult(null, null);
      }
      String signingFailure = msg.get("replay.signedLost");
      if (signing != null) {
        try {
          Signing s = Signing.from(signing);
          Inspection signedState = read(signedSave);
          if (signedState.status() == InspectionStatus.SIGNED) {
            long version = inspections.find(saved.id()).map(StoredInspection::version).orElse(0L);
            inspections.lockSigned(
                signedState,
                version,
                (state, v) -> minutes.saveSigned(s.minutes(), s.pdf(), state, v));
            return new SaveResult(
                signedState.equals(saved) ? null : failureOf(() -> inspections.save(saved)), null);
          }
        } catch (IllegalArgumentException | java.time.DateTimeException ex) {
          signingFailure = msg.get("replay.unreadable", ex.getClass().getSimpleName());
        }
      }
      inspections.save(saved.toBuilder().status(InspectionStatus.READY_TO_SIGN).build());
      return new SaveResult(msg.get("replay.signedLost"), signingFailure);
    } catch (RuntimeException ex) {
      String failure = reason(ex);
      return new SaveResult(failure, failure);
    }
  }

  private Inspection read(JournalEntry e) {
    return format.readSaved(new ByteArrayInputStream(e.body())).inspection();
  }

  /** Runs a write; null when it was applied, else the reason it could not be. */
  private String failureOf(Runnable write) {
    try {
      write.run();
      return null;
    } catch (RuntimeException ex) {
      return reason(ex);
    }
  }

  private String reason(RuntimeException ex) {
    return ex instanceof DomainException
        ? ex.getMessage()
        : msg.get("replay.unreadable", ex.getClass().getSimpleName());
  }

  /** Applies one entry; returns null when applied, else the reason it could not be. */
  private String applyOne(JournalEntry e) {
    if (e.kind() == JournalEntry.Kind.OTHER_CHANGE) {
      return msg.get("replay.other");
    }
    return failureOf(
        () -> {
          switch (e.kind()) {
            case INSPECTION_DELETED -> inspections.delete(e.subject());
            case INSPECTION_RESTORED -> inspections.restore(e.subject());
            case EVIDENCE_ADDED -> {
              Evidence meta = JournalingEvidenceRepository.EvidenceHeader.from(e);
              boolean present =
                  evidence.list(meta.inspectionId()).stream()
                      .anyMatch(x -> x.id().equals(meta.id()));
              if (!present) {
                evidence.add(meta, e.body());
              }
            }
            case EVIDENCE_DELETED -> evidence.delete(e.subject());
            case INSPECTION_SAVED, MINUTES_SIGNED, OTHER_CHANGE ->
                throw new IllegalStateException("applied with the inspection's newest state");
          }
        });
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
      case MINUTES_SIGNED -> msg.get("change.signed", time, title == null ? e.subject() : title);
      case OTHER_CHANGE -> msg.get("change.other", time);
    };
  }
}
