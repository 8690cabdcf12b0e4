package vn.kiemtra.core.scoring;

import java.math.BigDecimal;

/**
 * The score of one criterion. {@code score} is null when the criterion is not assessed ("chưa đánh
 * giá") or excluded as not applicable — never zero for either.
 */
public record CriterionScore(String code, State state, BigDecimal score, BigDecimal maxScore) {
  /** Whether and how a criterion counts. */
  public enum State {
    SCORED,
    NOT_APPLICABLE_EXCLUDED,
    UNASSESSED
  }

  public boolean isAssessed() {
    return state != State.UNASSESSED;
  }
}
