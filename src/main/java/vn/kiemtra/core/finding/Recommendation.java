package vn.kiemtra.core.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recommendation (kiến nghị) of the team, with its addressee, deadline and related criteria. */
public record Recommendation(
    UUID id,
    String text,
    String addressee,
    LocalDate dueDate,
    List<String> relatedItems,
    RecommendationStatus status) {
  public Recommendation {
    relatedItems = relatedItems == null ? List.of() : List.copyOf(relatedItems);
    status = status == null ? RecommendationStatus.OPEN : status;
  }

  /** Open or in progress past its due date. */
  public boolean isOverdue(LocalDate today) {
    return status != RecommendationStatus.DONE && dueDate != null && dueDate.isBefore(today);
  }
}
