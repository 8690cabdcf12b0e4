package vn.kiemtra.core.answer;

import java.math.BigDecimal;
import vn.kiemtra.core.shared.Decimals;

/**
 * What the inspector recorded for one criterion. Any field may be empty; an answer with nothing in
 * it is the same as no answer ("chưa đánh giá"), never a zero.
 */
public record Answer(
    String criterionCode,
    Result result,
    Long count,
    Qualifier qualifier,
    Long numerator,
    Long denominator,
    DocumentRef documentRef,
    String note,
    BigDecimal scoreOverride) {

  public Answer {
    scoreOverride = Decimals.normal(scoreOverride);
  }

  public static Answer empty(String criterionCode) {
    return new Answer(criterionCode, null, null, null, null, null, null, null, null);
  }

  /** True when the answer holds something that can be scored. */
  public boolean isAssessed() {
    return result != null || scoreOverride != null || hasRatio() || count != null;
  }

  /** True when nothing at all was recorded. */
  public boolean isBlank() {
    return result == null
        && count == null
        && qualifier == null
        && numerator == null
        && denominator == null
        && documentRef == null
        && (note == null || note.isBlank())
        && scoreOverride == null;
  }

  public boolean hasRatio() {
    return numerator != null && denominator != null && denominator > 0;
  }

  public Answer withResult(Result r) {
    return new Answer(
        criterionCode,
        r,
        count,
        qualifier,
        numerator,
        denominator,
        documentRef,
        note,
        scoreOverride);
  }

  public Answer withCount(Long c, Qualifier q) {
    return new Answer(
        criterionCode, result, c, q, numerator, denominator, documentRef, note, scoreOverride);
  }

  public Answer withRatio(Long num, Long den) {
    return new Answer(
        criterionCode, result, count, qualifier, num, den, documentRef, note, scoreOverride);
  }

  public Answer withDocumentRef(DocumentRef ref) {
    return new Answer(
        criterionCode, result, count, qualifier, numerator, denominator, ref, note, scoreOverride);
  }

  public Answer withNote(String n) {
    return new Answer(
        criterionCode,
        result,
        count,
        qualifier,
        numerator,
        denominator,
        documentRef,
        n,
        scoreOverride);
  }

  public Answer withScoreOverride(BigDecimal s) {
    return new Answer(
        criterionCode, result, count, qualifier, numerator, denominator, documentRef, note, s);
  }
}
