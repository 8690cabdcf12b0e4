package vn.kiemtra.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.kiemtra.core.checklist.TemplateField;
import vn.kiemtra.core.text.SearchKey;

/** The sheets and columns of the checklist workbook ({@code kiemtra/checklist} XLSX v1). */
final class WorkbookLayout {
  static final String INFO = "thong_tin";
  static final String CRITERIA = "tieu_chi";
  static final String GUIDE = "huong_dan";

  static final String MA = "ma";
  static final String PHIEN_BAN = "phien_ban";
  static final String TEN = "ten";
  static final String CAP = "cap";
  static final String KAD = "kad";
  static final String HE_SO = "he_so_mot_phan";
  static final String CAN_CU = "can_cu";
  static final List<String> INFO_COLUMNS = List.of(MA, PHIEN_BAN, TEN, CAP, KAD, HE_SO, CAN_CU);
  static final List<String> INFO_REQUIRED = List.of(MA, PHIEN_BAN, TEN);

  static final String LINH_VUC = "linh_vuc";
  static final String NOI_DUNG = "noi_dung";
  static final String MINH_CHUNG = "minh_chung";
  static final String KIEU = "kieu";
  static final String THEM = "them";
  static final String DIEM = "diem";
  static final String CHO_PHEP_KAD = "cho_phep_kad";
  static final String TY_LE_MUC_TIEU = "ty_le_muc_tieu";
  static final String TY_LE_NGUONG = "ty_le_nguong";
  static final List<String> CRITERIA_COLUMNS =
      List.of(
          LINH_VUC,
          MA,
          NOI_DUNG,
          MINH_CHUNG,
          KIEU,
          THEM,
          DIEM,
          CHO_PHEP_KAD,
          TY_LE_MUC_TIEU,
          TY_LE_NGUONG);
  static final List<String> CRITERIA_REQUIRED = List.of(LINH_VUC, MA, NOI_DUNG, KIEU, DIEM);

  /** The column each header problem belongs to on {@code thong_tin}. */
  static final Map<TemplateField, String> INFO_FIELD =
      Map.of(
          TemplateField.CODE, MA,
          TemplateField.VERSION, PHIEN_BAN,
          TemplateField.NAME, TEN,
          TemplateField.LEVEL, CAP,
          TemplateField.NA_POLICY, KAD,
          TemplateField.PARTIAL_FACTOR, HE_SO,
          TemplateField.LEGAL_BASIS, CAN_CU);

  /** The column each row problem belongs to on {@code tieu_chi}. */
  static final Map<TemplateField, String> CRITERIA_FIELD =
      Map.ofEntries(
          Map.entry(TemplateField.AREA_CODE, LINH_VUC),
          Map.entry(TemplateField.AREA_NAME, NOI_DUNG),
          Map.entry(TemplateField.CRITERION_CODE, MA),
          Map.entry(TemplateField.TEXT, NOI_DUNG),
          Map.entry(TemplateField.GUIDANCE, MINH_CHUNG),
          Map.entry(TemplateField.TYPE, KIEU),
          Map.entry(TemplateField.FACTS, THEM),
          Map.entry(TemplateField.POINTS, DIEM),
          Map.entry(TemplateField.NA_ALLOWED, CHO_PHEP_KAD),
          Map.entry(TemplateField.RATIO_TARGET, TY_LE_MUC_TIEU),
          Map.entry(TemplateField.RATIO_THRESHOLD, TY_LE_NGUONG));

  /** "not applicable" scoring as the workbook names it. */
  static final Map<String, String> KAD_NAMES =
      Map.of("LOAI_KHOI_DIEM", "EXCLUDE_FROM_MAX", "TINH_DU_DIEM", "FULL_SCORE");

  private WorkbookLayout() {}

  /** A sheet or column name as matched: case, diacritics, spaces and "_" / "-" ignored. */
  static String key(String name) {
    return SearchKey.of(name).replaceAll("[\\s_\\-]+", "_").toLowerCase(Locale.ROOT);
  }
}
