package vn.kiemtra.core.start;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.checklist.TemplateService;
import vn.kiemtra.core.checklist.TemplateStatus;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionPlanner;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.core.settings.AppSettingsService;
import vn.kiemtra.core.settings.SettingsRepository;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * Starts a blank inspection from a published template, the same way for the window's "new
 * inspection", the checklist screen and the command line. Offers the newest published version of
 * the level chosen last time (or of the first level that has one) and remembers the level used.
 */
public final class InspectionStarter {
  /** The setting that remembers the level of the last inspection started. */
  public static final String LAST_LEVEL = "newInspection.level";

  private static final Messages MSG = Messages.of("messages");
  private static final Messages TEMPLATES = Messages.of("templates");

  private final InspectionService inspections;
  private final TemplateService templates;
  private final SettingsRepository settings;

  /** What a new inspection can start from: every published version and the preselected one. */
  public record Offer(
      List<ChecklistTemplate> published, TemplateLevel level, Optional<ChecklistTemplate> chosen) {
    /** The published versions of one level, newest first. */
    public List<ChecklistTemplate> of(TemplateLevel level) {
      return published.stream().filter(t -> t.level() == level).toList();
    }

    /** The newest published version of a level (the default when that level is chosen). */
    public Optional<ChecklistTemplate> newest(TemplateLevel level) {
      return TemplateService.newest(published, level);
    }

    /** The levels that have at least one published version, in the enum's order. */
    public List<TemplateLevel> levels() {
      return Arrays.stream(TemplateLevel.values()).filter(l -> !of(l).isEmpty()).toList();
    }
  }

  public InspectionStarter(
      InspectionService inspections, TemplateService templates, SettingsRepository settings) {
    this.inspections = inspections;
    this.templates = templates;
    this.settings = settings;
  }

  /**
   * The published versions and the default choice: the newest version of the level used last, or of
   * the first level that has any published version. Empty when nothing is published.
   */
  public Offer offer() {
    List<ChecklistTemplate> published = templates.startable();
    List<TemplateLevel> levels = new Offer(published, null, Optional.empty()).levels();
    TemplateLevel level =
        lastLevel()
            .filter(levels::contains)
            .orElse(levels.isEmpty() ? TemplateLevel.SO : levels.get(0));
    return new Offer(published, level, TemplateService.newest(published, level));
  }

  /** The newest published version of a level, or a sentence saying there is none. */
  public ChecklistTemplate newestOf(TemplateLevel level) {
    return templates
        .newestPublished(level)
        .orElseThrow(
            () ->
                new DomainException(
                    MSG.get("inspection.noPublishedTemplate", TEMPLATES.get("level." + level))));
  }

  /**
   * Stores a new inspection in progress from a published version, with the default header from the
   * settings, and remembers the version's level for the next one.
   *
   * @param title the inspection's title; blank gives "Kiểm tra công tác cải cách hành chính năm …"
   */
  public Inspection start(TemplateRef ref, String title, LocalDateTime now) {
    ChecklistTemplate template = templates.require(ref);
    if (template.status() == TemplateStatus.WITHDRAWN) {
      throw new DomainException(TEMPLATES.get("service.withdrawnTemplate", ref));
    }
    String named =
        title == null || title.isBlank()
            ? MSG.get("inspection.newTitle", String.valueOf(now.getYear()))
            : title;
    Inspection blank =
        new InspectionPlanner().blank(ref, AppSettingsService.defaultIssuer(settings), named, now);
    inspections.save(blank);
    settings.put(LAST_LEVEL, template.level().name());
    return blank;
  }

  private Optional<TemplateLevel> lastLevel() {
    return settings.get(LAST_LEVEL).flatMap(TemplateLevel::parse);
  }
}
