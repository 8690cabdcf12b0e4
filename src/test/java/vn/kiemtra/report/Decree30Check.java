package vn.kiemtra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.core.minutes.MinutesTestData.normalise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.kiemtra.core.minutes.MinutesBlock;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesHeader;
import vn.kiemtra.core.minutes.NameParts;

/**
 * The Decree 30 rules a rendered minutes PDF must meet, checked on its text and pages: A4, only
 * embedded Times New Roman (Liberation Serif), the header block, the number format, page numbers
 * from page 2 (restarting in the annex), names in the header never broken, numbers never split at a
 * line end, no page ending with a heading, the closing paragraph on the page of the signatures, and
 * an annex total never alone on its page. A layout regression fails the build.
 */
final class Decree30Check {
  private Decree30Check() {}

  static void check(MinutesContent content, byte[] pdf, int minutesPages) {
    List<String> pages = PdfText.pages(pdf);
    pageGeometryAndFonts(pdf);
    MinutesHeader h = content.header();
    String first = pages.get(0);
    assertThat(first).contains(h.nationalTitle()).contains(h.motto()).contains(h.documentType());
    assertThat(h.numberLine()).matches("Số: (\\d{2,}| +)/[A-ZĐ]+(-[A-ZĐ]+)*");
    assertThat(first).contains(h.numberLine().replaceAll(" +", " ").trim().split(" ")[0]);
    List<String> firstLines = first.lines().map(l -> normalise(l)).toList();
    List<String> names = new ArrayList<>();
    if (h.governingBody() != null) {
      names.add(h.governingBody());
    }
    if (h.issuingBody() != null) {
      names.add(h.issuingBody());
    }
    names.addAll(h.summary());
    for (String name : names) {
      for (String part : NameParts.of(name)) {
        if (part.contains(" ") && !part.startsWith("ỦY BAN")) {
          assertThat(firstLines)
              .as("header part «%s» is on one line", part)
              .anySatisfy(l -> assertThat(l).contains(part));
        }
      }
    }
    for (int p = 0; p < pages.size(); p++) {
      int number = p < minutesPages ? p + 1 : p - minutesPages + 1;
      List<String> lines = pages.get(p).strip().lines().map(String::strip).toList();
      if (number == 1) {
        assertThat(lines.get(0)).as("page %d has no number", p + 1).isNotEqualTo("1");
      } else {
        assertThat(lines.get(0)).as("page %d number", p + 1).isEqualTo(Integer.toString(number));
      }
      assertThat(pages.get(p)).contains(content.footer());
      List<String> body = new ArrayList<>(lines);
      body.removeIf(l -> l.equals(content.footer()) || l.isEmpty());
      for (int i = 0; i + 1 < body.size(); i++) {
        String a = body.get(i);
        String b = body.get(i + 1);
        boolean split =
            (a.matches(".*\\d\\.$") && b.matches("^\\d{3}(\\D.*)?$") && !b.matches("^\\d+\\. .*"))
                || (a.matches(".*\\d/$") && b.matches("^\\d.*"));
        assertThat(split)
            .as("a number is split between «%s» and «%s»", body.get(i), body.get(i + 1))
            .isFalse();
      }
      if (p < minutesPages && !body.isEmpty()) {
        String last = normalise(body.get(body.size() - 1));
        for (MinutesBlock b : content.body()) {
          if (b.kind() != MinutesBlock.Kind.PARAGRAPH) {
            assertThat(last)
                .as("page %d ends with a heading", p + 1)
                .isNotEqualTo(normalise(b.text()));
          }
        }
      }
    }
    String leaderTitle = content.signatures().right().titleLines().get(0);
    String signaturePage =
        pages.subList(0, minutesPages).stream()
            .filter(pg -> pg.contains(leaderTitle))
            .reduce((a, b) -> b)
            .orElseThrow();
    String closing = content.body().get(content.body().size() - 1).text();
    assertThat(normalise(signaturePage))
        .as("the page of the signatures holds the closing paragraph")
        .contains(normalise(closing));
    if (content.hasAnnex()) {
      String lastPage = pages.get(pages.size() - 1);
      long rows = lastPage.lines().filter(l -> l.strip().matches("^[A-Z]{2,3}\\d{2}.*")).count();
      assertThat(rows).as("the annex total is not alone on its page").isPositive();
    }
  }

  private static void pageGeometryAndFonts(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isBetween(594f, 596f);
        assertThat(page.getMediaBox().getHeight()).isBetween(841f, 843f);
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("LiberationSerif");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
