package vn.kiemtra.core.inspection;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The port through which every committed change of an inspection is announced (save, sign, sync
 * merge, import, amendment), so that open editors and previews follow the one stored state.
 * Listeners run on the thread that published, after the commit; they must hand long work elsewhere.
 */
public interface InspectionChanges {
  /** Announces a committed change to the listeners of that inspection and to all-listeners. */
  void publish(InspectionChanged change);

  /** Listens to the changes of one inspection until the subscription is cancelled. */
  Subscription subscribe(UUID inspectionId, Consumer<InspectionChanged> listener);

  /** Listens to the changes of every inspection (the inspection list). */
  Subscription subscribeAll(Consumer<InspectionChanged> listener);

  /** Stops a listener. */
  interface Subscription {
    void cancel();
  }
}
