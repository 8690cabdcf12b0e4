package vn.kiemtra.report;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.MediaSizeName;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;
import net.sf.jasperreports.engine.export.JRPrintServiceExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimplePrintServiceExporterConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesKind;
import vn.kiemtra.core.minutes.PrintRequest;
import vn.kiemtra.core.minutes.RenderedMinutes;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/** Filled minutes (and annex): the pages, exported to PDF, DOCX, page images or a printer. */
final class JasperRenderedMinutes implements RenderedMinutes {
  private final MinutesContent content;
  private final List<JasperPrint> prints;

  JasperRenderedMinutes(MinutesContent content, List<JasperPrint> prints) {
    this.content = content;
    this.prints = List.copyOf(prints);
  }

  @Override
  public MinutesContent content() {
    return content;
  }

  @Override
  public int pageCount() {
    return prints.stream().mapToInt(p -> p.getPages().size()).sum();
  }

  /** Pages of the minutes alone, without the annex. */
  int minutesPageCount() {
    return content.kind() == MinutesKind.ANNEX ? 0 : prints.get(0).getPages().size();
  }

  @Override
  public byte[] pdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
    config.setMetadataTitle(content.documentTitle());
    config.setMetadataSubject(content.footer());
    config.setMetadataKeywords(PdfCodeReader.KEYWORD_PREFIX + content.verificationCode());
    config.setMetadataCreator("kiemtra");
    exporter.setConfiguration(config);
    try {
      exporter.exportReport();
    } catch (JRException e) {
      throw failure(e);
    }
    return DeterministicPdf.fix(out.toByteArray(), content.contentHash());
  }

  /** A flowing Word document laid out afresh from the content (ADR 0007), not from the pages. */
  @Override
  public byte[] docx() {
    return WordMinutes.write(content);
  }

  @Override
  public byte[] pageImage(int pageIndex, double scale) {
    int index = pageIndex;
    for (JasperPrint print : prints) {
      int pages = print.getPages().size();
      if (index < pages) {
        try {
          Image image = JasperPrintManager.printPageToImage(print, index, (float) scale);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ImageIO.write((BufferedImage) image, "png", out);
          return out.toByteArray();
        } catch (JRException e) {
          throw failure(e);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      index -= pages;
    }
    throw new IndexOutOfBoundsException("page " + pageIndex + " of " + pageCount());
  }

  @Override
  public void print(PrintRequest request) {
    PrintService service = null;
    for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
      if (s.getName().equals(request.printerName())) {
        service = s;
      }
    }
    Messages messages = Messages.of("report");
    if (service == null) {
      throw new DomainException(messages.get("error.print.noPrinter", request.printerName()));
    }
    PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
    attributes.add(MediaSizeName.ISO_A4);
    attributes.add(new Copies(request.copies()));
    JRPrintServiceExporter exporter = new JRPrintServiceExporter();
    exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
    SimplePrintServiceExporterConfiguration config = new SimplePrintServiceExporterConfiguration();
    config.setPrintService(service);
    config.setPrintRequestAttributeSet(attributes);
    config.setDisplayPageDialog(false);
    config.setDisplayPrintDialog(false);
    exporter.setConfiguration(config);
    try {
      exporter.exportReport();
    } catch (JRException e) {
      throw new DomainException(messages.get("error.print", e.getMessage()), e);
    }
  }

  private static DomainException failure(JRException e) {
    return new DomainException(Messages.of("report").get("error.render", e.getMessage()), e);
  }
}
