package vn.kiemtra.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0|0",
        "7|7",
        "999|999",
        "1000|1.000",
        "11300|11.300",
        "1234567|1.234.567",
        "-2500|-2.500",
        "9223372036854775807|9.223.372.036.854.775.807",
        "-9223372036854775808|-9.223.372.036.854.775.808"
      })
  void formatGroupsThousandsWithDots(long n, String expected) {
    assertThat(VietnameseNumbers.format(n)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1234567.89|2|1.234.567,89",
        "1.50|2|1,5",
        "2.00|2|2",
        "2.345|2|2,35",
        "0.005|2|0,01",
        "1234.5|0|1.235",
        "100|2|100",
        "1E+3|2|1.000",
        "-1.5|1|-1,5",
        "-0.001|2|0",
        "0.125|3|0,125"
      })
  void formatDecimalUsesCommaAndDropsTrailingZeros(String value, int digits, String expected) {
    assertThat(VietnameseNumbers.formatDecimal(new BigDecimal(value), digits)).isEqualTo(expected);
  }

  @Test
  void formatDecimalRejectsNegativeFractionDigits() {
    assertThatThrownBy(() -> VietnameseNumbers.formatDecimal(BigDecimal.ONE, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "9631|10000|96,31%",
        "9218|10000|92,18%",
        "1|3|33,33%",
        "2|3|66,67%",
        "1|1|100,00%",
        "0|5|0,00%",
        "1|8|12,50%",
        "1|800|0,13%",
        "123456|10|1.234.560,00%"
      })
  void percentHasTwoFractionDigitsAndNoSpace(long numerator, long denominator, String expected) {
    assertThat(VietnameseNumbers.percent(numerator, denominator)).isEqualTo(expected);
  }

  @Test
  void percentRejectsZeroDenominator() {
    assertThatThrownBy(() -> VietnameseNumbers.percent(5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mẫu số bằng 0");
  }

  @ParameterizedTest
  @CsvSource({"0, 00", "2, 02", "9, 09", "10, 10", "99, 99", "120, 120"})
  void twoDigitsPadsBelowTen(int n, String expected) {
    assertThat(VietnameseNumbers.twoDigits(n)).isEqualTo(expected);
  }

  @Test
  void twoDigitsRejectsNegativeNumbers() {
    assertThatThrownBy(() -> VietnameseNumbers.twoDigits(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "11.300|11300",
        "11300|11300",
        "1.234.567|1234567",
        "' 12 '|12",
        "0|0",
        "007|7",
        "1.000|1000",
        "'\u00A011.300\u00A0'|11300",
        "9.223.372.036.854.775.807|9223372036854775807"
      })
  void parseCountAcceptsDigitsAndDotGroups(String text, long expected) {
    assertThat(VietnameseNumbers.parseCount(text)).isEqualTo(expected);
  }

  @Test
  void parseCountNeverReadsThousandsGroupAsDecimalFraction() {
    assertThat(VietnameseNumbers.parseCount("11.300")).isEqualTo(11_300L).isNotEqualTo(11L);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11.3",
        "11,300",
        "-5",
        "+5",
        "",
        "   ",
        "abc",
        "1.2345",
        "1.23",
        "12.",
        ".300",
        "1..300",
        "1 300",
        "1234.567",
        "11.300,5",
        "5e3",
        "\u0661\u0662",
        "\uFF11\uFF12"
      })
  void parseCountRejectsAnythingElse(String text) {
    assertThatThrownBy(() -> VietnameseNumbers.parseCount(text))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("không phải là số nguyên hợp lệ");
  }

  @Test
  void parseCountMessageNamesTheValueAndTheExpectedForm() {
    assertThatThrownBy(() -> VietnameseNumbers.parseCount("11,3"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage(
            "«11,3» không phải là số nguyên hợp lệ; nhập chữ số, có thể dùng dấu chấm phân cách"
                + " hàng nghìn như 11.300");
  }

  @Test
  void parseCountRejectsNullAndOverflow() {
    assertThatThrownBy(() -> VietnameseNumbers.parseCount(null))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> VietnameseNumbers.parseCount("9.223.372.036.854.775.808"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("«9.223.372.036.854.775.808»");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 5, 999, 1000, 11300, 1234567, Long.MAX_VALUE})
  void parseCountReadsBackWhatFormatWrites(long n) {
    assertThat(VietnameseNumbers.parseCount(VietnameseNumbers.format(n))).isEqualTo(n);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.234,5|1234.5",
        "96,31|96.31",
        "12|12",
        "0,5|0.5",
        "' 1.000 '|1000",
        "1.000,00|1000",
        "1.234.567,89|1234567.89"
      })
  void parseDecimalUsesVietnameseSeparators(String text, String expected) {
    assertThat(VietnameseNumbers.parseDecimal(text)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1.5", "1,234.5", "-1", "", "abc", ",5", "5,", "1.2345,6", "1,2,3", "96.31"})
  void parseDecimalRejectsBadInput(String text) {
    assertThatThrownBy(() -> VietnameseNumbers.parseDecimal(text))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("«" + text + "»")
        .hasMessageContaining("không phải là số thập phân hợp lệ");
  }
}
