package vn.kiemtra.core.inspection;

/** A person of the inspected unit taking part in the session. */
public record UnitParticipant(String fullName, String position, ParticipantRole role) {}
