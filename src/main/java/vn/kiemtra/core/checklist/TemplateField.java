package vn.kiemtra.core.checklist;

/** A field of a template, of an area or of a criterion: where a problem is. */
public enum TemplateField {
  CODE,
  VERSION,
  NAME,
  LEVEL,
  NA_POLICY,
  PARTIAL_FACTOR,
  LEGAL_BASIS,
  AREA_CODE,
  AREA_NAME,
  CRITERION_CODE,
  TEXT,
  GUIDANCE,
  TYPE,
  FACTS,
  POINTS,
  NA_ALLOWED,
  RATIO_TARGET,
  RATIO_THRESHOLD
}
