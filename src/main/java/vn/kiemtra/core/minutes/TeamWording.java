package vn.kiemtra.core.minutes;

import java.util.ArrayList;
import java.util.List;
import vn.kiemtra.core.text.VietnameseText;

/**
 * What the inspecting team is called throughout a document. Most visits are made by an "Đoàn kiểm
 * tra" led by a "Trưởng đoàn"; a smaller "Tổ kiểm tra" (an issuing body starting with "Tổ") is
 * called that everywhere, led by a "Tổ trưởng" who signs as "TỔ TRƯỞNG".
 */
final class TeamWording {
  private static final String[][] SQUAD = {
    {"Phó Trưởng đoàn", "Tổ phó"},
    {"Trưởng đoàn", "Tổ trưởng"},
    {"TRƯỞNG ĐOÀN", "TỔ TRƯỞNG"},
    {"Đoàn kiểm tra", "Tổ kiểm tra"},
    {"đoàn kiểm tra", "tổ kiểm tra"},
    {"ĐOÀN KIỂM TRA", "TỔ KIỂM TRA"}
  };

  private final boolean squad;

  private TeamWording(boolean squad) {
    this.squad = squad;
  }

  /** The wording for a document issued by this body. */
  static TeamWording forIssuingBody(String issuingBody) {
    String clean = VietnameseText.clean(issuingBody);
    return new TeamWording(clean != null && clean.toLowerCase(VietnameseText.VI).startsWith("tổ "));
  }

  boolean isSquad() {
    return squad;
  }

  /** The text with the team's name, its leader's title and the default symbol for this team. */
  String apply(String text) {
    if (!squad || text == null) {
      return text;
    }
    String out = text;
    for (String[] pair : SQUAD) {
      out = out.replace(pair[0], pair[1]);
    }
    return out;
  }

  List<String> apply(List<String> texts) {
    List<String> out = new ArrayList<>();
    texts.forEach(t -> out.add(apply(t)));
    return out;
  }

  MinutesHeader apply(MinutesHeader h) {
    return new MinutesHeader(
        h.governingBody(),
        h.issuingBody(),
        h.numberLine(),
        h.nationalTitle(),
        h.motto(),
        h.placeAndDate(),
        h.documentType(),
        apply(h.summary()));
  }

  List<MinutesBlock> applyToBody(List<MinutesBlock> body) {
    List<MinutesBlock> out = new ArrayList<>();
    for (MinutesBlock b : body) {
      out.add(new MinutesBlock(b.kind(), apply(b.lead()), apply(b.text())));
    }
    return out;
  }

  MinutesSignatures apply(MinutesSignatures s) {
    return new MinutesSignatures(
        apply(s.left()), apply(s.right()), s.centre() == null ? null : apply(s.centre()));
  }

  private SignatureBlock apply(SignatureBlock b) {
    return new SignatureBlock(apply(b.titleLines()), b.name());
  }
}
