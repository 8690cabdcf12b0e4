package vn.kiemtra.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountTextTest {

  @ParameterizedTest
  @CsvSource({
    "'hơn 11.300', MORE_THAN, 11300",
    "'Hơn 11.300', MORE_THAN, 11300",
    "'hon 11300', MORE_THAN, 11300",
    "'trên 50', MORE_THAN, 50",
    "'khoảng 200', ABOUT, 200",
    "'gần 1.000', ABOUT, 1000",
    "'xấp xỉ 75', ABOUT, 75",
    "'dưới 5', LESS_THAN, 5",
    "'chưa đến 12', LESS_THAN, 12",
    "'dưới5', LESS_THAN, 5",
    "'11.300', EXACT, 11300",
    "'  0 ', EXACT, 0"
  })
  void readsTheQualifierWordAndTheNumber(String text, Qualifier qualifier, long count) {
    assertThat(CountText.parse(text)).contains(new CountText.Count(qualifier, count));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankIsNoFigure(String text) {
    assertThat(CountText.parse(text)).isEmpty();
    assertThat(CountText.parse(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hơn", "nhiều 200", "11,3", "hơn 11.300 văn bản", "-5", "11.3"})
  void anythingElseIsOneVietnameseSentenceNamingTheText(String text) {
    assertThatThrownBy(() -> CountText.parse(text))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("\"" + text.strip() + "\"")
        .hasMessageContaining("hơn 11.300");
  }

  @ParameterizedTest
  @CsvSource({"MORE_THAN, 11300, 'hơn 11.300'", "EXACT, 200, '200'", "LESS_THAN, 5, 'dưới 5'"})
  void writesTheFigureBackAsItIsTyped(Qualifier qualifier, long count, String text) {
    assertThat(new CountText.Count(qualifier, count).text()).isEqualTo(text);
  }
}
