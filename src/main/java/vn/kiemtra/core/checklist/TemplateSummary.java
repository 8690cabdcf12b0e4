package vn.kiemtra.core.checklist;

/** A template with the number of inspections that use it, for lists. */
public record TemplateSummary(ChecklistTemplate template, int inspections) {}
