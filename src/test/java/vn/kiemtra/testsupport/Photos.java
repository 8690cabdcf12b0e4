package vn.kiemtra.testsupport;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.evidence.Evidence;
import vn.kiemtra.core.evidence.EvidenceService;

/** Photos attached as evidence, for benchmarks that need a database of a given size. */
public final class Photos {
  private Photos() {}

  /** Stores {@code photo} as the JPEG "anh-INDEX.jpg" attached to criterion CD01. */
  public static void attach(Services app, UUID inspection, int index, byte[] photo) {
    app.evidence()
        .add(
            new Evidence(
                UUID.randomUUID(),
                inspection,
                "CD01",
                "anh-" + index + ".jpg",
                "image/jpeg",
                photo.length,
                EvidenceService.sha256(photo),
                "",
                OffsetDateTime.now()),
            photo.clone());
  }
}
