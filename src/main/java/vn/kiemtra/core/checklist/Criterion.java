package vn.kiemtra.core.checklist;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.kiemtra.core.shared.Decimals;

/**
 * One criterion (tiêu chí) or sub-criterion (tiêu chí thành phần) of a checklist template.
 *
 * @param facts extra facts recorded beside the scored answer (e.g. a document reference)
 * @param ratioTarget percentage at or above which a ratio earns full points
 * @param ratioThreshold percentage below which a ratio earns nothing
 */
public record Criterion(
    String code,
    String text,
    String guidance,
    AnswerType answerType,
    Set<AnswerType> facts,
    BigDecimal maxScore,
    boolean notApplicableAllowed,
    BigDecimal ratioTarget,
    BigDecimal ratioThreshold,
    List<Criterion> subCriteria) {

  public Criterion {
    maxScore = Decimals.normal(maxScore);
    ratioTarget = Decimals.normal(ratioTarget);
    ratioThreshold = Decimals.normal(ratioThreshold);
    facts = facts == null ? Set.of() : Set.copyOf(facts);
    subCriteria = subCriteria == null ? List.of() : List.copyOf(subCriteria);
  }

  /** This criterion followed by its sub-criteria, depth first. */
  public Stream<Criterion> flatten() {
    return Stream.concat(Stream.of(this), subCriteria.stream().flatMap(Criterion::flatten));
  }

  /** Whether the criterion records a fact of this type, as its answer type or beside it. */
  public boolean records(AnswerType type) {
    return answerType == type || facts.contains(type);
  }
}
