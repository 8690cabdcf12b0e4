package vn.kiemtra.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.checklist.TemplateChecks;
import vn.kiemtra.core.checklist.TemplateField;
import vn.kiemtra.core.checklist.TemplateFileFormat;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateProblem;
import vn.kiemtra.core.checklist.TemplateStatus;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.QuotedValue;

/**
 * The checklist exchange format {@code kiemtra/checklist} v1 (docs/checklist-json.md), which the
 * shipped default is written in. Reading reports every problem with its JSON path; a template read
 * is a draft until it is published.
 */
public final class ChecklistJson implements TemplateFileFormat {
  public static final String FORMAT = "kiemtra/checklist";
  public static final int FORMAT_VERSION = 1;
  private static final Messages MSG = Messages.of("messages");

  private static final Map<TemplateField, String> KEYS =
      Map.ofEntries(
          Map.entry(TemplateField.CODE, "code"),
          Map.entry(TemplateField.VERSION, "version"),
          Map.entry(TemplateField.NAME, "name"),
          Map.entry(TemplateField.LEVEL, "level"),
          Map.entry(TemplateField.NA_POLICY, "notApplicablePolicy"),
          Map.entry(TemplateField.PARTIAL_FACTOR, "partialFactor"),
          Map.entry(TemplateField.LEGAL_BASIS, "legalBasis"),
          Map.entry(TemplateField.AREA_CODE, "code"),
          Map.entry(TemplateField.AREA_NAME, "name"),
          Map.entry(TemplateField.CRITERION_CODE, "code"),
          Map.entry(TemplateField.TEXT, "text"),
          Map.entry(TemplateField.GUIDANCE, "guidance"),
          Map.entry(TemplateField.TYPE, "answerType"),
          Map.entry(TemplateField.FACTS, "facts"),
          Map.entry(TemplateField.POINTS, "maxScore"),
          Map.entry(TemplateField.NA_ALLOWED, "notApplicableAllowed"),
          Map.entry(TemplateField.RATIO_TARGET, "ratioTarget"),
          Map.entry(TemplateField.RATIO_THRESHOLD, "ratioThreshold"));

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public ChecklistTemplate read(InputStream in) {
    JsonNode root = JsonDocuments.parse(in);
    JsonFields f = new JsonFields(true);
    String p = "$";
    f.onlyKeys(
        root,
        p,
        "format",
        "formatVersion",
        "code",
        "version",
        "name",
        "level",
        "legalBasis",
        "notApplicablePolicy",
        "partialFactor",
        "areas");
    String format = f.text(root, "format", p, true);
    if (format != null && !FORMAT.equals(format)) {
      f.error("format", MSG.get("json.wrongFormat", FORMAT, QuotedValue.of(format)));
    }
    Long version = f.integer(root, "formatVersion", p, true);
    if (version != null && version != FORMAT_VERSION) {
      f.error(
          "formatVersion",
          MSG.get("json.newerVersion", String.valueOf(version), String.valueOf(FORMAT_VERSION)));
    }
    List<String> paths = new ArrayList<>();
    List<ChecklistArea> areas = new ArrayList<>();
    List<JsonNode> areaNodes = f.array(root, "areas", p, true);
    for (int i = 0; i < areaNodes.size(); i++) {
      String ap = JsonFields.at("areas", i);
      JsonNode a = areaNodes.get(i);
      f.onlyKeys(a, ap, "code", "name", "criteria");
      paths.add(ap);
      List<Criterion> criteria = new ArrayList<>();
      List<JsonNode> nodes = f.array(a, "criteria", ap, true);
      for (int k = 0; k < nodes.size(); k++) {
        criteria.add(criterion(nodes.get(k), JsonFields.at(ap + ".criteria", k), f, paths));
      }
      areas.add(
          new ChecklistArea(f.text(a, "code", ap, true), f.text(a, "name", ap, true), criteria));
    }
    TemplateLevel level = f.enumValue(root, "level", p, TemplateLevel.class, false);
    ChecklistTemplate t =
        new ChecklistTemplate(
            null,
            f.text(root, "code", p, true),
            f.text(root, "version", p, true),
            f.text(root, "name", p, true),
            TemplateStatus.DRAFT,
            f.enumValue(root, "notApplicablePolicy", p, NotApplicablePolicy.class, true),
            f.decimal(root, "partialFactor", p, true),
            areas,
            level,
            f.text(root, "legalBasis", p, false));
    f.throwIfAny();
    Map<Integer, String> rowPaths = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      rowPaths.put(i, paths.get(i));
    }
    for (TemplateProblem problem : new TemplateChecks().check(t, rowPaths::get)) {
      String base =
          problem.position() == TemplateProblem.HEADER ? "" : rowPaths.get(problem.position());
      boolean whole =
          problem.position() == TemplateProblem.HEADER
              && (problem.field() == TemplateField.AREA_CODE
                  || problem.field() == TemplateField.POINTS);
      String key = whole ? "areas" : KEYS.get(problem.field());
      f.error(base.isEmpty() ? key : base + "." + key, problem.message());
    }
    f.throwIfAny();
    return t;
  }

  private static Criterion criterion(JsonNode c, String cp, JsonFields f, List<String> paths) {
    f.onlyKeys(
        c,
        cp,
        "code",
        "text",
        "guidance",
        "answerType",
        "facts",
        "maxScore",
        "notApplicableAllowed",
        "ratioTarget",
        "ratioThreshold",
        "subCriteria");
    paths.add(cp);
    Set<AnswerType> facts = EnumSet.noneOf(AnswerType.class);
    List<JsonNode> factNodes = f.array(c, "facts", cp, false);
    for (int i = 0; i < factNodes.size(); i++) {
      String s = f.textItem(factNodes.get(i), JsonFields.at(cp + ".facts", i));
      if (s != null) {
        try {
          facts.add(AnswerType.valueOf(s));
        } catch (IllegalArgumentException e) {
          f.error(
              JsonFields.at(cp + ".facts", i),
              MSG.get(
                  "json.badEnum",
                  QuotedValue.of(s),
                  java.util.Arrays.toString(AnswerType.values())));
        }
      }
    }
    String code = f.text(c, "code", cp, true);
    String text = f.text(c, "text", cp, true);
    String guidance = f.text(c, "guidance", cp, false);
    AnswerType type = f.enumValue(c, "answerType", cp, AnswerType.class, true);
    BigDecimal max = f.decimal(c, "maxScore", cp, true);
    JsonNode na = c.get("notApplicableAllowed");
    BigDecimal target = f.decimal(c, "ratioTarget", cp, false);
    BigDecimal threshold = f.decimal(c, "ratioThreshold", cp, false);
    List<Criterion> subs = new ArrayList<>();
    List<JsonNode> subNodes = f.array(c, "subCriteria", cp, false);
    for (int i = 0; i < subNodes.size(); i++) {
      subs.add(criterion(subNodes.get(i), JsonFields.at(cp + ".subCriteria", i), f, paths));
    }
    return new Criterion(
        code,
        text,
        guidance,
        type,
        facts,
        max,
        na != null && na.asBoolean(false),
        target,
        threshold,
        subs);
  }

  @Override
  public void write(ChecklistTemplate t, OutputStream out) {
    ObjectNode root = JsonDocuments.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", FORMAT_VERSION);
    root.put("code", t.code());
    root.put("version", t.version());
    root.put("name", t.name());
    root.put("level", t.level().name());
    root.put("legalBasis", t.legalBasis());
    root.put("notApplicablePolicy", t.notApplicablePolicy().name());
    root.put("partialFactor", t.partialFactor());
    ArrayNode areas = root.putArray("areas");
    for (ChecklistArea a : t.areas()) {
      ObjectNode an = areas.addObject();
      an.put("code", a.code());
      an.put("name", a.name());
      ArrayNode criteria = an.putArray("criteria");
      for (Criterion c : a.criteria()) {
        write(c, criteria.addObject());
      }
    }
    try {
      JsonDocuments.MAPPER
          .writerWithDefaultPrettyPrinter()
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Criterion c, ObjectNode n) {
    n.put("code", c.code());
    n.put("text", c.text());
    n.put("guidance", c.guidance());
    n.put("answerType", c.answerType().name());
    ArrayNode facts = n.putArray("facts");
    c.facts().stream().sorted().forEach(x -> facts.add(x.name()));
    n.put("maxScore", c.maxScore());
    n.put("notApplicableAllowed", c.notApplicableAllowed());
    n.put("ratioTarget", c.ratioTarget());
    n.put("ratioThreshold", c.ratioThreshold());
    ArrayNode subs = n.putArray("subCriteria");
    for (Criterion s : c.subCriteria()) {
      write(s, subs.addObject());
    }
  }
}
