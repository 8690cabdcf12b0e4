package vn.kiemtra.core.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Splits the name of a body, a unit or a title into the parts a line may break between, as a
 * Vietnamese typist breaks a header: "ỦY BAN NHÂN DÂN / TỈNH ĐỒNG THÁP", never "TỈNH ĐỒNG / THÁP".
 * A level of government with its place name ("tỉnh Đồng Tháp", "thành phố Hồ Chí Minh", "xã Tân
 * Phú"), a fixed name ("Ủy ban nhân dân", "cải cách hành chính"), "năm 2023" and a date ("ngày 14
 * tháng 9 năm 2023") are one part each; the other words are parts of their own.
 */
public final class NameParts {
  /** Levels of government and administration whose place name follows them. */
  private static final List<String> LEVELS =
      List.of(
          "thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường");

  /** Names that are never broken. */
  private static final List<String> FIXED =
      List.of(
          "ủy ban nhân dân",
          "ủy ban mặt trận tổ quốc việt nam",
          "hội đồng nhân dân",
          "cải cách hành chính",
          "thủ tục hành chính",
          "kỷ luật, kỷ cương hành chính",
          "phục vụ hành chính công",
          "thực thi công vụ",
          "đoàn kiểm tra",
          "tổ kiểm tra",
          "văn phòng",
          "trung tâm",
          "sở nội vụ",
          "chính quyền điện tử",
          "chính quyền số",
          "đại diện",
          "được kiểm tra",
          "phó chánh văn phòng",
          "chánh văn phòng",
          "phó giám đốc",
          "giám đốc",
          "phó chủ tịch",
          "chủ tịch",
          "phó trưởng phòng",
          "trưởng phòng",
          "chuyên viên chính",
          "chuyên viên");

  /** Words that end a place name: a new clause starts with them. */
  private static final Set<String> STOPS =
      Set.of(
          "và", "về", "của", "năm", "thuộc", "trực", "tại", "công", "trong", "cho", "kiểm", "ngày",
          "kiêm", "phụ", "giám", "phó", "chánh", "chủ");

  private NameParts() {}

  /** The parts of a text, in order; joined with single spaces they give the text back. */
  public static List<String> of(String text) {
    List<String> parts = new ArrayList<>();
    String clean = VietnameseText.clean(text);
    if (clean == null) {
      return parts;
    }
    String[] words = clean.split("\\s+");
    String[] lower = clean.toLowerCase(Locale.ROOT).split("\\s+");
    int i = 0;
    while (i < words.length) {
      int end = fixedEnd(lower, i);
      if (end < 0) {
        end = levelEnd(lower, i);
      }
      if (end < 0) {
        end = dateEnd(lower, i);
      }
      if (end < 0) {
        end = i + 1;
      }
      parts.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, end)));
      i = end;
    }
    return parts;
  }

  private static int fixedEnd(String[] lower, int at) {
    for (String name : FIXED) {
      String[] w = name.split(" ");
      if (matches(lower, at, w)) {
        return at + w.length;
      }
    }
    return -1;
  }

  /** "tỉnh Đồng Tháp": the level and the words of its place name, up to a comma or a stop word. */
  private static int levelEnd(String[] lower, int at) {
    for (String level : LEVELS) {
      String[] w = level.split(" ");
      if (matches(lower, at, w) && !w[w.length - 1].endsWith(",")) {
        int end = at + w.length;
        while (end < lower.length && end - at - w.length < 5) {
          String word = lower[end];
          if (STOPS.contains(word) || isLevelAt(lower, end) || fixedEnd(lower, end) >= 0) {
            break;
          }
          end++;
          if (word.endsWith(",") || word.endsWith(";")) {
            break;
          }
        }
        return end > at + w.length ? end : -1;
      }
    }
    return -1;
  }

  /** "năm 2023" and "ngày 14 tháng 9 năm 2023". */
  private static int dateEnd(String[] lower, int at) {
    if (lower[at].equals("ngày")
        && at + 5 < lower.length
        && lower[at + 2].equals("tháng")
        && lower[at + 4].equals("năm")) {
      return at + 6;
    }
    if (lower[at].equals("năm") && at + 1 < lower.length && lower[at + 1].matches("\\d{4}.*")) {
      return at + 2;
    }
    return -1;
  }

  private static boolean isLevelAt(String[] lower, int at) {
    for (String level : LEVELS) {
      if (matches(lower, at, level.split(" "))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String[] lower, int at, String[] words) {
    if (at + words.length > lower.length) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      String word = lower[at + k];
      boolean last = k == words.length - 1;
      if (!(word.equals(words[k]) || (last && word.equals(words[k] + ",")))) {
        return false;
      }
    }
    return true;
  }
}
