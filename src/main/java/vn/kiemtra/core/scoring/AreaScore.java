package vn.kiemtra.core.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score of one area: points achieved, the template maximum, the maximum that still applies
 * after not-applicable exclusions, the points not yet assessed, and answered / total criteria.
 */
public record AreaScore(
    String areaCode,
    String areaName,
    BigDecimal achieved,
    BigDecimal maxScore,
    BigDecimal applicableMax,
    BigDecimal unassessedMax,
    int answered,
    int total,
    List<CriterionScore> criteria) {
  public AreaScore {
    criteria = List.copyOf(criteria);
  }

  public int unassessed() {
    return total - answered;
  }
}
