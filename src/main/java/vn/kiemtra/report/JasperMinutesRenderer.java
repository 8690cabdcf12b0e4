package vn.kiemtra.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRStringUtil;
import vn.kiemtra.core.minutes.AnnexRow;
import vn.kiemtra.core.minutes.MinutesAnnex;
import vn.kiemtra.core.minutes.MinutesBlock;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesHeader;
import vn.kiemtra.core.minutes.MinutesKind;
import vn.kiemtra.core.minutes.MinutesRenderer;
import vn.kiemtra.core.minutes.MinutesSignatures;
import vn.kiemtra.core.minutes.RenderedMinutes;
import vn.kiemtra.core.minutes.SignatureBlock;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Lays out minutes with the precompiled JasperReports templates {@code /reports/minutes.jasper} and
 * {@code /reports/minutes-annex.jasper} (compiled from {@code jasper-templates/} at build time,
 * loaded once and cached). Thread-safe.
 */
public final class JasperMinutesRenderer implements MinutesRenderer {
  static final String MINUTES = "/reports/minutes.jasper";
  static final String ANNEX = "/reports/minutes-annex.jasper";

  /** Widths in points of the template's columns: header left and right, body, one signer. */
  static final double LEFT_COLUMN = 205;

  static final double RIGHT_COLUMN = 252;
  static final double BODY = 467;
  static final double SIGNER_COLUMN = 233;

  /** Loaded once per JVM: templates are immutable and safe to fill from several threads. */
  private static final Map<String, JasperReport> TEMPLATES = new ConcurrentHashMap<>();

  @Override
  public RenderedMinutes render(MinutesContent content) {
    RendererWarmUp.await();
    return fillAll(content);
  }

  /** The render itself, without waiting for the warm-up (which calls it). */
  JasperRenderedMinutes fillAll(MinutesContent content) {
    try {
      List<JasperPrint> prints = new ArrayList<>();
      if (content.kind() != MinutesKind.ANNEX) {
        prints.add(fillMinutes(content));
      }
      if (content.hasAnnex()) {
        prints.add(
            JasperFillManager.fillReport(
                template(ANNEX), annexParameters(content), annexRows(content.annex())));
      }
      return new JasperRenderedMinutes(content, prints);
    } catch (JRException e) {
      throw new DomainException(Messages.of("report").get("error.render", e.getMessage()), e);
    }
  }

  @Override
  public Optional<String> verificationCodeIn(byte[] pdf) {
    RendererWarmUp.await();
    return PdfCodeReader.read(pdf);
  }

  /** Loads all templates now, so the first render does not pay for it (optional). */
  public void preload() {
    template(MINUTES);
    template(ANNEX);
  }

  private JasperReport template(String resource) {
    return TEMPLATES.computeIfAbsent(resource, JasperMinutesRenderer::load);
  }

  private static JasperReport load(String resource) {
    try (InputStream in = JasperMinutesRenderer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "template " + resource + " is missing: the build compiles jasper-templates/*.jrxml");
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException | JRException e) {
      throw new IllegalStateException("cannot load template " + resource, e);
    }
  }

  private static Map<String, Object> minutesParameters(MinutesContent content) {
    MinutesHeader h = content.header();
    Map<String, Object> p = common(content);
    HeaderFit.Fitted governing = HeaderFit.governingBody(h.governingBody(), LEFT_COLUMN);
    p.put("GOVERNING_BODY", governing == null ? null : governing.styled(12f));
    HeaderFit.Fitted issuing =
        HeaderFit.text(h.issuingBody(), RuleWidths.Face.BOLD, 12f, LEFT_COLUMN, 3);
    p.put("ISSUING_BODY", issuing == null ? null : issuing.styled(12f));
    p.put("ISSUER_RULE", issuing == null ? null : RuleWidths.issuer(issuing.text()));
    p.put("NUMBER_LINE", h.numberLine());
    p.put("NATIONAL_TITLE", h.nationalTitle());
    p.put("MOTTO", h.motto());
    HeaderFit.Fitted placeDate =
        HeaderFit.text(h.placeAndDate(), RuleWidths.Face.ITALIC, 13f, RIGHT_COLUMN, 2);
    p.put("PLACE_DATE", placeDate == null ? null : placeDate.styled(13f));
    p.put("DOCUMENT_TYPE", h.documentType());
    HeaderFit.Fitted summary =
        HeaderFit.text(String.join("\n", h.summary()), RuleWidths.Face.BOLD, 14f, BODY, 3);
    p.put("SUMMARY", summary.styled(14f));
    p.put("SUMMARY_RULE", RuleWidths.summary(summary.text()));
    MinutesSignatures s = content.signatures();
    p.put("SIGN_LEFT_TITLE", signerTitle(s.left()));
    p.put("SIGN_LEFT_NAME", s.left().name());
    p.put("SIGN_RIGHT_TITLE", signerTitle(s.right()));
    p.put("SIGN_RIGHT_NAME", s.right().name());
    p.put("SIGN_CENTRE_TITLE", s.centre() == null ? null : signerTitle(s.centre()));
    p.put("SIGN_CENTRE_NAME", s.centre() == null ? null : s.centre().name());
    return p;
  }

  /** A signer's title lines, each broken only between the parts of a name, 13 pt bold. */
  private static String signerTitle(SignatureBlock block) {
    return HeaderFit.text(block.title(), RuleWidths.Face.BOLD, 13f, SIGNER_COLUMN, 3).styled(13f);
  }

  private static Map<String, Object> annexParameters(MinutesContent content) {
    MinutesAnnex a = content.annex();
    Map<String, Object> p = common(content);
    p.put("LABEL", a.label());
    p.put("TITLE", a.title());
    p.put("REFERENCE", a.reference());
    p.put("COL_CODE", a.columns().get(0));
    p.put("COL_CRITERION", a.columns().get(1));
    p.put("COL_RESULT", a.columns().get(2));
    p.put("COL_SCORE", a.columns().get(3));
    p.put("TOTAL_LABEL", a.totalLabel());
    p.put("TOTAL_SCORE", a.totalScore());
    return p;
  }

  private static Map<String, Object> common(MinutesContent content) {
    Map<String, Object> p = new HashMap<>();
    p.put(JRParameter.REPORT_LOCALE, VietnameseText.VI);
    p.put("FOOTER", content.footer());
    return p;
  }

  /**
   * Fills the minutes; when a page ends with a heading, or a long paragraph leaves a single line
   * alone at a page foot or top (JasperReports has neither keep-with-next for flowing rows nor
   * widow control), fills again with that fixed ({@link LoneLines}). One place is fixed per pass,
   * in reading order, because each fix moves everything after it.
   */
  private JasperPrint fillMinutes(MinutesContent content) throws JRException {
    Map<Integer, LoneLines.Fix> fixes = new HashMap<>();
    JasperPrint print = fill(content, fixes);
    for (int pass = 0; pass < MAX_LONE_LINE_PASSES; pass++) {
      Optional<LoneLines.Split> lone = LoneLines.first(print, content.body());
      if (lone.isEmpty() || fixes.containsKey(lone.get().row())) {
        break;
      }
      fixes.put(lone.get().row(), lone.get().fix());
      print = fill(content, fixes);
    }
    return print;
  }

  /** Enough for every long paragraph of a 25-page document, bounded so a render stays quick. */
  private static final int MAX_LONE_LINE_PASSES = 20;

  private JasperPrint fill(MinutesContent content, Map<Integer, LoneLines.Fix> fixes)
      throws JRException {
    return JasperFillManager.fillReport(
        template(MINUTES), minutesParameters(content), bodyRows(content, fixes));
  }

  /**
   * The body rows: a heading shares its key with the paragraph after it, a paragraph of up to
   * {@link #KEEP_LINES} lines moves whole to the next page (no line alone at a page foot or top),
   * and the closing paragraph carries the signatures. Longer paragraphs flow; the fixes found by
   * {@link LoneLines} keep headings off page ends and lone lines away.
   */
  static JRBeanCollectionDataSource bodyRows(
      MinutesContent content, Map<Integer, LoneLines.Fix> fixes) {
    List<MinutesBodyRow> rows = new ArrayList<>();
    List<MinutesBlock> body = content.body();
    int key = 0;
    for (int i = 0; i < body.size(); i++) {
      MinutesBlock b = body.get(i);
      boolean afterHeading = i > 0 && body.get(i - 1).kind() != MinutesBlock.Kind.PARAGRAPH;
      if (!afterHeading) {
        key++;
      }
      String layout;
      LoneLines.Fix fix = fixes.get(i);
      if (i == body.size() - 1 && content.kind() != null) {
        layout =
            content.signatures().centre() == null
                ? MinutesBodyRow.CLOSING
                : MinutesBodyRow.CLOSING_WITH_SECRETARY;
      } else if (lines(b) <= KEEP_LINES || fix == LoneLines.Fix.MOVE_WHOLE) {
        layout = MinutesBodyRow.KEEP;
      } else {
        layout = MinutesBodyRow.FLOW;
      }
      rows.add(
          new MinutesBodyRow(
              styled(b),
              layout,
              key,
              i,
              fix == LoneLines.Fix.ONE_LINE_DOWN,
              fix == LoneLines.Fix.BREAK_BEFORE));
    }
    return new JRBeanCollectionDataSource(rows);
  }

  /** Paragraphs up to this many lines are never split across pages. */
  static final int KEEP_LINES = 6;

  /** How many lines a paragraph takes in the 467 pt body at 14 pt, first line indented 1 cm. */
  static int lines(MinutesBlock b) {
    String text = b.lead() == null ? b.text() : b.lead() + " " + b.text();
    return RuleWidths.wrap("\u2003\u2003" + text, RuleWidths.Face.REGULAR, 14f, BODY).size();
  }

  static String styled(MinutesBlock b) {
    String text = escape(b.text());
    return switch (b.kind()) {
      case SECTION, HEADING -> "<style isBold=\"true\">" + text + "</style>";
      case SUBHEADING -> "<style isItalic=\"true\">" + text + "</style>";
      case PARAGRAPH ->
          b.lead() == null
              ? text
              : "<style isBold=\"true\">" + escape(b.lead()) + "</style> " + text;
    };
  }

  private static JRBeanCollectionDataSource annexRows(MinutesAnnex annex) {
    List<MinutesAnnexRow> rows = new ArrayList<>();
    List<AnnexRow> list = annex.rows();
    for (int i = 0; i < list.size(); i++) {
      AnnexRow r = list.get(i);
      boolean last = i == list.size() - 1;
      if (r.area()) {
        rows.add(
            new MinutesAnnexRow(
                bold(r.code()), bold(r.text()), escape(r.result()), bold(r.score()), last));
      } else {
        rows.add(
            new MinutesAnnexRow(
                escape(r.code()), escape(r.text()), escape(r.result()), escape(r.score()), last));
      }
    }
    return new JRBeanCollectionDataSource(rows);
  }

  private static String bold(String s) {
    return "<style isBold=\"true\">" + escape(s) + "</style>";
  }

  private static String escape(String s) {
    return s == null ? "" : JRStringUtil.xmlEncode(glued(VietnameseText.nfc(s)));
  }

  /**
   * The text with a zero-width no-break space around each "/" and after each "-" inside a word, so
   * the line breaker never splits a number ("1.893/2.011") or a document symbol ("12/KH-UBND"). The
   * character has no glyph and prints nothing.
   */
  static String glued(String s) {
    return GLUE_SLASH
        .matcher(GLUE_HYPHEN.matcher(s).replaceAll("-\uFEFF"))
        .replaceAll("\uFEFF/\uFEFF");
  }

  private static final java.util.regex.Pattern GLUE_HYPHEN =
      java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N}])-(?=[\\p{L}\\p{N}])");
  private static final java.util.regex.Pattern GLUE_SLASH =
      java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N}])/(?=[\\p{L}\\p{N}])");
}
