package vn.kiemtra.core.checklist;

/** Names a template version, as the exchange format and the CLI do ("CCHC-SO" "2023"). */
public record TemplateRef(String code, String version) {
  @Override
  public String toString() {
    return code + " " + version;
  }
}
