package vn.kiemtra.core.inspection;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The in-process {@link InspectionChanges}: a list of listeners. A listener that throws is reported
 * to the log and does not stop the others, nor undo the committed change.
 */
public final class InspectionChangeBus implements InspectionChanges {
  private static final System.Logger LOG = System.getLogger(InspectionChangeBus.class.getName());

  private record Entry(UUID inspectionId, Consumer<InspectionChanged> listener) {}

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  @Override
  public void publish(InspectionChanged change) {
    for (Entry e : entries) {
      if (e.inspectionId() == null || e.inspectionId().equals(change.inspectionId())) {
        try {
          e.listener().accept(change);
        } catch (RuntimeException failure) {
          LOG.log(Level.ERROR, "listener failed on " + change, failure);
        }
      }
    }
  }

  @Override
  public Subscription subscribe(UUID inspectionId, Consumer<InspectionChanged> listener) {
    if (inspectionId == null) {
      throw new IllegalArgumentException("inspectionId");
    }
    return add(new Entry(inspectionId, listener));
  }

  @Override
  public Subscription subscribeAll(Consumer<InspectionChanged> listener) {
    return add(new Entry(null, listener));
  }

  private Subscription add(Entry entry) {
    entries.add(entry);
    return () -> entries.remove(entry);
  }

  /** Number of listeners, for tests that check a closed editor stopped listening. */
  public int listenerCount() {
    return entries.size();
  }
}
