package vn.kiemtra.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.minutes.MinutesBlock;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesHeader;
import vn.kiemtra.core.minutes.MinutesKind;
import vn.kiemtra.core.minutes.MinutesSignatures;
import vn.kiemtra.core.minutes.SignatureBlock;

/**
 * No line of a long paragraph stands alone at a page foot or top, in the PDF, wherever the
 * paragraph falls: one-line paragraphs before it move it down a line at a time over a whole page,
 * and every page's share of the paragraph (its lines with the marker words) is counted in the PDF
 * text. The Word export asks for widow and orphan control on every body paragraph.
 */
class LoneLinesTest {
  private static final int LONG_WORDS = 150;

  @Test
  void aLongParagraphNeverLeavesOneLineAloneInThePdf() {
    JasperMinutesRenderer renderer = new JasperMinutesRenderer();
    List<String> problems = new ArrayList<>();
    int splits = 0;
    for (int before = 20; before <= 56; before++) {
      MinutesContent content = content(before);
      byte[] pdf = renderer.render(content).pdf();
      List<String> pages = PdfText.pages(pdf);
      int total = 0;
      List<Integer> shares = new ArrayList<>();
      for (String page : pages) {
        int lines = (int) page.lines().filter(l -> l.contains("mộc")).count();
        if (lines > 0) {
          shares.add(lines);
          total += lines;
        }
      }
      if (shares.size() > 1) {
        splits++;
        for (int share : shares) {
          if (share < 2) {
            problems.add(before + " paragraphs before: lines per page " + shares);
          }
        }
      }
      assertThat(total).as("the long paragraph's lines, %d before", before).isGreaterThan(6);
    }
    assertThat(splits).as("layouts where the long paragraph is split").isGreaterThan(5);
    assertThat(problems).isEmpty();
  }

  @Test
  void theWordDocumentAsksForWidowControlOnBodyParagraphs() {
    MinutesContent content = content(3);
    String xml = WordCheck.part(WordMinutes.write(content), "word/document.xml");
    String upToIt = xml.substring(0, xml.indexOf("mộc1 "));
    String longParagraph = upToIt.substring(upToIt.lastIndexOf("<w:p>"));
    assertThat(longParagraph).contains("<w:widowControl/>").doesNotContain("<w:keepLines/>");
  }

  /** A title, {@code before} one-line paragraphs, one long paragraph, a closing paragraph. */
  static MinutesContent content(int before) {
    List<MinutesBlock> body = new ArrayList<>();
    for (int i = 1; i <= before; i++) {
      body.add(MinutesBlock.paragraph("Đoạn ngắn thứ " + i + "."));
    }
    body.add(
        MinutesBlock.paragraph(
            IntStream.rangeClosed(1, LONG_WORDS)
                    .mapToObj(i -> "mộc" + i)
                    .collect(Collectors.joining(" "))
                + "."));
    body.add(MinutesBlock.paragraph("Biên bản kết thúc lúc 11 giờ 30 phút cùng ngày./."));
    MinutesHeader header =
        new MinutesHeader(
            "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
            "ĐOÀN KIỂM TRA",
            "Số:        /BB-ĐKT",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            null,
            "BIÊN BẢN",
            List.of("Kiểm tra công tác cải cách hành chính"));
    MinutesSignatures signatures =
        new MinutesSignatures(
            new SignatureBlock(List.of("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA"), "Trần Thị Bình"),
            new SignatureBlock(List.of("TRƯỞNG ĐOÀN"), "Lê Văn An"),
            null);
    return MinutesContent.seal(
        MinutesKind.MINUTES,
        UUID.nameUUIDFromBytes(new byte[] {(byte) before}),
        header,
        body,
        signatures,
        null,
        "Biên bản",
        "Mã xác thực: {0}");
  }
}
