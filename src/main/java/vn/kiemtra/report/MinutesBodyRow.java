package vn.kiemtra.report;

/**
 * One body paragraph as the minutes template reads it: JasperReports styled text (bold and italic
 * runs, user text XML-escaped). A JavaBean, because records in bean data sources misbehave.
 */
public final class MinutesBodyRow {
  private final String styledText;

  public MinutesBodyRow(String styledText) {
    this.styledText = styledText;
  }

  public String getStyledText() {
    return styledText;
  }
}
