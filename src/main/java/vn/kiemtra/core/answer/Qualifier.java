package vn.kiemtra.core.answer;

/** How exact a counted figure is: "hơn 11.300" is {@code MORE_THAN 11300}. */
public enum Qualifier {
  EXACT(""),
  MORE_THAN("hơn"),
  ABOUT("khoảng"),
  LESS_THAN("dưới");

  private final String prose;

  Qualifier(String prose) {
    this.prose = prose;
  }

  /** The word printed before the number in Vietnamese prose, empty for an exact figure. */
  public String prose() {
    return prose;
  }
}
