package vn.kiemtra.core.inspection;

/**
 * The header of the minutes: governing body (cơ quan chủ quản), issuing body (cơ quan ban hành),
 * document symbol ("BB-ĐKT") and place name for the place-and-date line. Stored in mixed case;
 * capitals are derived when printing.
 */
public record Issuer(
    String governingBody, String issuingBody, String documentSymbol, String placeName) {
  public static Issuer blank() {
    return new Issuer(null, null, null, null);
  }
}
