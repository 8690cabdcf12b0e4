package vn.kiemtra.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Nd30DatesTest {

  @ParameterizedTest
  @CsvSource({
    "2023-09-14, ngày 14 tháng 9 năm 2023",
    "2020-01-05, ngày 05 tháng 01 năm 2020",
    "2024-02-29, ngày 29 tháng 02 năm 2024",
    "2023-03-01, ngày 01 tháng 3 năm 2023",
    "2022-11-10, ngày 10 tháng 11 năm 2022",
    "2025-10-09, ngày 09 tháng 10 năm 2025",
    "2023-12-31, ngày 31 tháng 12 năm 2023"
  })
  void dateWordsFollowsDecree30Padding(LocalDate date, String expected) {
    assertThat(Nd30Dates.dateWords(date)).isEqualTo(expected);
  }

  @Test
  void dateWordsNeverZeroPadsMonthsThreeToTwelve() {
    for (int month = 3; month <= 12; month++) {
      String words = Nd30Dates.dateWords(LocalDate.of(2023, month, 15));

      assertThat(words).contains(" tháng " + month + " ").doesNotContain("tháng 0");
    }
  }

  @Test
  void dateWordsStartsWithLowerCaseNgay() {
    assertThat(Nd30Dates.dateWords(LocalDate.of(2023, 9, 14))).startsWith("ngày ");
  }

  @Test
  void placeAndDateJoinsPlaceAndDateWithComma() {
    assertThat(Nd30Dates.placeAndDate("Bắc Kạn", LocalDate.of(2023, 9, 14)))
        .isEqualTo("Bắc Kạn, ngày 14 tháng 9 năm 2023");
  }

  @Test
  void placeAndDateCleansDecomposedPlace() {
    String place = Normalizer.normalize("  Hà Nội ", Normalizer.Form.NFD);

    assertThat(Nd30Dates.placeAndDate(place, LocalDate.of(2020, 1, 5)))
        .isEqualTo("Hà Nội, ngày 05 tháng 01 năm 2020");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void placeAndDateRejectsBlankPlace(String place) {
    assertThatThrownBy(() -> Nd30Dates.placeAndDate(place, LocalDate.of(2023, 9, 14)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("địa danh");
  }

  @ParameterizedTest
  @CsvSource({
    "08:00, 08 giờ 00 phút",
    "11:30, 11 giờ 30 phút",
    "00:05, 00 giờ 05 phút",
    "14:07, 14 giờ 07 phút",
    "23:59:59, 23 giờ 59 phút"
  })
  void timeWordsUsesTwentyFourHourClockWithPadding(LocalTime time, String expected) {
    assertThat(Nd30Dates.timeWords(time)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "2023-09-14, 14/9/2023, 14/09/2023",
    "2020-01-05, 5/1/2020, 05/01/2020",
    "2022-11-10, 10/11/2022, 10/11/2022",
    "2021-07-15, 15/7/2021, 15/07/2021"
  })
  void shortDatesArePlainOrPadded(LocalDate date, String plain, String padded) {
    assertThat(Nd30Dates.shortDate(date)).isEqualTo(plain);
    assertThat(Nd30Dates.paddedShortDate(date)).isEqualTo(padded);
  }

  @Test
  void formattersRejectNull() {
    assertThatThrownBy(() -> Nd30Dates.dateWords(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Nd30Dates.timeWords(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Nd30Dates.shortDate(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void timeAndDateIsVietnamTimeWhateverTheOffsetStored() {
    assertThat(Nd30Dates.timeAndDate(java.time.OffsetDateTime.parse("2026-11-29T09:40:00Z")))
        .isEqualTo("16:40 29/11/2026");
    assertThat(Nd30Dates.timeAndDate(java.time.OffsetDateTime.parse("2026-12-31T20:05:00-05:00")))
        .isEqualTo("08:05 01/01/2027");
    assertThat(Nd30Dates.timeAndDate(null)).isEmpty();
  }
}
