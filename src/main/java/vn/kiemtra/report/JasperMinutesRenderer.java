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
import vn.kiemtra.core.minutes.MinutesRenderer;
import vn.kiemtra.core.minutes.MinutesSignatures;
import vn.kiemtra.core.minutes.RenderedMinutes;
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

  /** Loaded once per JVM: templates are immutable and safe to fill from several threads. */
  private static final Map<String, JasperReport> TEMPLATES = new ConcurrentHashMap<>();

  @Override
  public RenderedMinutes render(MinutesContent content) {
    try {
      List<JasperPrint> prints = new ArrayList<>();
      prints.add(
          JasperFillManager.fillReport(
              template(MINUTES), minutesParameters(content), bodyRows(content)));
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
    p.put("GOVERNING_BODY", h.governingBody());
    String issuing = RuleWidths.balancedIssuer(h.issuingBody());
    p.put("ISSUING_BODY", issuing);
    p.put("ISSUER_RULE", RuleWidths.issuer(issuing));
    p.put("NUMBER_LINE", h.numberLine());
    p.put("NATIONAL_TITLE", h.nationalTitle());
    p.put("MOTTO", h.motto());
    p.put("PLACE_DATE", h.placeAndDate());
    p.put("DOCUMENT_TYPE", h.documentType());
    String summary = String.join("\n", h.summary());
    p.put("SUMMARY", summary);
    p.put("SUMMARY_RULE", RuleWidths.summary(summary));
    MinutesSignatures s = content.signatures();
    p.put("SIGN_LEFT_TITLE", s.left().title());
    p.put("SIGN_LEFT_NAME", s.left().name());
    p.put("SIGN_RIGHT_TITLE", s.right().title());
    p.put("SIGN_RIGHT_NAME", s.right().name());
    p.put("SIGN_CENTRE_TITLE", s.centre() == null ? null : s.centre().title());
    p.put("SIGN_CENTRE_NAME", s.centre() == null ? null : s.centre().name());
    return p;
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

  static JRBeanCollectionDataSource bodyRows(MinutesContent content) {
    List<MinutesBodyRow> rows = new ArrayList<>();
    for (MinutesBlock b : content.body()) {
      rows.add(new MinutesBodyRow(styled(b)));
    }
    return new JRBeanCollectionDataSource(rows);
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
    for (AnnexRow r : annex.rows()) {
      if (r.area()) {
        rows.add(
            new MinutesAnnexRow(
                bold(r.code()), bold(r.text()), escape(r.result()), bold(r.score())));
      } else {
        rows.add(
            new MinutesAnnexRow(
                escape(r.code()), escape(r.text()), escape(r.result()), escape(r.score())));
      }
    }
    return new JRBeanCollectionDataSource(rows);
  }

  private static String bold(String s) {
    return "<style isBold=\"true\">" + escape(s) + "</style>";
  }

  private static String escape(String s) {
    return s == null ? "" : JRStringUtil.xmlEncode(VietnameseText.nfc(s));
  }
}
