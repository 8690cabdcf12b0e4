package vn.kiemtra.core.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.ValidationException;

/**
 * The life of the office's own templates: import and export (workbook, JSON), drafts edited and
 * saved, publish, withdraw, new version from any version, delete a draft, and what changed between
 * versions. A published version never changes; one that inspections use can only be withdrawn.
 */
public final class TemplateService {
  private final ChecklistRepository repository;
  private final ChecklistService checklists;
  private final Map<String, TemplateFileFormat> formats;
  private final TemplateChecks checks = new TemplateChecks();
  private final Messages msg = Messages.of("templates");

  /** What an import did. */
  public enum Outcome {
    CREATED,
    REPLACED,
    UNCHANGED
  }

  /** The stored template, what the import did and the file's warnings. */
  public record Imported(ChecklistTemplate template, Outcome outcome, List<String> warnings) {
    public Imported(ChecklistTemplate template, Outcome outcome) {
      this(template, outcome, List.of());
    }
  }

  public TemplateService(
      ChecklistRepository repository,
      ChecklistService checklists,
      List<TemplateFileFormat> formats) {
    this.repository = repository;
    this.checklists = checklists;
    this.formats = new java.util.LinkedHashMap<>();
    for (TemplateFileFormat f : formats) {
      this.formats.put(f.extension(), f);
    }
  }

  /** Every version with the number of inspections that use it, by code and version. */
  public List<TemplateSummary> list() {
    Map<TemplateRef, Integer> usage = repository.usage();
    return repository.findAll().stream()
        .sorted(ORDER)
        .map(t -> new TemplateSummary(t, usage.getOrDefault(t.ref(), 0)))
        .toList();
  }

  /** The published versions new inspections may start from, newest first within a code. */
  public List<ChecklistTemplate> startable() {
    return repository.findAll().stream()
        .filter(t -> t.status() == TemplateStatus.PUBLISHED)
        .sorted(ORDER.reversed())
        .toList();
  }

  /** The newest published version of a level, the default for a new inspection. */
  public Optional<ChecklistTemplate> newestPublished(TemplateLevel level) {
    return newest(startable(), level);
  }

  /** The newest version of a level among {@code candidates} (by version label, any code). */
  public static Optional<ChecklistTemplate> newest(
      List<ChecklistTemplate> candidates, TemplateLevel level) {
    return candidates.stream()
        .filter(t -> t.level() == level)
        .max(Comparator.comparing(ChecklistTemplate::version, VersionOrder.INSTANCE));
  }

  public ChecklistTemplate require(TemplateRef ref) {
    return repository
        .find(ref)
        .orElseThrow(() -> new DomainException(msg.get("service.notFound", ref)));
  }

  /** Every problem of a template (the editor's list); rows named by their place in the tree. */
  public List<TemplateProblem> problems(ChecklistTemplate template) {
    return checks.check(template, p -> msg.get("service.row", p + 1));
  }

  /** Reads a workbook or JSON file (by its extension) and stores it as a draft. */
  public Imported importFile(Path file) {
    TemplateFileFormat format = format(file);
    ReadTemplate read;
    try (InputStream in = Files.newInputStream(file)) {
      read = format.readWithWarnings(in);
    } catch (IOException e) {
      throw new DomainException(msg.get("service.unreadable", file.getFileName()), e);
    }
    Imported done = importTemplate(read.template());
    return new Imported(done.template(), done.outcome(), read.warnings());
  }

  /**
   * Stores a template read from a file as the draft of its code and version (replacing that draft).
   * A published version is never overwritten: identical content changes nothing, other content is
   * refused with a request for a new version label.
   */
  public Imported importTemplate(ChecklistTemplate parsed) {
    List<TemplateProblem> problems = problems(parsed);
    if (!problems.isEmpty()) {
      throw new ValidationException(
          problems.stream()
              .map(p -> new ValidationException.Problem(p.field().name(), p.message()))
              .toList());
    }
    ChecklistTemplate draft = parsed.as(TemplateIds.of(parsed.ref()), parsed.version(), null);
    draft = draft.withStatus(TemplateStatus.DRAFT);
    Optional<ChecklistTemplate> stored = repository.find(parsed.ref());
    if (stored.isPresent() && stored.get().status().isFrozen()) {
      if (sameContent(stored.get(), draft)) {
        return new Imported(stored.get(), Outcome.UNCHANGED);
      }
      throw new DomainException(
          msg.get(
              "service.publishedDiffers",
              parsed.ref(),
              TemplateWords.status(stored.get().status())));
    }
    if (stored.isPresent() && sameContent(stored.get(), draft)) {
      return new Imported(stored.get(), Outcome.UNCHANGED);
    }
    repository.save(draft);
    return new Imported(draft, stored.isPresent() ? Outcome.REPLACED : Outcome.CREATED);
  }

  /** Writes a version as a workbook or JSON file, by the extension of {@code out}. */
  public void exportFile(TemplateRef ref, Path out) {
    TemplateFileFormat format = format(out);
    ChecklistTemplate t = require(ref);
    try (OutputStream o = Files.newOutputStream(out)) {
      format.write(t, o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a workbook (or JSON file) with no criteria, the office's starting point. */
  public void writeBlank(Path out) {
    TemplateFileFormat format = format(out);
    try (OutputStream o = Files.newOutputStream(out)) {
      format.write(blank(), o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A template with an empty header and no areas (a blank workbook writes it). */
  public static ChecklistTemplate blank() {
    return new ChecklistTemplate(
        null,
        "",
        "",
        "",
        TemplateStatus.DRAFT,
        NotApplicablePolicy.EXCLUDE_FROM_MAX,
        new java.math.BigDecimal("0.5"),
        List.of(),
        TemplateLevel.KHAC,
        null);
  }

  /** What saving an edited draft did: stored or not, and the problems left. */
  public record DraftSave(boolean saved, List<TemplateProblem> problems) {}

  /**
   * Saves a draft as edited (autosave). Problems do not stop the save unless the draft cannot be
   * stored at all (a missing or repeated code, no answer type or points); then nothing is written
   * and the problems say what to fix.
   */
  public DraftSave saveDraft(ChecklistTemplate draft) {
    ChecklistTemplate stored = require(draft.ref());
    if (stored.status().isFrozen()) {
      throw new DomainException(msg.get("service.frozen", draft.ref()));
    }
    ChecklistTemplate normal =
        TemplateTree.withParentSums(draft).as(stored.id(), stored.version(), TemplateStatus.DRAFT);
    List<TemplateProblem> problems = problems(normal);
    if (problems.stream().anyMatch(TemplateProblem::blocksSave)) {
      return new DraftSave(false, problems);
    }
    repository.save(normal);
    return new DraftSave(true, problems);
  }

  /** Creates an empty draft for the editor; the code and version must be new. */
  public ChecklistTemplate createDraft(
      String code, String version, String name, TemplateLevel level) {
    TemplateRef ref = new TemplateRef(code.strip(), version.strip());
    if (repository.find(ref).isPresent()) {
      throw new DomainException(msg.get("service.exists", ref));
    }
    ChecklistTemplate draft =
        new ChecklistTemplate(
            TemplateIds.of(ref),
            ref.code(),
            ref.version(),
            name.strip(),
            TemplateStatus.DRAFT,
            NotApplicablePolicy.EXCLUDE_FROM_MAX,
            new java.math.BigDecimal("0.5"),
            List.of(),
            level,
            null);
    List<TemplateProblem> header = checks.checkHeader(draft);
    if (!header.isEmpty()) {
      throw new DomainException(header.get(0).message());
    }
    repository.save(draft);
    return draft;
  }

  /** Publishes a draft that has no problem; from then on it never changes. */
  public ChecklistTemplate publish(TemplateRef ref) {
    ChecklistTemplate t = require(ref);
    if (t.status() != TemplateStatus.DRAFT) {
      throw new DomainException(msg.get("service.notDraft", ref, TemplateWords.status(t.status())));
    }
    List<TemplateProblem> problems = problems(t);
    if (!problems.isEmpty()) {
      throw new DomainException(
          msg.get("service.publishProblems", ref, problems.size(), problems.get(0).message()));
    }
    repository.setStatus(ref, TemplateStatus.PUBLISHED);
    checklists.forget(ref);
    return t.withStatus(TemplateStatus.PUBLISHED);
  }

  /** Withdraws a published version: no new inspection starts from it, existing ones keep it. */
  public ChecklistTemplate withdraw(TemplateRef ref) {
    ChecklistTemplate t = require(ref);
    if (t.status() != TemplateStatus.PUBLISHED) {
      throw new DomainException(msg.get("service.notPublished", ref));
    }
    repository.setStatus(ref, TemplateStatus.WITHDRAWN);
    checklists.forget(ref);
    return t.withStatus(TemplateStatus.WITHDRAWN);
  }

  /** Copies any version into a new draft of the same code under a new version label. */
  public ChecklistTemplate newVersion(TemplateRef from, String newVersion) {
    ChecklistTemplate source = require(from);
    String label = newVersion == null ? "" : newVersion.strip();
    TemplateRef ref = new TemplateRef(from.code(), label);
    if (label.isEmpty()) {
      throw new DomainException(msg.get("check.versionMissing"));
    }
    if (label.length() > TemplateChecks.VERSION_MAX) {
      throw new DomainException(msg.get("check.tooLong", TemplateChecks.VERSION_MAX));
    }
    if (repository.find(ref).isPresent()) {
      throw new DomainException(msg.get("service.exists", ref));
    }
    ChecklistTemplate draft = source.as(TemplateIds.of(ref), label, TemplateStatus.DRAFT);
    repository.save(draft);
    return draft;
  }

  /** Deletes a draft; published versions are withdrawn instead (they may have travelled). */
  public void deleteDraft(TemplateRef ref) {
    ChecklistTemplate t = require(ref);
    if (t.status() != TemplateStatus.DRAFT) {
      int used = repository.usage().getOrDefault(ref, 0);
      throw new DomainException(
          used > 0
              ? msg.get("service.deleteUsed", ref, used)
              : msg.get("service.deletePublished", ref));
    }
    repository.delete(ref);
  }

  /** What changed from version {@code a} to version {@code b}. */
  public List<TemplateChange> diff(TemplateRef a, TemplateRef b) {
    return new TemplateDiff().between(require(a), require(b));
  }

  /** The newest published or withdrawn version of the same code that sorts before this one. */
  public Optional<ChecklistTemplate> previousVersion(ChecklistTemplate t) {
    return repository.findAll().stream()
        .filter(o -> o.code().equals(t.code()) && !o.version().equals(t.version()))
        .filter(o -> o.status().isFrozen())
        .filter(o -> VersionOrder.INSTANCE.compare(o.version(), t.version()) < 0)
        .max(Comparator.comparing(ChecklistTemplate::version, VersionOrder.INSTANCE));
  }

  /**
   * What publishing this draft changes against the previous version (empty when it is the first).
   */
  public List<TemplateChange> changesSincePrevious(ChecklistTemplate t) {
    return previousVersion(t).map(p -> new TemplateDiff().between(p, t)).orElse(List.of());
  }

  private TemplateFileFormat format(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    TemplateFileFormat f = dot < 0 ? null : formats.get(name.substring(dot + 1));
    if (f == null) {
      throw new DomainException(
          msg.get(
              "service.unknownExtension", file.getFileName(), String.join(", ", formats.keySet())));
    }
    return f;
  }

  /** Whether two versions hold the same content (ids and status aside). */
  public static boolean sameContent(ChecklistTemplate a, ChecklistTemplate b) {
    return a.as(null, a.version(), TemplateStatus.DRAFT)
        .equals(b.as(null, a.version(), TemplateStatus.DRAFT));
  }

  private static final Comparator<ChecklistTemplate> ORDER =
      Comparator.comparing(ChecklistTemplate::code)
          .thenComparing(ChecklistTemplate::version, VersionOrder.INSTANCE);

  /** For tests and the window: the formats this service reads and writes. */
  public List<String> extensions() {
    return new ArrayList<>(formats.keySet());
  }
}
