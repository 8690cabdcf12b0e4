package vn.kiemtra.core.checklist;

/** How a criterion is answered and scored (domain brief §3.2). */
public enum AnswerType {
  /** Đạt / Không đạt / Không áp dụng. */
  DKD,
  /** Đạt / Đạt một phần / Không đạt / Không áp dụng. */
  DKD4,
  /** A count, with an optional qualifier (hơn, khoảng, dưới). */
  SO,
  /** A ratio from numerator and denominator. */
  TL,
  /** A date. */
  NGAY,
  /** Free text. */
  VB,
  /** A document reference: number, date, issuer. */
  SH
}
