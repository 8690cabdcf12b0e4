package vn.kiemtra.core.minutes;

import java.util.Locale;

/** The file formats the minutes are exported to. */
public enum MinutesFormat {
  PDF("pdf", "application/pdf"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final String extension;
  private final String mediaType;

  MinutesFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** "pdf" or "docx", any case. */
  public static MinutesFormat parse(String text) {
    for (MinutesFormat f : values()) {
      if (f.extension.equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException(text);
  }
}
