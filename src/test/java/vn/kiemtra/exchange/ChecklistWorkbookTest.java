package vn.kiemtra.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.checklist.ReadTemplate;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateStatus;
import vn.kiemtra.core.shared.ValidationException;
import vn.kiemtra.testsupport.Workbooks;
import vn.kiemtra.testsupport.Workbooks.DateCell;
import vn.kiemtra.testsupport.Workbooks.Formula;

/**
 * The checklist workbook as the spec describes it: valid files, every malformed case, round trips.
 */
class ChecklistWorkbookTest {
  static final Object[] INFO_HEADER = {
    "ma", "phien_ban", "ten", "cap", "kad", "he_so_mot_phan", "can_cu"
  };
  static final Object[] CRITERIA_HEADER = {
    "linh_vuc",
    "ma",
    "noi_dung",
    "minh_chung",
    "kieu",
    "them",
    "diem",
    "cho_phep_kad",
    "ty_le_muc_tieu",
    "ty_le_nguong"
  };
  static final Object[] INFO_ROW = {
    "CCHC-XA",
    2026,
    "Bộ tiêu chí kiểm tra công tác CCHC cấp xã năm 2026",
    "XA",
    "TINH_DU_DIEM",
    "0,5",
    "Quyết định số 12/QĐ-UBND ngày 10/01/2026"
  };

  private final ChecklistWorkbook workbook = new ChecklistWorkbook();

  /** A commune checklist of 80 points with sub-criteria, a formula, a decimal comma, merges. */
  static byte[] communeWorkbook() {
    return Workbooks.create()
        .sheet("Thông tin", INFO_HEADER, INFO_ROW)
        .sheet(
            "tieu_chi",
            new Object[] {
              "linh_vuc",
              "ma",
              "noi_dung",
              "minh_chung",
              "kieu",
              "them",
              "diem",
              "cho_phep_kad",
              "ty_le_muc_tieu",
              "ty_le_nguong",
              "ghi_chu"
            },
            row("CD", null, "Công tác chỉ đạo, điều hành"),
            row(
                "CD",
                "CD01",
                "Ban hành kế hoạch CCHC năm",
                "Kế hoạch (số, ngày)",
                "DKD",
                "SH",
                "1,5",
                "không"),
            row("CD", "CD02", "Thực hiện nhiệm vụ trong kế hoạch", null, "DKD"),
            row("CD", "CD02.1", "Hoàn thành nhiệm vụ quý I–II", null, "DKD4", null, 10),
            row(
                null,
                "CD02.2",
                "Hoàn thành nhiệm vụ quý III–IV",
                null,
                "DKD4",
                null,
                new Formula("5*2")),
            new Object[] {},
            row("TT", null, "Thủ tục hành chính"),
            row(
                "TT",
                "TT01",
                "Tỷ lệ hồ sơ giải quyết đúng hạn",
                "Sổ theo dõi",
                "TL",
                null,
                40,
                "có",
                100,
                50),
            row("TT", "TT02", "Ngày công khai thủ tục hành chính", null, "NGAY"),
            row("TT", "TT03", "Tiếp nhận phản ánh, kiến nghị", null, "DKD", "SO", 18.5, "x"))
        .merge("tieu_chi", "A4:A6")
        .bytes();
  }

  static Object[] row(Object... cells) {
    return cells;
  }

  @Test
  void readsACommuneWorkbookWithSubCriteriaAndAMaximumOf80() {
    ReadTemplate read = workbook.readWithWarnings(new ByteArrayInputStream(communeWorkbook()));
    ChecklistTemplate t = read.template();

    assertThat(t.code()).isEqualTo("CCHC-XA");
    assertThat(t.version()).isEqualTo("2026");
    assertThat(t.level()).isEqualTo(TemplateLevel.XA);
    assertThat(t.status()).isEqualTo(TemplateStatus.DRAFT);
    assertThat(t.notApplicablePolicy()).isEqualTo(NotApplicablePolicy.FULL_SCORE);
    assertThat(t.partialFactor()).isEqualByComparingTo("0.5");
    assertThat(t.legalBasis()).isEqualTo("Quyết định số 12/QĐ-UBND ngày 10/01/2026");
    assertThat(t.maxScore()).isEqualByComparingTo("80");
    assertThat(t.areas())
        .extracting(a -> a.code() + ":" + a.name())
        .containsExactly("CD:Công tác chỉ đạo, điều hành", "TT:Thủ tục hành chính");
    Criterion cd02 = t.criterion("CD02").orElseThrow();
    assertThat(cd02.maxScore()).isEqualByComparingTo("20");
    assertThat(cd02.subCriteria()).extracting(Criterion::code).containsExactly("CD02.1", "CD02.2");
    assertThat(cd02.subCriteria().get(1).maxScore()).isEqualByComparingTo("10");
    Criterion cd01 = t.criterion("CD01").orElseThrow();
    assertThat(cd01.maxScore()).isEqualByComparingTo("1.5");
    assertThat(cd01.facts()).containsExactly(AnswerType.SH);
    assertThat(cd01.guidance()).isEqualTo("Kế hoạch (số, ngày)");
    Criterion tt01 = t.criterion("TT01").orElseThrow();
    assertThat(tt01.answerType()).isEqualTo(AnswerType.TL);
    assertThat(tt01.notApplicableAllowed()).isTrue();
    assertThat(tt01.ratioTarget()).isEqualByComparingTo("100");
    assertThat(tt01.ratioThreshold()).isEqualByComparingTo("50");
    assertThat(t.criterion("TT02").orElseThrow().maxScore()).isEqualByComparingTo("0");
    assertThat(t.criterion("TT03").orElseThrow().notApplicableAllowed()).isTrue();
    assertThat(read.warnings())
        .containsExactly("tieu_chi!K1: cột «ghi_chu» không thuộc mẫu nên được bỏ qua");
  }

  @Test
  void textIsStoredComposedAndTrimmed() {
    String decomposed =
        java.text.Normalizer.normalize("  Thủ tục hành chính  ", java.text.Normalizer.Form.NFD);
    byte[] file =
        Workbooks.create()
            .sheet("thong_tin", INFO_HEADER, INFO_ROW)
            .sheet(
                "tieu_chi",
                CRITERIA_HEADER,
                row("TT", null, decomposed),
                row("TT", "TT01", "Công khai\nthủ tục", null, "DKD", null, 1))
            .bytes();
    ChecklistTemplate t = workbook.read(new ByteArrayInputStream(file));
    assertThat(t.areas().get(0).name()).isEqualTo("Thủ tục hành chính");
    assertThat(t.criterion("TT01").orElseThrow().text()).isEqualTo("Công khai\nthủ tục");
  }

  // ---- every malformed case: all problems at once, each naming its cell ----

  private static byte[] criteriaRows(Object[]... rows) {
    Object[][] all = new Object[rows.length + 1][];
    all[0] = CRITERIA_HEADER;
    System.arraycopy(rows, 0, all, 1, rows.length);
    return Workbooks.create()
        .sheet("thong_tin", INFO_HEADER, INFO_ROW)
        .sheet("tieu_chi", all)
        .bytes();
  }

  private List<String> problems(byte[] file) {
    try {
      workbook.read(new ByteArrayInputStream(file));
    } catch (ValidationException e) {
      return e.problems().stream().map(Object::toString).toList();
    }
    throw new AssertionError("the workbook was accepted");
  }

  @Test
  void aDuplicateCodeNamesBothRows() {
    assertThat(
            problems(
                criteriaRows(
                    row("CD", null, "Chỉ đạo"),
                    row("CD", "CD01", "Kế hoạch", null, "DKD", null, 1),
                    row("CD", "CD01", "Báo cáo", null, "DKD", null, 1))))
        .containsExactly("tieu_chi!B4: mã CD01 trùng với dòng 3; hãy đặt mã khác");
  }

  @Test
  void textInPointsIsNamed() {
    assertThat(
            problems(
                criteriaRows(
                    row("CD", null, "Chỉ đạo"),
                    row("CD", "CD01", "Kế hoạch", null, "DKD", null, "một"))))
        .containsExactly("tieu_chi!G3: điểm «một» không phải là số; hãy ghi một số, ví dụ 1,5");
  }

  @Test
  void anUnknownAnswerTypeIsNamed() {
    assertThat(
            problems(
                criteriaRows(
                    row("CD", null, "Chỉ đạo"),
                    row("CD", "CD01", "Kế hoạch", null, "CO_KHONG", null, 1))))
        .containsExactly(
            "tieu_chi!E3: kiểu «CO_KHONG» không có; hãy chọn một kiểu: DKD, DKD4, SO, TL, NGAY, VB, SH");
  }

  @Test
  void aMissingSheetIsNamed() {
    byte[] file =
        Workbooks.create()
            .sheet(
                "tieu_chi",
                CRITERIA_HEADER,
                row("CD", null, "Chỉ đạo"),
                row("CD", "CD01", "Kế hoạch", null, "DKD", null, 1))
            .sheet("ghi_chu", row("không liên quan"))
            .bytes();
    assertThat(problems(file))
        .containsExactly(
            "thong_tin: thiếu trang tính «thong_tin»; hãy thêm trang tính tên thong_tin (xem trang"
                + " huong_dan của sổ tính mẫu)");
  }

  @Test
  void aSubCriterionWithoutItsParentIsNamed() {
    assertThat(
            problems(
                criteriaRows(
                    row("CD", null, "Chỉ đạo"),
                    row("CD", "CD01", "Kế hoạch", null, "DKD", null, 1),
                    row("CD", "CD05.1", "Một phần của CD05", null, "DKD", null, 1))))
        .containsExactly(
            "tieu_chi!B4: tiêu chí thành phần CD05.1 không có tiêu chí cha CD05 ở các dòng trên"
                + " trong cùng lĩnh vực; hãy thêm dòng CD05 phía trên hoặc sửa mã");
  }

  @Test
  void aMissingVersionIsNamedOnItsCell() {
    Object[] info = INFO_ROW.clone();
    info[1] = null;
    byte[] file =
        Workbooks.create()
            .sheet("thong_tin", INFO_HEADER, info)
            .sheet(
                "tieu_chi",
                CRITERIA_HEADER,
                row("CD", null, "Chỉ đạo"),
                row("CD", "CD01", "Kế hoạch", null, "DKD", null, 1))
            .bytes();
    assertThat(problems(file))
        .containsExactly("thong_tin!B2: thiếu phiên bản; hãy ghi phiên bản, ví dụ 2026");
  }

  @Test
  void aNumberExcelTurnedIntoADateIsNamedAsSuch() {
    assertThat(
            problems(
                criteriaRows(
                    row("CD", null, "Chỉ đạo"),
                    row(
                        "CD",
                        "CD01",
                        "Kế hoạch",
                        null,
                        "DKD",
                        null,
                        new DateCell(LocalDate.of(2026, 5, 1))))))
        .containsExactly(
            "tieu_chi!G3: điểm là ô ngày tháng (1/5/2026): Excel đã tự đổi số như 1.5 thành ngày"
                + " 1 tháng 5; hãy định dạng ô là Văn bản (Text) rồi ghi lại số với dấu phẩy, ví dụ"
                + " 1,5");
  }

  @Test
  void aMissingColumnIsNamedWhereItCanBeAdded() {
    Object[] header = Arrays.copyOf(CRITERIA_HEADER, CRITERIA_HEADER.length);
    header[4] = null; // no "kieu"
    byte[] file =
        Workbooks.create()
            .sheet("thong_tin", INFO_HEADER, INFO_ROW)
            .sheet(
                "tieu_chi",
                header,
                row("CD", null, "Chỉ đạo"),
                row("CD", "CD01", "Kế hoạch", null, null, null, 1))
            .bytes();
    assertThat(problems(file))
        .containsExactly("tieu_chi!K1: thiếu cột «kieu»; hãy ghi kieu vào dòng 1 của cột này");
  }

  @Test
  void aParentWhosePointsDifferFromItsSubCriteriaIsNamed() {
    assertThat(
            problems(
                criteriaRows(
                    row("CD", null, "Chỉ đạo"),
                    row("CD", "CD02", "Thực hiện kế hoạch", null, "DKD", null, 15),
                    row("CD", "CD02.1", "Quý I–II", null, "DKD", null, 10),
                    row("CD", "CD02.2", "Quý III–IV", null, "DKD", null, 10))))
        .containsExactly(
            "tieu_chi!G3: điểm 15 khác tổng điểm các tiêu chí thành phần (20); hãy ghi 20 hoặc để"
                + " trống");
  }

  @Test
  void aRatioWithoutTargetOrThresholdIsNamed() {
    assertThat(
            problems(
                criteriaRows(
                    row("TT", null, "Thủ tục"),
                    row("TT", "TT01", "Tỷ lệ đúng hạn", null, "TL", null, 2))))
        .containsExactly(
            "tieu_chi!I3: tiêu chí tỷ lệ thiếu tỷ lệ mục tiêu; hãy ghi tỷ lệ đạt đủ điểm, ví dụ 100",
            "tieu_chi!J3: tiêu chí tỷ lệ thiếu ngưỡng; hãy ghi ngưỡng dưới đó không có điểm, ví dụ"
                + " 50");
  }

  @Test
  void aCriterionBeforeItsAreaRowAndOtherMistakesAreAllReportedAtOnce() {
    Object[] info = INFO_ROW.clone();
    info[3] = "HUYEN";
    byte[] file =
        Workbooks.create()
            .sheet("thong_tin", INFO_HEADER, info)
            .sheet(
                "tieu_chi",
                CRITERIA_HEADER,
                row("CD", "CD01", "Kế hoạch", null, "DKD", null, 1),
                row("CD", "CD02", "Báo cáo", null, "DKD", "XYZ", 1, "có lẽ"),
                row("CD", "CD03", null, null, "DKD", null, null),
                row(null, "CD04", "Không có lĩnh vực", null, "DKD", null, 1))
            .bytes();
    assertThat(problems(file))
        .containsExactly(
            "thong_tin!D2: cấp «HUYEN» không có; hãy chọn SO, XA hoặc KHAC",
            "tieu_chi!A2: lĩnh vực CD chưa có dòng tên; hãy thêm phía trên một dòng có linh_vuc"
                + " CD, để trống ma và ghi tên lĩnh vực ở noi_dung",
            "tieu_chi!F3: thông tin ghi thêm «XYZ» không dùng được; chỉ nhận SO, SH, TL, cách nhau"
                + " bởi dấu cách",
            "tieu_chi!H3: «có lẽ» không phải có/không; hãy ghi «có» hoặc «không» (hoặc x / để"
                + " trống)",
            "tieu_chi!C4: thiếu nội dung tiêu chí; hãy ghi nội dung",
            "tieu_chi!G4: thiếu điểm tối đa; hãy ghi số điểm, ví dụ 1,5",
            "tieu_chi!A5: thiếu mã lĩnh vực; hãy ghi mã, ví dụ CD");
  }

  @Test
  void aFileThatIsNoWorkbookIsRefusedInOneSentence() {
    assertThat(
            problems("ma,phien_ban\nCCHC,2026\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .containsExactly(
            "tệp không phải sổ tính Excel đọc được; hãy mở tệp bằng Excel và lưu dưới dạng Excel"
                + " Workbook (.xlsx) rồi nhập lại");
  }

  // ---- export and round trips ----

  static ChecklistTemplate builtIn() throws IOException {
    try (InputStream in =
        ChecklistWorkbookTest.class.getResourceAsStream(
            "/vn/kiemtra/checklist/CCHC-SO-2023.json")) {
      return new ChecklistJson().read(in);
    }
  }

  private byte[] write(ChecklistTemplate t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(t, out);
    return out.toByteArray();
  }

  @Test
  void theBuiltInChecklistSurvivesAWorkbookRoundTrip() throws IOException {
    ChecklistTemplate original = builtIn();
    byte[] first = write(original);
    ChecklistTemplate back = workbook.read(new ByteArrayInputStream(first));
    assertThat(back).isEqualTo(original);
    assertThat(Workbooks.cells(write(back))).isEqualTo(Workbooks.cells(first));
    assertThat(Workbooks.cells(first)).hasSizeGreaterThan(69 * 5);
  }

  @Test
  void aHandWrittenWorkbookExportsToTheSameTemplateAndCells() {
    ChecklistTemplate read = workbook.read(new ByteArrayInputStream(communeWorkbook()));
    byte[] exported = write(read);
    ChecklistTemplate again = workbook.read(new ByteArrayInputStream(exported));
    assertThat(again).isEqualTo(read);
    assertThat(Workbooks.cells(write(again))).isEqualTo(Workbooks.cells(exported));
  }

  @Test
  void theExportCarriesDropDownsFrozenHeadersAndInstructions() throws IOException {
    byte[] exported = write(builtIn());
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(exported))) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("thong_tin");
      Sheet criteria = book.getSheet("tieu_chi");
      assertThat(criteria.getPaneInformation().isFreezePane()).isTrue();
      assertThat(criteria.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(book.getSheet("thong_tin").getPaneInformation().isFreezePane()).isTrue();
      List<String> lists = new ArrayList<>();
      for (Sheet s : List.of(book.getSheet("thong_tin"), criteria)) {
        for (DataValidation v : s.getDataValidations()) {
          lists.add(
              s.getSheetName()
                  + "!"
                  + v.getRegions().getCellRangeAddress(0).formatAsString()
                  + "="
                  + String.join(",", v.getValidationConstraint().getExplicitListValues()));
        }
      }
      assertThat(lists)
          .contains(
              "thong_tin!D2=SO,XA,KHAC",
              "thong_tin!E2=LOAI_KHOI_DIEM,TINH_DU_DIEM",
              "tieu_chi!H2:H2078=có,không")
          .anyMatch(s -> s.startsWith("tieu_chi!E2:E") && s.endsWith("=DKD,DKD4,SO,TL,NGAY,VB,SH"));
      Sheet guide = book.getSheet("huong_dan");
      List<String> explained = new ArrayList<>();
      guide.forEach(
          r -> {
            if (r.getCell(1) != null) {
              explained.add(
                  r.getCell(0).getStringCellValue() + "." + r.getCell(1).getStringCellValue());
            }
          });
      assertThat(explained)
          .contains("thong_tin.ma", "thong_tin.kad", "tieu_chi.diem", "tieu_chi.ty_le_nguong");
      assertThat(criteria.getColumnWidth(2)).isGreaterThan(criteria.getColumnWidth(0));
    }
  }

  @Test
  void theSampleShippedInDocsIsTheExportOfTheBuiltInChecklist() throws IOException {
    byte[] shipped =
        java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/CCHC-SO-2023.xlsx"));
    assertThat(Workbooks.cells(shipped)).isEqualTo(Workbooks.cells(write(builtIn())));
  }

  @Test
  void pointsAreReadWithADecimalCommaOrAsNumbers() {
    ChecklistTemplate t =
        workbook.read(
            new ByteArrayInputStream(
                criteriaRows(
                    row("CD", null, "Chỉ đạo"),
                    row("CD", "CD01", "A", null, "DKD", null, "2,25"),
                    row("CD", "CD02", "B", null, "DKD", null, 0.75))));
    assertThat(t.criterion("CD01").orElseThrow().maxScore()).isEqualTo(new BigDecimal("2.25"));
    assertThat(t.criterion("CD02").orElseThrow().maxScore()).isEqualTo(new BigDecimal("0.75"));
  }
}
