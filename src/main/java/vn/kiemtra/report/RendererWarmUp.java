package vn.kiemtra.report;

import java.util.List;
import java.util.UUID;
import net.sf.jasperreports.engine.util.JRGraphEnvInitializer;
import vn.kiemtra.core.minutes.MinutesBlock;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesHeader;
import vn.kiemtra.core.minutes.MinutesKind;
import vn.kiemtra.core.minutes.MinutesSignatures;
import vn.kiemtra.core.minutes.SignatureBlock;
import vn.kiemtra.core.shared.WarmUp;

/**
 * Loads what a first render needs (the two compiled templates, the system's font list JasperReports
 * reads at its first fill, the bundled fonts the header lines are measured with) on a background
 * thread, started by the launcher when the command line asks for rendered minutes, while the
 * database opens; before a render it also renders a short made-up minutes to PDF and throws it
 * away. A render waits for it before its own first JasperReports call, so no class is initialised
 * by two threads at once.
 */
public final class RendererWarmUp {
  private static final WarmUp WARM_UP = new WarmUp("kiemtra-report-warm-up", RendererWarmUp::load);

  /** Set by the first {@link #start}: whether the warm-up ends with a throw-away render. */
  private static volatile boolean sampleRender;

  private RendererWarmUp() {}

  /**
   * Starts the warm-up once per process; later calls do nothing. {@code forRender}: minutes will be
   * filled (not only read, as {@code minutes verify} does), so the warm-up also renders a sample; a
   * verification would otherwise wait for a render it does not need.
   */
  public static synchronized void start(boolean forRender) {
    if (!WARM_UP.isStarted()) {
      sampleRender = forRender;
      WARM_UP.start();
    }
  }

  /** Waits until the warm-up (if started) has finished. */
  static void await() {
    WARM_UP.await();
  }

  private static void load() {
    new JasperMinutesRenderer().preload();
    JRGraphEnvInitializer.initializeGraphEnv();
    for (RuleWidths.Face face : RuleWidths.Face.values()) {
      RuleWidths.width("Biên bản", face, 13f);
    }
    if (sampleRender) {
      // The fill engine, the font extensions, the text measurer and the PDF writer initialised
      // here, beside the database's open, instead of on the command's thread after it.
      sampleRender();
    }
  }

  /** A short made-up minutes, filled and exported to PDF (returned for the tests). */
  static byte[] sampleRender() {
    return new JasperMinutesRenderer().fillAll(sample()).pdf();
  }

  /** Every kind of paragraph, the header, two signers; never shown or written anywhere. */
  private static MinutesContent sample() {
    return MinutesContent.seal(
        MinutesKind.MINUTES,
        new UUID(0, 0),
        new MinutesHeader(
            "Ủy ban nhân dân tỉnh",
            "Đoàn kiểm tra",
            "Số: 01/BB-ĐKT",
            "Cộng hòa xã hội chủ nghĩa Việt Nam",
            "Độc lập - Tự do - Hạnh phúc",
            "Hà Nội, ngày 01 tháng 01 năm 2026",
            "Biên bản",
            List.of("Kiểm tra công tác cải cách hành chính")),
        List.of(
            MinutesBlock.section("I. Thành phần"),
            MinutesBlock.heading("1. Đoàn kiểm tra:"),
            MinutesBlock.subheading("a) Kết quả đạt được:"),
            MinutesBlock.paragraph(
                "Đơn vị đã ban hành kế hoạch cải cách hành chính năm và tổ chức thực hiện đầy"
                    + " đủ, đúng thời hạn; kết quả được tổng hợp, báo cáo định kỳ.")),
        new MinutesSignatures(
            new SignatureBlock(List.of("Đại diện đơn vị"), "Nguyễn Văn A"),
            new SignatureBlock(List.of("Trưởng đoàn"), "Trần Thị B"),
            null),
        null,
        "Biên bản",
        "Mã xác thực {0}");
  }
}
