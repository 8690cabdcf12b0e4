package vn.kiemtra.core.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.kiemtra.core.shared.Messages;

/**
 * What changed from one template version to another, criterion by criterion (matched by code):
 * added, removed, re-worded, re-scored, moved between areas, answer type changed, and changes of
 * the template's own rules; in Vietnamese for a clerk.
 */
public final class TemplateDiff {
  private final Messages msg = Messages.of("templates");

  /** The changes that turn {@code from} into {@code to}, in the order of {@code to}. */
  public List<TemplateChange> between(ChecklistTemplate from, ChecklistTemplate to) {
    List<TemplateChange> out = new ArrayList<>();
    header(from, to, out);
    areas(from, to, out);
    Map<String, Placed> before = placed(from);
    Map<String, Placed> after = placed(to);
    for (Placed now : after.values()) {
      Placed was = before.get(now.criterion().code());
      if (was == null) {
        out.add(
            change(
                TemplateChange.Kind.ADDED,
                now,
                "diff.added",
                now.criterion().code(),
                now.area().code(),
                TemplateWords.points(now.criterion().maxScore()),
                now.criterion().text()));
      } else {
        criterion(was, now, out);
      }
    }
    for (Placed was : before.values()) {
      if (!after.containsKey(was.criterion().code())) {
        out.add(
            change(
                TemplateChange.Kind.REMOVED,
                was,
                "diff.removed",
                was.criterion().code(),
                was.area().code(),
                was.criterion().text()));
      }
    }
    return out;
  }

  private void header(ChecklistTemplate from, ChecklistTemplate to, List<TemplateChange> out) {
    String code = to.code();
    if (!Objects.equals(from.name(), to.name())) {
      out.add(headerChange(code, msg.get("diff.name", from.name(), to.name())));
    }
    if (from.level() != to.level()) {
      out.add(
          headerChange(
              code,
              msg.get(
                  "diff.level",
                  TemplateWords.level(from.level()),
                  TemplateWords.level(to.level()))));
    }
    if (from.notApplicablePolicy() != to.notApplicablePolicy()) {
      out.add(
          headerChange(
              code,
              msg.get(
                  "diff.naPolicy",
                  msg.get("naPolicy." + from.notApplicablePolicy().name()),
                  msg.get("naPolicy." + to.notApplicablePolicy().name()))));
    }
    if (from.partialFactor().compareTo(to.partialFactor()) != 0) {
      out.add(
          headerChange(
              code,
              msg.get(
                  "diff.partialFactor",
                  TemplateWords.points(from.partialFactor()),
                  TemplateWords.points(to.partialFactor()))));
    }
    if (!Objects.equals(from.legalBasis(), to.legalBasis())) {
      out.add(headerChange(code, msg.get("diff.legalBasis", text(to.legalBasis()))));
    }
    if (from.maxScore().compareTo(to.maxScore()) != 0) {
      out.add(
          headerChange(
              code,
              msg.get(
                  "diff.total",
                  TemplateWords.points(from.maxScore()),
                  TemplateWords.points(to.maxScore()))));
    }
  }

  private void areas(ChecklistTemplate from, ChecklistTemplate to, List<TemplateChange> out) {
    for (ChecklistArea a : to.areas()) {
      var old = from.area(a.code());
      if (old.isEmpty()) {
        out.add(
            new TemplateChange(
                TemplateChange.Kind.AREA_ADDED,
                a.code(),
                msg.get("diff.areaAdded", a.code(), a.name())));
      } else if (!Objects.equals(old.get().name(), a.name())) {
        out.add(
            new TemplateChange(
                TemplateChange.Kind.AREA_RENAMED,
                a.code(),
                msg.get("diff.areaRenamed", a.code(), old.get().name(), a.name())));
      }
    }
    for (ChecklistArea a : from.areas()) {
      if (to.area(a.code()).isEmpty()) {
        out.add(
            new TemplateChange(
                TemplateChange.Kind.AREA_REMOVED,
                a.code(),
                msg.get("diff.areaRemoved", a.code(), a.name())));
      }
    }
  }

  private void criterion(Placed was, Placed now, List<TemplateChange> out) {
    Criterion a = was.criterion();
    Criterion b = now.criterion();
    String code = b.code();
    if (!Objects.equals(a.text(), b.text())) {
      out.add(change(TemplateChange.Kind.REWORDED, now, "diff.reworded", code, a.text(), b.text()));
    }
    if (!Objects.equals(a.guidance(), b.guidance())) {
      out.add(change(TemplateChange.Kind.REWORDED, now, "diff.guidance", code, text(b.guidance())));
    }
    if (a.maxScore().compareTo(b.maxScore()) != 0) {
      out.add(
          change(
              TemplateChange.Kind.RESCORED,
              now,
              "diff.rescored",
              code,
              TemplateWords.points(a.maxScore()),
              TemplateWords.points(b.maxScore())));
    }
    if (!was.area().code().equals(now.area().code())) {
      out.add(
          change(
              TemplateChange.Kind.MOVED,
              now,
              "diff.moved",
              code,
              was.area().code(),
              was.area().name(),
              now.area().code(),
              now.area().name()));
    }
    if (a.answerType() != b.answerType()) {
      out.add(
          change(
              TemplateChange.Kind.TYPE_CHANGED,
              now,
              "diff.type",
              code,
              TemplateWords.type(a.answerType()),
              TemplateWords.type(b.answerType())));
    }
    if (!a.facts().equals(b.facts())) {
      out.add(change(TemplateChange.Kind.RULES_CHANGED, now, "diff.facts", code, facts(b)));
    }
    if (a.notApplicableAllowed() != b.notApplicableAllowed()) {
      out.add(
          change(
              TemplateChange.Kind.RULES_CHANGED,
              now,
              b.notApplicableAllowed() ? "diff.naAllowed" : "diff.naForbidden",
              code));
    }
    if (!same(a.ratioTarget(), b.ratioTarget()) || !same(a.ratioThreshold(), b.ratioThreshold())) {
      out.add(
          change(
              TemplateChange.Kind.RULES_CHANGED,
              now,
              "diff.ratio",
              code,
              TemplateWords.points(b.ratioTarget()),
              TemplateWords.points(b.ratioThreshold())));
    }
  }

  private String facts(Criterion c) {
    if (c.facts().isEmpty()) {
      return msg.get("diff.noFacts");
    }
    return String.join(", ", c.facts().stream().sorted().map(TemplateWords::type).toList());
  }

  private static boolean same(java.math.BigDecimal a, java.math.BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private String text(String s) {
    return s == null || s.isBlank() ? msg.get("diff.empty") : s;
  }

  private TemplateChange headerChange(String code, String text) {
    return new TemplateChange(TemplateChange.Kind.TEMPLATE_CHANGED, code, text);
  }

  private TemplateChange change(TemplateChange.Kind kind, Placed at, String key, Object... args) {
    return new TemplateChange(kind, at.criterion().code(), msg.get(key, args));
  }

  private record Placed(ChecklistArea area, Criterion criterion) {}

  private static Map<String, Placed> placed(ChecklistTemplate t) {
    Map<String, Placed> out = new LinkedHashMap<>();
    for (ChecklistArea a : t.areas()) {
      a.allCriteria().forEach(c -> out.putIfAbsent(c.code(), new Placed(a, c)));
    }
    return out;
  }
}
