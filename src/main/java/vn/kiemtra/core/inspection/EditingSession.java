package vn.kiemtra.core.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.scoring.InspectionScore;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * The one state of an inspection while it is open for editing: the stored aggregate, its template
 * and the version it was read at, plus the edits not yet saved. Edits are kept as changes (not as a
 * copy), so when the stored inspection moves on (a sync import, a command) the session reads it
 * again and replays the unsaved changes on top: nothing merged is overwritten, and nothing being
 * typed is lost. Saves name the version they are based on; the repository checks it and the lock in
 * the save's own transaction.
 *
 * <p>{@link #edit} and {@link #snapshot} are cheap and never touch the database (the window's
 * thread calls them); {@link #load}, {@link #flush} and {@link #refresh} do, one at a time.
 */
public final class EditingSession {
  private static final Messages MSG = Messages.of("editing");
  private static final int SAVE_ATTEMPTS = 3;

  private final InspectionService service;
  private final UUID id;
  private final ReentrantLock io = new ReentrantLock();

  private ChecklistTemplate template;
  private Inspection base;
  private long version;
  private boolean locked;
  private Inspection current;
  private final List<UnaryOperator<Inspection>> pending = new ArrayList<>();

  EditingSession(InspectionService service, UUID id) {
    this.service = service;
    this.id = id;
  }

  /** What the session holds at one moment. */
  public record Snapshot(
      Inspection inspection,
      ChecklistTemplate template,
      long version,
      boolean locked,
      int pendingEdits) {}

  /** What a {@link #flush} did. */
  public record Flush(Outcome outcome, Snapshot state, int discardedEdits) {
    /** The outcomes of a flush. */
    public enum Outcome {
      /** Nothing was waiting. */
      NOTHING,
      /** The edits are stored. */
      SAVED,
      /** The stored inspection had changed elsewhere; the edits were replayed on it and stored. */
      SAVED_AFTER_RELOAD,
      /** The inspection was signed meanwhile: the edits could not be stored and were dropped. */
      LOCKED
    }
  }

  /** What a {@link #refresh} found. */
  public record Refresh(boolean changed, Snapshot state, int discardedEdits) {}

  public UUID id() {
    return id;
  }

  /** Reads the stored inspection and its template; call in the background. */
  public Snapshot load() {
    io.lock();
    try {
      StoredInspection stored = service.require(id);
      ChecklistTemplate t = service.templateOf(stored.inspection());
      synchronized (this) {
        template = t;
        rebase(stored);
        return snapshot();
      }
    } finally {
      io.unlock();
    }
  }

  /** The current state: the stored inspection with the unsaved edits applied. */
  public synchronized Snapshot snapshot() {
    return new Snapshot(current, template, version, locked, pending.size());
  }

  public synchronized Inspection current() {
    return current;
  }

  public synchronized boolean hasPendingEdits() {
    return !pending.isEmpty();
  }

  /**
   * Applies one edit to the current state; it is stored by the next {@link #flush}. A signed
   * inspection takes no edits.
   *
   * @return whether the state changed
   */
  public synchronized boolean edit(UnaryOperator<Inspection> change) {
    if (current == null) {
      throw new IllegalStateException("load the session before editing");
    }
    if (locked) {
      return false;
    }
    Inspection next = change.apply(current);
    if (next.equals(current)) {
      return false;
    }
    pending.add(change);
    current = next;
    return true;
  }

  /** The score of the current state; pure (the template is held, nothing is read). */
  public InspectionScore score() {
    Inspection in;
    ChecklistTemplate t;
    synchronized (this) {
      in = current;
      t = template;
    }
    return service.score(in, t);
  }

  /**
   * Stores the unsaved edits against the version they are based on. If the stored inspection moved
   * on, reads it again, replays the edits and tries again. A failure (disk full, a rule) leaves the
   * edits waiting for the next flush.
   */
  public Flush flush() {
    io.lock();
    try {
      boolean reloaded = false;
      for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
        Inspection toSave;
        long basedOn;
        int count;
        synchronized (this) {
          if (pending.isEmpty()) {
            return new Flush(Flush.Outcome.NOTHING, snapshot(), 0);
          }
          toSave = current;
          basedOn = version;
          count = pending.size();
        }
        SaveOutcome outcome = service.saveEdit(toSave, basedOn, this);
        switch (outcome.kind()) {
          case STALE -> {
            StoredInspection fresh = service.require(id);
            synchronized (this) {
              rebase(fresh);
            }
            reloaded = true;
          }
          case LOCKED -> {
            StoredInspection fresh = service.require(id);
            synchronized (this) {
              int dropped = pending.size();
              pending.clear();
              rebase(fresh);
              return new Flush(Flush.Outcome.LOCKED, snapshot(), dropped);
            }
          }
          default -> {
            synchronized (this) {
              base = toSave;
              version = outcome.version();
              pending.subList(0, count).clear();
              current = replay(base);
              return new Flush(
                  reloaded ? Flush.Outcome.SAVED_AFTER_RELOAD : Flush.Outcome.SAVED, snapshot(), 0);
            }
          }
        }
      }
      throw new DomainException(MSG.get("session.keepsChanging", toTitle()));
    } finally {
      io.unlock();
    }
  }

  /**
   * Reads the stored inspection again if its version differs from the one held (a change made
   * elsewhere) and replays the unsaved edits on it. If it is now signed, the unsaved edits are
   * dropped and the session takes no more.
   */
  public Refresh refresh() {
    io.lock();
    try {
      StoredInspection stored = service.require(id);
      synchronized (this) {
        if (stored.version() == version && stored.inspection().status().isLocked() == locked) {
          return new Refresh(false, snapshot(), 0);
        }
        int dropped = 0;
        if (stored.inspection().status().isLocked()) {
          dropped = pending.size();
          pending.clear();
        }
        rebase(stored);
        return new Refresh(true, snapshot(), dropped);
      }
    } finally {
      io.unlock();
    }
  }

  /** Takes the stored state as the new base and replays the unsaved edits on it. */
  private void rebase(StoredInspection stored) {
    base = stored.inspection();
    version = stored.version();
    locked = base.status().isLocked();
    current = replay(base);
  }

  private Inspection replay(Inspection from) {
    Inspection result = from;
    for (UnaryOperator<Inspection> change : pending) {
      result = change.apply(result);
    }
    return result;
  }

  private synchronized String toTitle() {
    return current == null ? id.toString() : current.title();
  }
}
