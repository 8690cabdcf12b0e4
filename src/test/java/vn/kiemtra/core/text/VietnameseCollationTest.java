package vn.kiemtra.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseCollationTest {

  /** Combining tone marks in dictionary order: huyền, hỏi, ngã, sắc, nặng. */
  private static final String[] TONE_MARKS = {"\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};

  private static List<String> sorted(Comparator<String> order, String... values) {
    List<String> list = new ArrayList<>(List.of(values));
    Collections.shuffle(list, new Random(42));
    list.sort(order);
    return list;
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @Test
  void textOrderPutsVietnameseLettersAfterTheirBaseLetter() {
    assertThat(sorted(VietnameseCollation.textOrder(), "Ưng", "Đặng", "An", "Dũng"))
        .containsExactly("An", "Dũng", "Đặng", "Ưng");
  }

  @Test
  void textOrderSortsDStrokeBetweenDAndE() {
    assertThat(sorted(VietnameseCollation.textOrder(), "Em", "Đặng", "Dương"))
        .containsExactly("Dương", "Đặng", "Em");
  }

  @Test
  void textOrderFollowsTheVietnameseAlphabet() {
    List<String> alphabet =
        List.of("a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split(" "));
    List<String> reversed = new ArrayList<>(alphabet);
    Collections.reverse(reversed);

    assertThat(sorted(VietnameseCollation.textOrder(), reversed.toArray(new String[0])))
        .containsExactlyElementsOf(alphabet);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ma", "ca", "le", "mo", "tu", "thư", "cô", "bơ", "mă", "hoa"})
  void textOrderSortsTonesNoneHuyenHoiNgaSacNang(String base) {
    List<String> expected = new ArrayList<>();
    expected.add(base);
    for (String mark : TONE_MARKS) {
      expected.add(Normalizer.normalize(base + mark, Normalizer.Form.NFC));
    }

    List<String> actual = sorted(VietnameseCollation.textOrder(), expected.toArray(new String[0]));

    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void textOrderComparesLettersBeforeTones() {
    Comparator<String> order = VietnameseCollation.textOrder();

    assertThat(order.compare("mạ", "mac")).isNegative();
    assertThat(order.compare("má", "mă")).isNegative();
    assertThat(order.compare("Hòa An", "Hoa Bình")).isNegative();
  }

  @Test
  void textOrderDoesNotIgnoreSpaces() {
    assertThat(sorted(VietnameseCollation.textOrder(), "Ông Văn Tú", "Ôn Thị Hà"))
        .containsExactly("Ôn Thị Hà", "Ông Văn Tú");
  }

  @Test
  void textOrderTreatsCaseAsTheLeastDifference() {
    Comparator<String> order = VietnameseCollation.textOrder();

    assertThat(order.compare("An", "an")).isNotZero();
    assertThat(order.compare("An", "Ăn")).isNegative();
    assertThat(order.compare("an", "Ăn")).isNegative();
    assertThat(order.compare("hoa Bình", "Hoa An")).isPositive();
  }

  @Test
  void textOrderKeepsToneVariantsNextToEachOther() {
    List<String> result = sorted(VietnameseCollation.textOrder(), "hoàn", "hòa", "hoà", "hoa");

    assertThat(result.get(0)).isEqualTo("hoa");
    assertThat(result.subList(1, 3)).containsExactlyInAnyOrder("hòa", "hoà");
    assertThat(result.get(3)).isEqualTo("hoàn");
  }

  @Test
  void textOrderComparesDecomposedAndComposedFormsAsEqual() {
    Comparator<String> order = VietnameseCollation.textOrder();

    assertThat(order.compare(nfd("Nguyễn Thị Hằng"), "Nguyễn Thị Hằng")).isZero();
    assertThat(order.compare("\u00D0ặng", "Đặng")).isZero();
    assertThat(order.compare("Văn  phòng", "Văn phòng")).isZero();
  }

  @Test
  void textOrderRejectsNull() {
    assertThatThrownBy(() -> VietnameseCollation.textOrder().compare(null, "a"))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void rosterOrderSortsByGivenNameThenFamilyName() {
    assertThat(
            sorted(
                VietnameseCollation.rosterOrder(),
                "Nguyễn Văn Bình",
                "Trần Thị An",
                "Lê Văn Bình",
                "Hoàng Thị Hằng"))
        .containsExactly("Trần Thị An", "Lê Văn Bình", "Nguyễn Văn Bình", "Hoàng Thị Hằng");
  }

  @Test
  void rosterOrderUsesMiddleNameLast() {
    assertThat(
            sorted(
                VietnameseCollation.rosterOrder(),
                "Trần Văn An",
                "Nguyễn Văn An",
                "Nguyễn Thị An",
                "Nguyễn An"))
        .containsExactly("Nguyễn An", "Nguyễn Thị An", "Nguyễn Văn An", "Trần Văn An");
  }

  @Test
  void rosterOrderUsesVietnameseCollationOnGivenNames() {
    assertThat(
            sorted(
                VietnameseCollation.rosterOrder(),
                "Lê Văn Ưng",
                "Lê Văn Ông",
                "Lê Thị Ôn",
                "Trần Văn Đạt",
                "Trần Văn Dũng"))
        .containsExactly("Trần Văn Dũng", "Trần Văn Đạt", "Lê Thị Ôn", "Lê Văn Ông", "Lê Văn Ưng");
  }

  @Test
  void rosterOrderKeepsCompoundFamilyNamesTogether() {
    // "Tôn Thất" is one family name, so it sorts after the family name "Tôn"
    assertThat(
            sorted(VietnameseCollation.rosterOrder(), "Tôn Thất Bình", "Trần Bình", "Tôn Văn Bình"))
        .containsExactly("Tôn Văn Bình", "Tôn Thất Bình", "Trần Bình");
  }

  @Test
  void rosterOrderComparesDecomposedAndComposedFormsAsEqual() {
    String name = "Hoàng Thị Hằng";

    assertThat(VietnameseCollation.rosterOrder().compare(nfd(name), name)).isZero();
  }

  @Test
  void rosterOrderBreaksTiesByTheWholeName() {
    Comparator<String> order = VietnameseCollation.rosterOrder();

    assertThat(order.compare("Nguyễn Văn  Bình", "Nguyễn Văn Bình")).isNotZero();
    assertThat(Integer.signum(order.compare("Nguyễn Văn  Bình", "Nguyễn Văn Bình")))
        .isEqualTo(-Integer.signum(order.compare("Nguyễn Văn Bình", "Nguyễn Văn  Bình")));
  }

  @Test
  void rosterOrderPutsBlankNamesFirst() {
    assertThat(sorted(VietnameseCollation.rosterOrder(), "Lê Văn Bình", " ", "Trần Thị An"))
        .containsExactly(" ", "Trần Thị An", "Lê Văn Bình");
  }
}
