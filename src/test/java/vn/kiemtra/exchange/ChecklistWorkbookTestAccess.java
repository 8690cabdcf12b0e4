package vn.kiemtra.exchange;

/** The hand-written commune workbook of {@link ChecklistWorkbookTest}, for tests elsewhere. */
public final class ChecklistWorkbookTestAccess {
  private ChecklistWorkbookTestAccess() {}

  public static byte[] communeWorkbook() {
    return ChecklistWorkbookTest.communeWorkbook();
  }
}
