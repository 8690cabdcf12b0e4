package vn.kiemtra.core.inspection;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.kiemtra.core.checklist.TemplateRef;

/** One line of the inspection list. */
public record InspectionSummary(
    UUID id,
    String title,
    LocalDateTime startedAt,
    String unitName,
    InspectionStatus status,
    TemplateRef template,
    int revision,
    OffsetDateTime updatedAt) {}
