package vn.kiemtra.core.inspection;

/**
 * A save that locks a signed inspection together with what was signed, in one transaction: it
 * stores {@code signedState} only if the stored inspection is still at {@code expectedVersion} and
 * not locked (the check of {@link InspectionRepository#save(Inspection, long)}), and otherwise
 * writes nothing at all and returns {@link SaveOutcome.Kind#STALE} or {@link
 * SaveOutcome.Kind#LOCKED}.
 */
@FunctionalInterface
public interface LockingSave {
  SaveOutcome save(Inspection signedState, long expectedVersion);
}
