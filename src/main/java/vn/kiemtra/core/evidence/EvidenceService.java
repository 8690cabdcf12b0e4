package vn.kiemtra.core.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Ids;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Attaching evidence files (photos, scans) to a criterion: refuses empty files, files above the
 * size limit and inspections whose minutes are signed; hashes the content (SHA-256) and names its
 * media type from its first bytes.
 */
public final class EvidenceService {
  /** Largest evidence file; a phone photo is a few MB, a scanned document some more. */
  public static final long MAX_BYTES = 25L * 1024 * 1024;

  private static final Messages MSG = Messages.of("editing");
  private static final Map<String, String> BY_EXTENSION =
      Map.of(
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "png", "image/png",
          "pdf", "application/pdf",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "doc", "application/msword",
          "xls", "application/vnd.ms-excel");

  private final EvidenceRepository repository;
  private final InspectionService inspections;
  private final Clock clock;

  public EvidenceService(
      EvidenceRepository repository, InspectionService inspections, Clock clock) {
    this.repository = repository;
    this.inspections = inspections;
    this.clock = clock;
  }

  /** Reads the file and attaches it to the criterion of the inspection. */
  public Evidence attach(UUID inspectionId, String criterionCode, Path file) {
    String name = VietnameseText.nfc(file.getFileName().toString());
    byte[] content;
    try {
      long size = Files.size(file);
      requireSize(name, size);
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DomainException(MSG.get("evidence.unreadable", name, e.getMessage()), e);
    }
    return attach(inspectionId, criterionCode, name, content);
  }

  /** Attaches content under a file name to the criterion of the inspection. */
  public Evidence attach(UUID inspectionId, String criterionCode, String fileName, byte[] content) {
    String name = VietnameseText.nfc(fileName);
    requireSize(name, content == null ? 0 : content.length);
    Inspection inspection = inspections.require(inspectionId).inspection();
    if (inspection.status().isLocked()) {
      throw new DomainException(MSG.get("evidence.locked", inspection.title()));
    }
    Evidence evidence =
        new Evidence(
            Ids.random(),
            inspectionId,
            criterionCode,
            name,
            mediaType(name, content),
            content.length,
            sha256(content),
            null,
            clock.now());
    repository.add(evidence, content);
    return evidence;
  }

  public List<Evidence> list(UUID inspectionId) {
    return repository.list(inspectionId);
  }

  private static void requireSize(String name, long size) {
    if (size == 0) {
      throw new DomainException(MSG.get("evidence.empty", name));
    }
    if (size > MAX_BYTES) {
      throw new DomainException(
          MSG.get(
              "evidence.tooLarge",
              name,
              Long.toString((size + 1024 * 1024 - 1) / (1024 * 1024)),
              Long.toString(MAX_BYTES / (1024 * 1024))));
    }
  }

  /** The media type from the content's signature, else from the file name's extension. */
  static String mediaType(String name, byte[] content) {
    if (startsWith(content, 0x89, 'P', 'N', 'G')) {
      return "image/png";
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(content, '%', 'P', 'D', 'F')) {
      return "application/pdf";
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
  }

  private static boolean startsWith(byte[] content, int... signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /** SHA-256 of the content, lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
