package vn.kiemtra.core.checklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.kiemtra.core.shared.DomainException;

/**
 * Templates in memory, keeping the stored rules of the real repository (frozen versions); counts
 * the reads by code and version and the writes.
 */
public final class InMemoryChecklistRepository implements ChecklistRepository {
  final Map<TemplateRef, ChecklistTemplate> rows = new LinkedHashMap<>();
  final Map<TemplateRef, Integer> usage = new HashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger reads =
      new java.util.concurrent.atomic.AtomicInteger();
  int writes;

  public InMemoryChecklistRepository() {}

  /** A repository holding these templates as stored. */
  public static InMemoryChecklistRepository of(ChecklistTemplate... templates) {
    InMemoryChecklistRepository repo = new InMemoryChecklistRepository();
    for (ChecklistTemplate t : templates) {
      repo.rows.put(t.ref(), t);
    }
    return repo;
  }

  /** How many times a template was read by code and version. */
  public int reads() {
    return reads.get();
  }

  @Override
  public synchronized Optional<ChecklistTemplate> find(TemplateRef ref) {
    reads.incrementAndGet();
    return Optional.ofNullable(rows.get(ref));
  }

  @Override
  public synchronized Optional<ChecklistTemplate> findById(UUID id) {
    return rows.values().stream().filter(t -> id.equals(t.id())).findFirst();
  }

  @Override
  public synchronized List<ChecklistTemplate> findAll() {
    return new ArrayList<>(rows.values());
  }

  @Override
  public synchronized void insert(ChecklistTemplate template) {
    if (rows.containsKey(template.ref())) {
      throw new DomainException("exists");
    }
    save(template);
  }

  @Override
  public synchronized void save(ChecklistTemplate template) {
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
  public synchronized void setStatus(TemplateRef ref, TemplateStatus status) {
    writes++;
    rows.put(ref, rows.get(ref).withStatus(status));
  }

  @Override
  public synchronized void delete(TemplateRef ref) {
    writes++;
    rows.remove(ref);
  }

  @Override
  public Map<TemplateRef, Integer> usage() {
    return usage;
  }
}
