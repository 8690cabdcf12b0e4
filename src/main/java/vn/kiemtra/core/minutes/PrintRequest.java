package vn.kiemtra.core.minutes;

/**
 * Where and how often to print, as chosen in the system print dialog.
 *
 * @param printerName the printer's name as the operating system reports it
 * @param copies number of copies, at least 1
 */
public record PrintRequest(String printerName, int copies) {
  public PrintRequest {
    copies = Math.max(1, copies);
  }
}
