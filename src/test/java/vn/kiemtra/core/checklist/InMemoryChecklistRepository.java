package vn.kiemtra.core.checklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.kiemtra.core.shared.DomainException;

/** Templates in memory, keeping the stored rules of the real repository (frozen versions). */
final class InMemoryChecklistRepository implements ChecklistRepository {
  final Map<TemplateRef, ChecklistTemplate> rows = new LinkedHashMap<>();
  final Map<TemplateRef, Integer> usage = new HashMap<>();
  int writes;

  @Override
  public Optional<ChecklistTemplate> find(TemplateRef ref) {
    return Optional.ofNullable(rows.get(ref));
  }

  @Override
  public Optional<ChecklistTemplate> findById(UUID id) {
    return rows.values().stream().filter(t -> id.equals(t.id())).findFirst();
  }

  @Override
  public List<ChecklistTemplate> findAll() {
    return new ArrayList<>(rows.values());
  }

  @Override
  public void insert(ChecklistTemplate template) {
    if (rows.containsKey(template.ref())) {
      throw new DomainException("exists");
    }
    save(template);
  }

  @Override
  public void save(ChecklistTemplate template) {
    ChecklistTemplate stored = rows.get(template.ref());
    if (stored != null
        && stored.status().isFrozen()
        && !TemplateService.sameContent(stored, template)) {
      throw new DomainException("frozen");
    }
    writes++;
    rows.put(template.ref(), template);
  }

  @Override
  public void setStatus(TemplateRef ref, TemplateStatus status) {
    writes++;
    rows.put(ref, rows.get(ref).withStatus(status));
  }

  @Override
  public void delete(TemplateRef ref) {
    writes++;
    rows.remove(ref);
  }

  @Override
  public Map<TemplateRef, Integer> usage() {
    return usage;
  }
}
