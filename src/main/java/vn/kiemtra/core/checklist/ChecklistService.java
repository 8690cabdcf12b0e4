package vn.kiemtra.core.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * Use cases on checklist templates: the shipped default, lookup and listing. Published templates
 * never change, so each is read once and then served from memory: scoring and checking an edit
 * never query the database.
 */
public final class ChecklistService {
  private static final Messages MSG = Messages.of("messages");

  /** The default checklist shipped with the application. */
  public static final TemplateRef DEFAULT_TEMPLATE = new TemplateRef("CCHC-SO", "2023");

  private static final String DEFAULT_RESOURCE = "/vn/kiemtra/checklist/CCHC-SO-2023.json";

  private final ChecklistRepository repository;
  private final ChecklistTemplateFormat format;
  private final Map<TemplateRef, ChecklistTemplate> published = new ConcurrentHashMap<>();

  public ChecklistService(ChecklistRepository repository, ChecklistTemplateFormat format) {
    this.repository = repository;
    this.format = format;
  }

  /** Loads the shipped default checklist on first run; does nothing when it is there. */
  public boolean ensureDefaultTemplate() {
    if (repository.find(DEFAULT_TEMPLATE).isPresent()) {
      return false;
    }
    try (InputStream in = ChecklistService.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new DomainException(MSG.get("template.resourceMissing", DEFAULT_RESOURCE));
      }
      repository.insert(format.read(in).withStatus(TemplateStatus.PUBLISHED));
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<ChecklistTemplate> templates() {
    return repository.findAll();
  }

  public Optional<ChecklistTemplate> find(TemplateRef ref) {
    ChecklistTemplate cached = published.get(ref);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<ChecklistTemplate> found = repository.find(ref);
    found.filter(t -> t.status() == TemplateStatus.PUBLISHED).ifPresent(t -> published.put(ref, t));
    return found;
  }

  /** Drops a cached version whose status changed (published, withdrawn). */
  void forget(TemplateRef ref) {
    published.remove(ref);
  }

  /** The template, or a message naming the missing code and version. */
  public ChecklistTemplate require(TemplateRef ref) {
    return find(ref).orElseThrow(() -> new DomainException(MSG.get("template.notFound", ref)));
  }
}
