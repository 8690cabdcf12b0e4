package vn.kiemtra.core.inspection;

/** Roles of the inspected unit's people: the representative signs the minutes. */
public enum ParticipantRole {
  REPRESENTATIVE,
  PARTICIPANT
}
