package vn.kiemtra.crash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.inspection.Inspection;

/**
 * The save number and a digest of everything the crash worker edits in an inspection (answer notes,
 * findings, recommendations, overall assessment), so the parent can tell which acknowledged save a
 * reopened file holds and that it holds it whole.
 */
final class EditFingerprint {
  static final String MARK = " — lần lưu ";

  private EditFingerprint() {}

  /** The save number written at the end of the overall assessment; 0 before the first save. */
  static long saveNumber(Inspection inspection) {
    String text = inspection.overallAssessment();
    if (text == null || !text.contains(MARK)) {
      return 0;
    }
    return Long.parseLong(text.substring(text.lastIndexOf(MARK) + MARK.length()).trim());
  }

  static String of(Inspection inspection) {
    StringBuilder b = new StringBuilder();
    inspection.answers().stream()
        .sorted(Comparator.comparing(Answer::criterionCode))
        .forEach(a -> b.append(a.criterionCode()).append('=').append(a.note()).append('\n'));
    inspection.areaFindings().stream()
        .sorted(Comparator.comparing(AreaFinding::areaCode))
        .forEach(
            f ->
                b.append(f.areaCode())
                    .append('=')
                    .append(f.strengths())
                    .append('|')
                    .append(f.shortcomings())
                    .append('\n'));
    for (Recommendation r : inspection.recommendations()) {
      b.append(r.id()).append('=').append(r.text()).append('\n');
    }
    b.append(inspection.overallAssessment());
    return sha256(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
