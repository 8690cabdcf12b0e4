package vn.kiemtra.core.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Date and time wording of Decree 30/2020/NĐ-CP: "ngày 05 tháng 01 năm 2020", "Bắc Kạn, ngày 14
 * tháng 9 năm 2023", "08 giờ 30 phút". The JDK's vi-VN formats do not produce these forms.
 */
public final class Nd30Dates {

  private Nd30Dates() {}

  /**
   * The date in words: day below 10 zero-padded, months 1 and 2 zero-padded, months 3 to 12 not,
   * and "ngày" in lower case.
   *
   * @param date the date
   * @return for example "ngày 14 tháng 9 năm 2023" or "ngày 05 tháng 01 năm 2020"
   */
  public static String dateWords(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int month = date.getMonthValue();
    String monthText = month <= 2 ? VietnameseNumbers.twoDigits(month) : Integer.toString(month);
    return "ngày "
        + VietnameseNumbers.twoDigits(date.getDayOfMonth())
        + " tháng "
        + monthText
        + " năm "
        + date.getYear();
  }

  /**
   * The place-and-date line of a document header.
   *
   * @param place the place name (địa danh), cleaned with {@link VietnameseText#clean(String)}
   * @param date the date
   * @return for example "Bắc Kạn, ngày 14 tháng 9 năm 2023"
   * @throws IllegalArgumentException if the place is {@code null} or blank
   */
  public static String placeAndDate(String place, LocalDate date) {
    String cleanPlace = VietnameseText.clean(place);
    if (cleanPlace == null) {
      throw new IllegalArgumentException("Chưa có địa danh cho dòng địa danh, ngày tháng");
    }
    return cleanPlace + ", " + dateWords(date);
  }

  /**
   * The time of day in words on the 24-hour clock, hours and minutes zero-padded.
   *
   * @param time the time; seconds are ignored
   * @return for example "08 giờ 00 phút" or "14 giờ 30 phút"
   */
  public static String timeWords(LocalTime time) {
    Objects.requireNonNull(time, "time");
    return VietnameseNumbers.twoDigits(time.getHour())
        + " giờ "
        + VietnameseNumbers.twoDigits(time.getMinute())
        + " phút";
  }

  /**
   * A moment as the office reads it in tables and messages, in Vietnam's time zone.
   *
   * @param time the moment, or null
   * @return for example "16:40 29/11/2026", or "" for null
   */
  public static String timeAndDate(java.time.OffsetDateTime time) {
    return time == null
        ? ""
        : TIME_AND_DATE.format(time.atZoneSameInstant(vn.kiemtra.core.shared.Clock.VIETNAM));
  }

  private static final java.time.format.DateTimeFormatter TIME_AND_DATE =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  /**
   * The numeric date used in body text and citations, without padding.
   *
   * @param date the date
   * @return for example "14/9/2023" or "5/1/2020"
   */
  public static String shortDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
  }

  /**
   * The numeric date with day and month zero-padded to two digits.
   *
   * @param date the date
   * @return for example "14/09/2023" or "05/01/2020"
   */
  public static String paddedShortDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return VietnameseNumbers.twoDigits(date.getDayOfMonth())
        + "/"
        + VietnameseNumbers.twoDigits(date.getMonthValue())
        + "/"
        + date.getYear();
  }
}
