package vn.kiemtra.report;

/**
 * One body paragraph as the minutes template reads it: JasperReports styled text (bold and italic
 * runs, user text XML-escaped), how it is laid out and the group it is kept on a page with. A
 * JavaBean, because records in bean data sources misbehave.
 */
public final class MinutesBodyRow {
  /** A paragraph that may flow onto the next page. */
  static final String FLOW = "flow";

  /** A short paragraph that moves to the next page whole rather than split. */
  static final String KEEP = "keep";

  /** The closing paragraph with the unit's and the leader's signatures. */
  static final String CLOSING = "closing";

  /** The closing paragraph with three signatures (the secretary centred below). */
  static final String CLOSING_WITH_SECRETARY = "closingWithSecretary";

  private final String styledText;
  private final String layout;
  private final int keepKey;

  public MinutesBodyRow(String styledText, String layout, int keepKey) {
    this.styledText = styledText;
    this.layout = layout;
    this.keepKey = keepKey;
  }

  public String getStyledText() {
    return styledText;
  }

  public String getLayout() {
    return layout;
  }

  /** Rows with the same key start on the same page: a heading and what follows it. */
  public Integer getKeepKey() {
    return keepKey;
  }
}
