package vn.kiemtra.core.inspection;

/**
 * The longest text each field of an inspection may hold, in characters. Each limit fits the
 * database column that stores the field (db/migration), and the limits of the title, unit and place
 * are chosen so that the search keys built from them fit their columns too; the validator checks
 * them before anything reaches the database.
 */
public enum TextLimit {
  TITLE("title", 1000),
  GOVERNING_BODY("issuer.governingBody", 500),
  ISSUING_BODY("issuer.issuingBody", 500),
  DOCUMENT_SYMBOL("issuer.documentSymbol", 100),
  PLACE_NAME("issuer.placeName", 200),
  BASIS("basis[]", 2000),
  PLACE("place", 500),
  UNIT_NAME("unit.name", 300),
  UNIT_SHORT_NAME("unit.shortName", 150),
  TEAM_FULL_NAME("team[].fullName", 200),
  TEAM_POSITION("team[].position", 300),
  TEAM_ORGANISATION("team[].organisation", 300),
  PARTICIPANT_FULL_NAME("unitParticipants[].fullName", 200),
  PARTICIPANT_POSITION("unitParticipants[].position", 300),
  DOCUMENT_REF_NUMBER("answers[].documentRef.number", 200),
  DOCUMENT_REF_ISSUER("answers[].documentRef.issuer", 500),
  RECOMMENDATION_ADDRESSEE("recommendations[].addressee", 500),
  /** All related criterion codes of one recommendation, joined with commas. */
  RELATED_ITEMS("recommendations[].relatedItems", 1000),
  /** The accent-free search key of title, unit name, unit short name and place together. */
  INSPECTION_SEARCH_KEY("title+unit+place", 2000),
  /** The accent-free search key of unit name and short name together. */
  UNIT_SEARCH_KEY("unit", 500);

  private final String field;
  private final int max;

  TextLimit(String field, int max) {
    this.field = field;
    this.max = max;
  }

  /** Where the field is in the exchange format, below {@code inspection.}. */
  public String field() {
    return field;
  }

  /** The most characters the field may hold. */
  public int max() {
    return max;
  }

  /** True when the text is absent or fits. */
  public boolean fits(String text) {
    return text == null || text.length() <= max;
  }
}
