package vn.kiemtra.core.inspection;

import java.util.UUID;

/**
 * One committed change of an inspection, announced after the transaction that made it.
 *
 * @param inspectionId the inspection that changed
 * @param version its aggregate version after the change ({@link StoredInspection#version()}), or 0
 *     when the announcer does not know it (the listener then reads it again)
 * @param kind what changed it
 * @param origin the editing session that made the change, or null for any other cause; a session
 *     ignores its own announcements
 */
public record InspectionChanged(UUID inspectionId, long version, Kind kind, Object origin) {
  /** What made the change. */
  public enum Kind {
    /** A save: an edit, a document import or a command. */
    SAVED,
    /** The minutes were signed and the inspection is locked. */
    SIGNED,
    /** An amendment ("biên bản bổ sung") was recorded. */
    AMENDED,
    /** A sync package or a conflict resolution changed rows of the inspection. */
    SYNC_MERGED,
    /** Moved to or out of the trash. */
    TRASHED
  }

  public InspectionChanged(UUID inspectionId, long version, Kind kind) {
    this(inspectionId, version, kind, null);
  }
}
