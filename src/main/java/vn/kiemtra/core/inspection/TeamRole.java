package vn.kiemtra.core.inspection;

/** Roles in the inspection team, in the order the minutes list them. */
public enum TeamRole {
  LEADER,
  DEPUTY_LEADER,
  MEMBER,
  SECRETARY
}
