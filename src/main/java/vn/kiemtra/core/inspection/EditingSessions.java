package vn.kiemtra.core.inspection;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The open editing sessions, one per inspection however many screens show it (the editor, its
 * minutes tab). Counted: the session ends when the last screen releases it.
 */
public final class EditingSessions {
  private final InspectionService service;
  private final Map<UUID, EditingSession> open = new HashMap<>();
  private final Map<UUID, Integer> users = new HashMap<>();

  EditingSessions(InspectionService service) {
    this.service = service;
  }

  /** The session of the inspection, opened if none is; release it when the screen closes. */
  public synchronized EditingSession acquire(UUID inspectionId) {
    users.merge(inspectionId, 1, Integer::sum);
    return open.computeIfAbsent(inspectionId, id -> new EditingSession(service, id));
  }

  /** One screen is done with the session. */
  public synchronized void release(EditingSession session) {
    UUID id = session.id();
    Integer n = users.get(id);
    if (n == null || open.get(id) != session) {
      return;
    }
    if (n <= 1) {
      users.remove(id);
      open.remove(id);
    } else {
      users.put(id, n - 1);
    }
  }

  public synchronized Optional<EditingSession> find(UUID inspectionId) {
    return Optional.ofNullable(open.get(inspectionId));
  }
}
