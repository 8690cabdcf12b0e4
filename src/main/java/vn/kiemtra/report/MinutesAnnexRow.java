package vn.kiemtra.report;

/** One row of the annex table as the annex template reads it (styled text, bold for areas). */
public final class MinutesAnnexRow {
  private final String code;
  private final String text;
  private final String result;
  private final String score;
  private final boolean last;

  public MinutesAnnexRow(String code, String text, String result, String score, boolean last) {
    this.code = code;
    this.text = text;
    this.result = result;
    this.score = score;
    this.last = last;
  }

  /** The last row carries the total, so the total never stands alone on a page. */
  public Boolean getLast() {
    return last;
  }

  public String getCode() {
    return code;
  }

  public String getText() {
    return text;
  }

  public String getResult() {
    return result;
  }

  public String getScore() {
    return score;
  }
}
