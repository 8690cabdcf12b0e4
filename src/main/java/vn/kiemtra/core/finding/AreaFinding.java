package vn.kiemtra.core.finding;

/** Strengths and shortcomings the team wrote for one area. */
public record AreaFinding(String areaCode, String strengths, String shortcomings) {
  public boolean isBlank() {
    return (strengths == null || strengths.isBlank())
        && (shortcomings == null || shortcomings.isBlank());
  }
}
