package vn.kiemtra.core.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/** Use cases on checklist templates: the shipped default, lookup and listing. */
public final class ChecklistService {
  private static final Messages MSG = Messages.of("messages");

  /** The default checklist shipped with the application. */
  public static final TemplateRef DEFAULT_TEMPLATE = new TemplateRef("CCHC-SO", "2023");

  private static final String DEFAULT_RESOURCE = "/vn/kiemtra/checklist/CCHC-SO-2023.json";

  private final ChecklistRepository repository;
  private final ChecklistTemplateFormat format;

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
      repository.insert(format.read(in));
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<ChecklistTemplate> templates() {
    return repository.findAll();
  }

  public Optional<ChecklistTemplate> find(TemplateRef ref) {
    return repository.find(ref);
  }

  /** The template, or a message naming the missing code and version. */
  public ChecklistTemplate require(TemplateRef ref) {
    return repository
        .find(ref)
        .orElseThrow(() -> new DomainException(MSG.get("template.notFound", ref)));
  }
}
