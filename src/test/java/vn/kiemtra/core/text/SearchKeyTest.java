package vn.kiemtra.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchKeyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Nguyễn Văn A|nguyen van a",
        "Đặng Thị Đào|dang thi dao",
        "\u00D0ặng Thị Lan|dang thi lan",
        "'  Văn   phòng\tUBND  tỉnh '|van phong ubnd tinh",
        "Hòa|hoa",
        "Hoà|hoa",
        "Thủy|thuy",
        "Thuỷ|thuy",
        "ƯU TIÊN|uu tien",
        "Sở Tài chính|so tai chinh",
        "Cơ quan|co quan"
      })
  void ofFoldsAccentsCaseAndSpaces(String text, String expected) {
    assertThat(SearchKey.of(text)).isEqualTo(expected);
  }

  @Test
  void ofGivesTheSameKeyForDecomposedText() {
    String text = "Hoàng Thị Hằng, Giám đốc Sở Tài chính";

    assertThat(SearchKey.of(Normalizer.normalize(text, Normalizer.Form.NFD)))
        .isEqualTo(SearchKey.of(text))
        .isEqualTo("hoang thi hang, giam doc so tai chinh");
  }

  @Test
  void ofReturnsEmptyKeyForNull() {
    assertThat(SearchKey.of(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "van phong ubnd|Văn phòng UBND tỉnh",
        "ubnd van phong|Văn phòng UBND tỉnh",
        "nguyen|Nguyễn Văn A",
        "hoa|Hòa",
        "hoa|Hoà",
        "Hòa|Hoà",
        "dang|Đặng Văn Lâm",
        "Sở tài chính|SỞ TÀI CHÍNH",
        "NGUYỄN|Nguyễn Văn A",
        "phong|Văn phòng UBND tỉnh"
      })
  void matchesWhenEveryQueryWordOccurs(String query, String text) {
    assertThat(SearchKey.matches(query, text)).isTrue();
  }

  @Test
  void matchesDecomposedQueryAgainstComposedText() {
    String query = Normalizer.normalize("Nguyễn", Normalizer.Form.NFD);

    assertThat(SearchKey.matches(query, "Nguyễn Văn A")).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"nguyen b|Nguyễn Văn A", "tinh|Văn phòng UBND", "so noi vu|Sở Tài chính"})
  void doesNotMatchWhenAnyQueryWordIsMissing(String query, String text) {
    assertThat(SearchKey.matches(query, text)).isFalse();
  }

  @Test
  void doesNotMatchNullTextForNonBlankQuery() {
    assertThat(SearchKey.matches("hoa", null)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void blankQueryMatchesEverything(String query) {
    assertThat(SearchKey.matches(query, "Văn phòng UBND tỉnh")).isTrue();
    assertThat(SearchKey.matches(query, "")).isTrue();
    assertThat(SearchKey.matches(query, null)).isTrue();
  }
}
