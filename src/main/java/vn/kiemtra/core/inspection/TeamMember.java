package vn.kiemtra.core.inspection;

/** A member of the inspection team. */
public record TeamMember(String fullName, String position, String organisation, TeamRole role) {}
