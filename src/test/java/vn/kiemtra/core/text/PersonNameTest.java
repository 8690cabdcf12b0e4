package vn.kiemtra.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Nguyễn Văn Bình|Nguyễn|Văn|Bình",
        "Hoàng Thị Hằng|Hoàng|Thị|Hằng",
        "Vũ Đức Chính|Vũ|Đức|Chính",
        "Lê An|Lê|''|An",
        "Nguyễn Thị Minh Khai|Nguyễn|Thị Minh|Khai",
        "Ngô Đình Diệm|Ngô|Đình|Diệm",
        "Phạm Đình Hùng|Phạm|Đình|Hùng"
      })
  void parseSplitsFamilyMiddleAndGivenName(
      String fullName, String family, String middle, String given) {
    assertThat(PersonName.parse(fullName)).isEqualTo(new PersonName(family, middle, given));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tôn Thất Thuyết|Tôn Thất|''|Thuyết",
        "Tôn Thất Minh Tuấn|Tôn Thất|Minh|Tuấn",
        "Tôn Nữ Thị Ninh|Tôn Nữ|Thị|Ninh",
        "Nguyễn Phúc Vĩnh Thụy|Nguyễn Phúc|Vĩnh|Thụy",
        "Công Tằng Tôn Nữ Thị Tịnh|Công Tằng Tôn Nữ|Thị|Tịnh",
        "Âu Dương Lân|Âu Dương|''|Lân"
      })
  void parseRecognisesCompoundFamilyNames(
      String fullName, String family, String middle, String given) {
    assertThat(PersonName.parse(fullName)).isEqualTo(new PersonName(family, middle, given));
  }

  @Test
  void parseMatchesCompoundFamilyNamesIgnoringCase() {
    assertThat(PersonName.parse("TÔN THẤT THUYẾT").family()).isEqualTo("TÔN THẤT");
  }

  @Test
  void parseKeepsAGivenNameWhenACompoundWouldUseAllWords() {
    assertThat(PersonName.parse("Tôn Thất")).isEqualTo(new PersonName("Tôn", "", "Thất"));
  }

  @Test
  void parseTreatsOneWordAsGivenNameOnly() {
    PersonName name = PersonName.parse("Ánh");

    assertThat(name).isEqualTo(new PersonName("", "", "Ánh"));
    assertThat(name.fullName()).isEqualTo("Ánh");
  }

  @Test
  void parseCleansWhiteSpaceAndComposesDecomposedInput() {
    String typed = Normalizer.normalize("  Nguyễn   Văn\tBình ", Normalizer.Form.NFD);

    PersonName name = PersonName.parse(typed);

    assertThat(name).isEqualTo(new PersonName("Nguyễn", "Văn", "Bình"));
    assertThat(name.fullName()).isEqualTo("Nguyễn Văn Bình");
  }

  @Test
  void parseMapsCapitalEthInFamilyName() {
    assertThat(PersonName.parse("\u00D0ặng Văn Lâm").family()).isEqualTo("Đặng");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\u00A0"})
  void parseRejectsBlankNames(String blank) {
    assertThatThrownBy(() -> PersonName.parse(blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Họ và tên");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nguyễn Văn Bình",
        "Lê An",
        "Nguyễn Thị Minh Khai",
        "Công Tằng Tôn Nữ Thị Tịnh",
        "Ánh"
      })
  void fullNameReassemblesParsedName(String fullName) {
    assertThat(PersonName.parse(fullName).fullName()).isEqualTo(fullName);
  }

  @Test
  void constructorNormalisesParts() {
    PersonName name =
        new PersonName(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD), " Thị  Minh ", "Khai");

    assertThat(name).isEqualTo(new PersonName("Nguyễn", "Thị Minh", "Khai"));
    assertThat(name.fullName()).isEqualTo("Nguyễn Thị Minh Khai");
  }

  @Test
  void constructorRejectsNullParts() {
    assertThatThrownBy(() -> new PersonName(null, "", "An"))
        .isInstanceOf(NullPointerException.class);
  }
}
