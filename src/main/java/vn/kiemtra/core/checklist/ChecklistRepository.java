package vn.kiemtra.core.checklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored checklist templates. The editing operations have defaults that refuse, for stores that
 * only hold the shipped default (test fakes of the inspection use cases).
 */
public interface ChecklistRepository {
  Optional<ChecklistTemplate> find(TemplateRef ref);

  Optional<ChecklistTemplate> findById(UUID id);

  List<ChecklistTemplate> findAll();

  /** Stores a new template version; a published version that exists already is refused. */
  void insert(ChecklistTemplate template);

  /**
   * Makes the stored version exactly this template: header, areas and criteria (rows no longer
   * there become tombstones, a deleted version comes back). Refused inside the write when the
   * stored version is published or withdrawn and its content differs.
   */
  void save(ChecklistTemplate template);

  /** Changes a version's status; publishing marks every row of it changed so it travels whole. */
  void setStatus(TemplateRef ref, TemplateStatus status);

  /** Deletes a version (tombstones); refused inside the write unless it is a draft. */
  void delete(TemplateRef ref);

  /** How many inspections (not deleted) use each version. */
  Map<TemplateRef, Integer> usage();
}
