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
  private final int index;
  private final boolean spacer;
  private final boolean breakBefore;

  public MinutesBodyRow(
      String styledText,
      String layout,
      int keepKey,
      int index,
      boolean spacer,
      boolean breakBefore) {
    this.styledText = styledText;
    this.layout = layout;
    this.keepKey = keepKey;
    this.index = index;
    this.spacer = spacer;
    this.breakBefore = breakBefore;
  }

  public String getStyledText() {
    return styledText;
  }

  public String getLayout() {
    return layout;
  }

  /** The row's place in the body, printed as a property so the filled pages can be read back. */
  public Integer getIndex() {
    return index;
  }

  /** One empty line before the paragraph, so its last line does not stand alone on a page. */
  public Boolean getSpacer() {
    return spacer;
  }

  /** A page break before the row: a heading that would otherwise end a page starts the next. */
  public Boolean getBreakBefore() {
    return breakBefore;
  }

  /** Rows with the same key belong together: a heading and what follows it. */
  public Integer getKeepKey() {
    return keepKey;
  }
}
