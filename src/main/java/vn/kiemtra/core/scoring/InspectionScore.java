package vn.kiemtra.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Scores per area and in total for one inspection. */
public record InspectionScore(List<AreaScore> areas) {
  public InspectionScore {
    areas = List.copyOf(areas);
  }

  public BigDecimal achieved() {
    return sum(areas.stream().map(AreaScore::achieved).toList());
  }

  public BigDecimal maxScore() {
    return sum(areas.stream().map(AreaScore::maxScore).toList());
  }

  public BigDecimal applicableMax() {
    return sum(areas.stream().map(AreaScore::applicableMax).toList());
  }

  public BigDecimal unassessedMax() {
    return sum(areas.stream().map(AreaScore::unassessedMax).toList());
  }

  public int answered() {
    return areas.stream().mapToInt(AreaScore::answered).sum();
  }

  public int total() {
    return areas.stream().mapToInt(AreaScore::total).sum();
  }

  /**
   * The achieved points on a 100-point scale after not-applicable exclusions; empty when nothing
   * applicable is left.
   */
  public Optional<BigDecimal> normalisedPercent() {
    BigDecimal max = applicableMax();
    if (max.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        achieved().multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP));
  }

  public Optional<CriterionScore> criterion(String code) {
    return areas.stream()
        .flatMap(a -> a.criteria().stream())
        .filter(c -> c.code().equals(code))
        .findFirst();
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
