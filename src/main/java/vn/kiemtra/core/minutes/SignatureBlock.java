package vn.kiemtra.core.minutes;

import java.util.List;

/**
 * One signer's block: the title lines in capitals, bold (authority, internal title, position),
 * space for the signature, then the name in bold.
 *
 * @param titleLines e.g. ["ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH"]
 * @param name the signer's full name, or "" when not yet known
 */
public record SignatureBlock(List<String> titleLines, String name) {
  public SignatureBlock {
    titleLines = List.copyOf(titleLines);
    name = name == null ? "" : name;
  }

  /** The title lines joined by line breaks, as printed. */
  public String title() {
    return String.join("\n", titleLines);
  }
}
