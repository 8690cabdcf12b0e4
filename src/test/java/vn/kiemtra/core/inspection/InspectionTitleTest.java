package vn.kiemtra.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InspectionTitleTest {

  @Test
  void aTitleWithoutPlaceTakesTheUnit() {
    InspectionTitle t = InspectionTitle.of("Kiểm tra công tác CCHC năm 2026", "Sở Nội vụ");
    assertThat(t.subject()).isEqualTo("Kiểm tra công tác CCHC năm 2026");
    assertThat(t.place()).isEqualTo("Sở Nội vụ");
  }

  @Test
  void aTitleEndingWithTaiKeepsItsOwnPlaceOnce() {
    InspectionTitle t =
        InspectionTitle.of("Kiểm tra công tác CCHC năm 2026 tại Sở Nội vụ", "Sở Nội vụ tỉnh");
    assertThat(t.subject()).isEqualTo("Kiểm tra công tác CCHC năm 2026");
    assertThat(t.place()).isEqualTo("Sở Nội vụ");
  }

  @Test
  void onlyTheLastTaiIsThePlaceAndCapitalTaiCounts() {
    InspectionTitle t =
        InspectionTitle.of("Kiểm tra việc tiếp dân tại bộ phận một cửa Tại UBND xã A", "");
    assertThat(t.subject()).isEqualTo("Kiểm tra việc tiếp dân tại bộ phận một cửa");
    assertThat(t.place()).isEqualTo("UBND xã A");
  }

  @Test
  void aDanglingTaiOrNoTitleIsNotAPlace() {
    assertThat(InspectionTitle.of("Kiểm tra tại ", "Sở Y tế").place()).isEqualTo("Sở Y tế");
    assertThat(InspectionTitle.of(null, null)).isEqualTo(new InspectionTitle("", ""));
  }
}
