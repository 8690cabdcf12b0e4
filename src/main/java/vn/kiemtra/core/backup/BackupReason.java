package vn.kiemtra.core.backup;

/**
 * Why a backup was made. The slug goes into the file name (ASCII, so the name survives any file
 * system and zip tool); the label comes from the {@code backup} bundle.
 */
public enum BackupReason {
  OPEN("mo"),
  PERIODIC("dinh-ky"),
  BEFORE_IMPORT("truoc-nhap"),
  AFTER_IMPORT("sau-nhap"),
  BEFORE_MIGRATION("truoc-nang-cap"),
  BEFORE_RESTORE("truoc-khoi-phuc"),
  RESTORED("da-khoi-phuc"),
  RECOVERED("sau-su-co"),
  SIGNED("ky-bien-ban"),
  CLOSE("dong"),
  MANUAL("thu-cong");

  private final String slug;

  BackupReason(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  public static BackupReason fromSlug(String slug) {
    for (BackupReason r : values()) {
      if (r.slug.equals(slug)) {
        return r;
      }
    }
    return MANUAL;
  }
}
