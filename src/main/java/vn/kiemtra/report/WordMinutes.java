package vn.kiemtra.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.kiemtra.core.minutes.AnnexRow;
import vn.kiemtra.core.minutes.MinutesAnnex;
import vn.kiemtra.core.minutes.MinutesBlock;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesHeader;
import vn.kiemtra.core.minutes.MinutesKind;
import vn.kiemtra.core.minutes.SignatureBlock;

/**
 * The minutes as a Word document an office can edit (Apache POI XWPF, ADR 0007): flowing paragraphs
 * with indent and spacing, the Decree 30 header as a borderless two-column table, A4 with margins
 * 20/20/30/15 mm in the section settings, Times New Roman, page numbers as PAGE fields in the
 * header from page 2, the verification code in the footer. The annex is a second section with its
 * own page numbering. Line breaks of the header come from {@link HeaderFit}, as in the PDF.
 */
final class WordMinutes {
  private static final String FONT = "Times New Roman";

  /** Twentieths of a point per point. */
  private static final int TWIPS = 20;

  private static final int PAGE_WIDTH = 11906;
  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN_TOP = 1134;
  private static final int MARGIN_BOTTOM = 1134;
  private static final int MARGIN_LEFT = 1701;
  private static final int MARGIN_RIGHT = 851;
  private static final int HEADER_DISTANCE = 567;

  /** Points between body baselines, measured on the PDF. */
  private static final double LINE_PITCH = 17.97;

  /** Points between baselines in the annex table (12 pt, single). */
  private static final double CELL_PITCH = 13.79;

  private final MinutesContent content;
  private final XWPFDocument doc = new XWPFDocument();
  private XWPFHeader pageNumbers;
  private XWPFHeader firstPageHeader;
  private XWPFFooter footer;

  private WordMinutes(MinutesContent content) {
    this.content = content;
  }

  /** The DOCX bytes of the minutes (and the annex when the content has one). */
  static byte[] write(MinutesContent content) {
    return new WordMinutes(content).build();
  }

  private byte[] build() {
    defaults();
    headersAndFooters();
    if (content.kind() == MinutesKind.ANNEX) {
      annex(content.annex());
    } else {
      title(content.header());
      for (int i = 0; i < content.body().size(); i++) {
        body(content.body().get(i), i);
      }
      signatures();
      if (content.hasAnnex()) {
        endSection(true);
        annex(content.annex());
      }
    }
    section(
        doc.getDocument().getBody().isSetSectPr()
            ? doc.getDocument().getBody().getSectPr()
            : doc.getDocument().getBody().addNewSectPr(),
        content.hasAnnex());
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      doc.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void defaults() {
    var styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    styles.setDefaultFonts(fonts);
  }

  private void headersAndFooters() {
    pageNumbers = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = pageNumbers.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    XWPFRun begin = p.createRun();
    begin
        .getCTR()
        .addNewFldChar()
        .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
    XWPFRun instr = p.createRun();
    instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
    XWPFRun sep = p.createRun();
    sep.getCTR()
        .addNewFldChar()
        .setFldCharType(
            org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
    XWPFRun shown = p.createRun();
    shown.setText("2");
    XWPFRun end = p.createRun();
    end.getCTR()
        .addNewFldChar()
        .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
    for (XWPFRun r : p.getRuns()) {
      r.setFontFamily(FONT);
      r.setFontSize(14);
    }
    firstPageHeader = doc.createHeader(HeaderFooterType.FIRST);
    firstPageHeader.createParagraph().setSpacingAfter(0);
    footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph f = footer.createParagraph();
    f.setAlignment(ParagraphAlignment.CENTER);
    f.setSpacingAfter(0);
    XWPFRun code = f.createRun();
    code.setText(content.footer());
    code.setItalic(true);
    code.setFontSize(10);
    code.setFontFamily(FONT);
  }

  /** Page size, margins, header and footer references, first page without a number. */
  private void section(CTSectPr sect, boolean restartNumbering) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN_TOP));
    mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    mar.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
    mar.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
    mar.setGutter(BigInteger.ZERO);
    while (sect.sizeOfHeaderReferenceArray() > 0) {
      sect.removeHeaderReference(0);
    }
    while (sect.sizeOfFooterReferenceArray() > 0) {
      sect.removeFooterReference(0);
    }
    reference(sect.addNewHeaderReference(), STHdrFtr.DEFAULT, doc.getRelationId(pageNumbers));
    reference(sect.addNewHeaderReference(), STHdrFtr.FIRST, doc.getRelationId(firstPageHeader));
    reference(sect.addNewFooterReference(), STHdrFtr.DEFAULT, doc.getRelationId(footer));
    reference(sect.addNewFooterReference(), STHdrFtr.FIRST, doc.getRelationId(footer));
    if (!sect.isSetTitlePg()) {
      sect.addNewTitlePg();
    }
    if (restartNumbering) {
      (sect.isSetPgNumType() ? sect.getPgNumType() : sect.addNewPgNumType())
          .setStart(BigInteger.ONE);
    }
  }

  private static void reference(CTHdrFtrRef ref, STHdrFtr.Enum type, String id) {
    ref.setType(type);
    ref.setId(id);
  }

  /** Ends the minutes' section: the annex starts on a new page with its own numbering. */
  private void endSection(boolean restartNumbering) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(0);
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    section(ppr.addNewSectPr(), false);
    tiny(p);
  }

  private void title(MinutesHeader h) {
    XWPFTable table = doc.createTable(1, 2);
    borderless(table);
    widths(table, 4000, 5354);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    HeaderFit.Fitted governing =
        HeaderFit.governingBody(h.governingBody(), JasperMinutesRenderer.LEFT_COLUMN);
    XWPFParagraph first = left.getParagraphs().get(0);
    if (governing != null) {
      lines(first, governing.text(), false, false, governing.size());
      first = left.addParagraph();
    }
    HeaderFit.Fitted issuing =
        HeaderFit.text(
            h.issuingBody(), RuleWidths.Face.BOLD, 12f, JasperMinutesRenderer.LEFT_COLUMN, 3);
    if (issuing != null) {
      lines(first, issuing.text(), true, false, issuing.size());
      Integer rule = RuleWidths.issuer(issuing.text());
      rule(left.addParagraph(), 4000, rule);
    } else {
      tiny(first);
    }
    XWPFParagraph number = left.addParagraph();
    number.setSpacingBefore(120);
    lines(number, h.numberLine(), false, false, 13);
    lines(right.getParagraphs().get(0), h.nationalTitle(), true, false, 12);
    lines(right.addParagraph(), h.motto(), true, false, 13);
    rule(right.addParagraph(), 5354, 160);
    if (h.placeAndDate() != null) {
      HeaderFit.Fitted placeDate =
          HeaderFit.text(
              h.placeAndDate(), RuleWidths.Face.ITALIC, 13f, JasperMinutesRenderer.RIGHT_COLUMN, 2);
      XWPFParagraph p = right.addParagraph();
      p.setSpacingBefore(120);
      lines(p, placeDate.text(), false, true, placeDate.size());
    }
    XWPFParagraph type = doc.createParagraph();
    type.setSpacingBefore(280);
    lines(type, h.documentType(), true, false, 14);
    HeaderFit.Fitted summary =
        HeaderFit.text(
            String.join("\n", h.summary()),
            RuleWidths.Face.BOLD,
            14f,
            JasperMinutesRenderer.BODY,
            3);
    lines(doc.createParagraph(), summary.text(), true, false, summary.size());
    rule(
        doc.createParagraph(),
        PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT,
        RuleWidths.summary(summary.text()));
  }

  /** Centred lines of one paragraph, no space after. */
  private void lines(XWPFParagraph p, String text, boolean bold, boolean italic, float size) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    p.setSpacingBetween(1.0);
    String[] parts = text.split("\n");
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize((double) size);
    run.setBold(bold);
    run.setItalic(italic);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(parts[i], i);
    }
  }

  /** A centred rule {@code points} wide: an empty paragraph with a bottom border, indented. */
  private void rule(XWPFParagraph p, int widthTwips, Integer points) {
    tiny(p);
    if (points == null) {
      return;
    }
    int indent = Math.max(0, (widthTwips - points * TWIPS) / 2);
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTBorder bottom = ppr.addNewPBdr().addNewBottom();
    bottom.setVal(STBorder.SINGLE);
    bottom.setSz(BigInteger.valueOf(6));
    bottom.setSpace(BigInteger.ZERO);
  }

  /** An almost empty paragraph: 1 pt high. */
  private static void tiny(XWPFParagraph p) {
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
    p.setSpacingBetween(1, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    XWPFRun r = p.createRun();
    r.setFontSize(1);
  }

  private void body(MinutesBlock b, int index) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setFirstLineIndent(567);
    p.setSpacingAfter(120);
    // the PDF's line pitch (14 pt at 1.15 in JasperReports), so both break pages alike
    p.setSpacingBetween(LINE_PITCH, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    ppr.addNewWidowControl();
    boolean last = index == content.body().size() - 1;
    if (b.kind() != MinutesBlock.Kind.PARAGRAPH || last) {
      p.setKeepNext(true);
    }
    if (JasperMinutesRenderer.lines(b) <= JasperMinutesRenderer.KEEP_LINES || last) {
      ppr.addNewKeepLines();
    }
    if (b.lead() != null) {
      XWPFRun lead = run(p, b.lead() + " ");
      lead.setBold(true);
    }
    XWPFRun text = run(p, b.text());
    switch (b.kind()) {
      case SECTION, HEADING -> text.setBold(true);
      case SUBHEADING -> text.setItalic(true);
      case PARAGRAPH -> {}
    }
  }

  private XWPFRun run(XWPFParagraph p, String text) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(14);
    r.setText(text);
    return r;
  }

  /** The signatures: unit and leader side by side, the secretary centred below. */
  private void signatures() {
    var s = content.signatures();
    XWPFTable table = doc.createTable(s.centre() == null ? 1 : 2, 2);
    borderless(table);
    widths(table, 4677, 4677);
    signer(table.getRow(0).getCell(0), s.left(), true);
    signer(table.getRow(0).getCell(1), s.right(), s.centre() != null);
    keepRow(table.getRow(0));
    if (s.centre() != null) {
      XWPFTableRow row = table.getRow(1);
      row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
      row.removeCell(1);
      signer(row.getCell(0), s.centre(), false);
      keepRow(row);
    }
  }

  private void signer(XWPFTableCell cell, SignatureBlock block, boolean keepNext) {
    HeaderFit.Fitted title =
        HeaderFit.text(
            block.title(), RuleWidths.Face.BOLD, 13f, JasperMinutesRenderer.SIGNER_COLUMN, 3);
    XWPFParagraph t = cell.getParagraphs().get(0);
    t.setSpacingBefore(240);
    lines(t, title.text(), true, false, title.size());
    t.setKeepNext(true);
    XWPFParagraph name = cell.addParagraph();
    name.setSpacingBefore(1500);
    lines(name, block.name().isEmpty() ? " " : block.name(), true, false, 13);
    name.setKeepNext(keepNext);
  }

  private static void keepRow(XWPFTableRow row) {
    row.setCantSplitRow(true);
  }

  private void annex(MinutesAnnex a) {
    XWPFParagraph label = doc.createParagraph();
    label.setSpacingBefore(0);
    lines(label, a.label(), true, false, 14);
    lines(doc.createParagraph(), a.title(), true, false, 14);
    XWPFParagraph ref = doc.createParagraph();
    lines(ref, a.reference(), false, true, 13);
    ref.setSpacingAfter(240);
    List<AnnexRow> rows = a.rows();
    XWPFTable table = doc.createTable(rows.size() + 2, 4);
    table.setTableAlignment(TableRowAlign.CENTER);
    int[] widths = {840, 4100, 2920, 1494};
    widths(table, widths);
    // the PDF's cell padding: 2 pt above, 3 pt below and at the sides
    table.setCellMargins(40, 60, 60, 60);
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    for (int c = 0; c < 4; c++) {
      cell(head.getCell(c), a.columns().get(c), true, ParagraphAlignment.CENTER);
    }
    for (int i = 0; i < rows.size(); i++) {
      AnnexRow r = rows.get(i);
      XWPFTableRow row = table.getRow(i + 1);
      row.setCantSplitRow(true);
      cell(row.getCell(0), r.code(), r.area(), ParagraphAlignment.CENTER);
      cell(row.getCell(1), r.text(), r.area(), ParagraphAlignment.LEFT);
      cell(row.getCell(2), r.result(), false, ParagraphAlignment.LEFT);
      cell(row.getCell(3), r.score(), r.area(), ParagraphAlignment.CENTER);
      if (i == rows.size() - 1) {
        for (XWPFTableCell c : row.getTableCells()) {
          c.getParagraphs().forEach(p -> p.setKeepNext(true));
        }
      }
    }
    XWPFTableRow total = table.getRow(rows.size() + 1);
    total.setCantSplitRow(true);
    total.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
    total.getCell(2).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
    total.removeCell(3);
    total.removeCell(1);
    cell(total.getCell(0), a.totalLabel(), true, ParagraphAlignment.RIGHT);
    cell(total.getCell(1), a.totalScore(), true, ParagraphAlignment.CENTER);
  }

  private void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(align);
    p.setSpacingAfter(0);
    p.setSpacingBetween(CELL_PITCH, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(12);
    r.setBold(bold);
    r.setText(text == null ? "" : text);
  }

  private static void borderless(XWPFTable table) {
    table.removeBorders();
    table.setCellMargins(0, 0, 0, 0);
    CTTblPr pr = table.getCTTbl().getTblPr();
    pr.addNewTblLayout()
        .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
  }

  private static void widths(XWPFTable table, int... twips) {
    int total = 0;
    for (int w : twips) {
      total += w;
    }
    CTTblPr pr = table.getCTTbl().getTblPr();
    var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(total));
    var grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : twips) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int c = 0; c < row.getTableCells().size() && c < twips.length; c++) {
        row.getCell(c).setWidth(Integer.toString(twips[c]));
        row.getCell(c).setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
      }
    }
  }
}
