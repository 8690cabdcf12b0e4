package vn.kiemtra.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseTextTest {

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @Test
  void nfcReturnsNullForNull() {
    assertThat(VietnameseText.nfc(null)).isNull();
  }

  @Test
  void nfcComposesDecomposedText() {
    String decomposed = nfd("Nguyễn");
    assertThat(decomposed).hasSize(8);

    String composed = VietnameseText.nfc(decomposed);

    assertThat(composed).isEqualTo("Nguyễn").hasSize(6);
  }

  @Test
  void nfcComposesMixedFormsFromOldKeyboards() {
    // "ê" precomposed + combining tilde, and "e" + circumflex + tilde, both mean "ễ"
    assertThat(VietnameseText.nfc("Nguy\u00EA\u0303n")).isEqualTo("Nguyễn");
    assertThat(VietnameseText.nfc("Nguye\u0302\u0303n")).isEqualTo("Nguyễn");
  }

  @Test
  void nfcMapsCapitalEthToVietnameseDStroke() {
    assertThat(VietnameseText.nfc("\u00D0oàn kiểm tra")).isEqualTo("\u0110oàn kiểm tra");
  }

  @Test
  void nfcLeavesLowerCaseEthAlone() {
    assertThat(VietnameseText.nfc("\u00F0")).isEqualTo("\u00F0");
  }

  @Test
  void nfcNeverTrims() {
    assertThat(VietnameseText.nfc("  Sở Nội vụ \n")).isEqualTo("  Sở Nội vụ \n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'  Sở Nội vụ  '|Sở Nội vụ",
        "'\tVăn phòng UBND tỉnh\n'|Văn phòng UBND tỉnh",
        "'\u00A0Bắc Kạn\u00A0'|Bắc Kạn",
        "'\uFEFFHà Nội'|Hà Nội",
        "'Giữa   hai  từ'|Giữa   hai  từ"
      })
  void cleanStripsSurroundingWhiteSpaceOnly(String input, String expected) {
    assertThat(VietnameseText.clean(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u00A0\u2007\u202F"})
  void cleanTurnsBlankIntoNull(String blank) {
    assertThat(VietnameseText.clean(blank)).isNull();
  }

  @Test
  void cleanReturnsNullForNull() {
    assertThat(VietnameseText.clean(null)).isNull();
  }

  @Test
  void cleanComposesDecomposedInput() {
    assertThat(VietnameseText.clean(nfd("  Hoàng Thị Hằng "))).isEqualTo("Hoàng Thị Hằng");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ủy ban nhân dân tỉnh Bắc Kạn|ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
        "đoàn|ĐOÀN",
        "biên bản|BIÊN BẢN",
        "Đoàn kiểm tra công tác cải cách hành chính|ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
        "ưu tiên, mơ ước, kỹ thuật, thị trấn|ƯU TIÊN, MƠ ƯỚC, KỸ THUẬT, THỊ TRẤN",
        "Chánh Văn phòng|CHÁNH VĂN PHÒNG"
      })
  void upperUsesVietnameseCaseMapping(String input, String expected) {
    assertThat(VietnameseText.upper(input)).isEqualTo(expected);
  }

  @Test
  void upperGivesNfcForDecomposedInput() {
    String result = VietnameseText.upper(nfd("Sở Tài chính"));

    assertThat(result).isEqualTo("SỞ TÀI CHÍNH");
    assertThat(Normalizer.isNormalized(result, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void upperReturnsNullForNull() {
    assertThat(VietnameseText.upper(null)).isNull();
  }

  @Test
  void isNfcAcceptsComposedTextAndNull() {
    assertThat(VietnameseText.isNfc("Nguyễn Văn A")).isTrue();
    assertThat(VietnameseText.isNfc("")).isTrue();
    assertThat(VietnameseText.isNfc(null)).isTrue();
  }

  @Test
  void isNfcRejectsDecomposedTextAndCapitalEth() {
    assertThat(VietnameseText.isNfc(nfd("Nguyễn"))).isFalse();
    assertThat(VietnameseText.isNfc("\u00D0ặng")).isFalse();
  }

  @Test
  void localeIsVietnameseVietnam() {
    assertThat(VietnameseText.VI.getLanguage()).isEqualTo("vi");
    assertThat(VietnameseText.VI.getCountry()).isEqualTo("VN");
  }
}
