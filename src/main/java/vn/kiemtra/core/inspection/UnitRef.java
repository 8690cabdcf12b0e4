package vn.kiemtra.core.inspection;

/** The inspected unit as named on the inspection date (names changed in the 2025 mergers). */
public record UnitRef(String name, String shortName) {}
