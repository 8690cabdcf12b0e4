package vn.kiemtra.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.ChecklistTemplateFormat;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.checklist.TemplateStatus;
import vn.kiemtra.core.shared.Messages;

/** Reads checklist template data files (the shipped default is one). */
public final class ChecklistJson implements ChecklistTemplateFormat {
  private static final Messages MSG = Messages.of("messages");

  @Override
  public ChecklistTemplate read(InputStream in) {
    JsonNode root = JsonDocuments.parse(in);
    JsonFields f = new JsonFields(true);
    String p = "$";
    List<ChecklistArea> areas = new ArrayList<>();
    List<JsonNode> areaNodes = f.array(root, "areas", p, true);
    for (int i = 0; i < areaNodes.size(); i++) {
      String ap = JsonFields.at("areas", i);
      JsonNode a = areaNodes.get(i);
      List<Criterion> criteria = new ArrayList<>();
      List<JsonNode> nodes = f.array(a, "criteria", ap, true);
      for (int k = 0; k < nodes.size(); k++) {
        criteria.add(criterion(nodes.get(k), JsonFields.at(ap + ".criteria", k), f));
      }
      areas.add(
          new ChecklistArea(f.text(a, "code", ap, true), f.text(a, "name", ap, true), criteria));
    }
    ChecklistTemplate t =
        new ChecklistTemplate(
            null,
            f.text(root, "code", p, true),
            f.text(root, "version", p, true),
            f.text(root, "name", p, true),
            TemplateStatus.PUBLISHED,
            f.enumValue(root, "notApplicablePolicy", p, NotApplicablePolicy.class, true),
            f.decimal(root, "partialFactor", p, true),
            areas);
    f.throwIfAny();
    return t;
  }

  private static Criterion criterion(JsonNode c, String cp, JsonFields f) {
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
                  vn.kiemtra.core.shared.QuotedValue.of(s),
                  java.util.Arrays.toString(AnswerType.values())));
        }
      }
    }
    List<Criterion> subs = new ArrayList<>();
    List<JsonNode> subNodes = f.array(c, "subCriteria", cp, false);
    for (int i = 0; i < subNodes.size(); i++) {
      subs.add(criterion(subNodes.get(i), JsonFields.at(cp + ".subCriteria", i), f));
    }
    BigDecimal max = f.decimal(c, "maxScore", cp, true);
    JsonNode na = c.get("notApplicableAllowed");
    return new Criterion(
        f.text(c, "code", cp, true),
        f.text(c, "text", cp, true),
        f.text(c, "guidance", cp, false),
        f.enumValue(c, "answerType", cp, AnswerType.class, true),
        facts,
        max,
        na != null && na.asBoolean(false),
        f.decimal(c, "ratioTarget", cp, false),
        f.decimal(c, "ratioThreshold", cp, false),
        subs);
  }
}
