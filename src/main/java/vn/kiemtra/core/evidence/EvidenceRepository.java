package vn.kiemtra.core.evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Evidence files. Content is written once and never rewritten. */
public interface EvidenceRepository {
  void add(Evidence evidence, byte[] content);

  List<Evidence> list(UUID inspectionId);

  Optional<byte[]> content(UUID evidenceId);

  void delete(UUID evidenceId);
}
