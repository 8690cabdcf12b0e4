package vn.kiemtra.testsupport;

import java.time.LocalDateTime;
import java.util.UUID;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionPlanner;
import vn.kiemtra.core.inspection.Issuer;

/** Inspections made for tests: copies of a fixture under new ids, blank ones stored. */
public final class Inspections {
  private Inspections() {}

  /** A copy of the inspection with a new id and title and new recommendation ids. */
  public static Inspection copy(Inspection source, UUID id, String title) {
    return source.toBuilder()
        .id(id)
        .title(title)
        .recommendations(
            source.recommendations().stream()
                .map(
                    r ->
                        new Recommendation(
                            UUID.randomUUID(),
                            r.text(),
                            r.addressee(),
                            r.dueDate(),
                            r.relatedItems(),
                            r.status()))
                .toList())
        .build();
  }

  /** A new blank inspection on the default checklist, stored. */
  public static Inspection storedBlank(Services services, String title, LocalDateTime start) {
    Inspection blank =
        new InspectionPlanner()
            .blank(ChecklistService.DEFAULT_TEMPLATE, Issuer.blank(), title, start);
    services.inspections().save(blank);
    return blank;
  }
}
