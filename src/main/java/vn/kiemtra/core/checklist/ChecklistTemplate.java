package vn.kiemtra.core.checklist;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import vn.kiemtra.core.shared.Decimals;

/**
 * A versioned checklist (bộ tiêu chí): areas, criteria and the rules that score them. Published
 * versions never change; an inspection keeps the version it started with.
 */
public record ChecklistTemplate(
    UUID id,
    String code,
    String version,
    String name,
    TemplateStatus status,
    NotApplicablePolicy notApplicablePolicy,
    BigDecimal partialFactor,
    List<ChecklistArea> areas,
    TemplateLevel level,
    String legalBasis) {

  public ChecklistTemplate {
    partialFactor = Decimals.normal(partialFactor);
    areas = List.copyOf(areas);
    level = level == null ? TemplateLevel.KHAC : level;
  }

  /** A template of no particular level and without a legal basis. */
  public ChecklistTemplate(
      UUID id,
      String code,
      String version,
      String name,
      TemplateStatus status,
      NotApplicablePolicy notApplicablePolicy,
      BigDecimal partialFactor,
      List<ChecklistArea> areas) {
    this(
        id,
        code,
        version,
        name,
        status,
        notApplicablePolicy,
        partialFactor,
        areas,
        TemplateLevel.KHAC,
        null);
  }

  /** The same content with another status. */
  public ChecklistTemplate withStatus(TemplateStatus newStatus) {
    return new ChecklistTemplate(
        id,
        code,
        version,
        name,
        newStatus,
        notApplicablePolicy,
        partialFactor,
        areas,
        level,
        legalBasis);
  }

  /** The same content under another id, version and status (a new version, an import). */
  public ChecklistTemplate as(UUID newId, String newVersion, TemplateStatus newStatus) {
    return new ChecklistTemplate(
        newId,
        code,
        newVersion,
        name,
        newStatus,
        notApplicablePolicy,
        partialFactor,
        areas,
        level,
        legalBasis);
  }

  /** The same header with other areas. */
  public ChecklistTemplate withAreas(List<ChecklistArea> newAreas) {
    return new ChecklistTemplate(
        id,
        code,
        version,
        name,
        status,
        notApplicablePolicy,
        partialFactor,
        newAreas,
        level,
        legalBasis);
  }

  public Stream<Criterion> allCriteria() {
    return areas.stream().flatMap(ChecklistArea::allCriteria);
  }

  public Optional<Criterion> criterion(String code) {
    return allCriteria().filter(c -> c.code().equals(code)).findFirst();
  }

  public Optional<ChecklistArea> area(String code) {
    return areas.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** The area a criterion belongs to. */
  public Optional<ChecklistArea> areaOf(String criterionCode) {
    return areas.stream()
        .filter(a -> a.allCriteria().anyMatch(c -> c.code().equals(criterionCode)))
        .findFirst();
  }

  public BigDecimal maxScore() {
    return areas.stream().map(ChecklistArea::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public long criterionCount() {
    return allCriteria().count();
  }

  public TemplateRef ref() {
    return new TemplateRef(code, version);
  }
}
