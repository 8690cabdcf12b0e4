package vn.kiemtra.core.checklist;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored checklist templates. */
public interface ChecklistRepository {
  Optional<ChecklistTemplate> find(TemplateRef ref);

  Optional<ChecklistTemplate> findById(UUID id);

  List<ChecklistTemplate> findAll();

  /** Stores a new template version; a published version that exists already is refused. */
  void insert(ChecklistTemplate template);
}
