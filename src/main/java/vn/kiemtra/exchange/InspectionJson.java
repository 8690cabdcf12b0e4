package vn.kiemtra.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.DocumentRef;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.finding.RecommendationStatus;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionDocumentFormat;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.inspection.ParsedInspection;
import vn.kiemtra.core.inspection.ParticipantRole;
import vn.kiemtra.core.inspection.TeamMember;
import vn.kiemtra.core.inspection.TeamRole;
import vn.kiemtra.core.inspection.UnitParticipant;
import vn.kiemtra.core.inspection.UnitRef;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.QuotedValue;

/** The {@code kiemtra/inspection} v1 JSON document (described in docs/inspection-json.md). */
public final class InspectionJson implements InspectionDocumentFormat {
  private static final Messages MSG = Messages.of("messages");

  public static final String FORMAT = "kiemtra/inspection";
  public static final int FORMAT_VERSION = 1;

  /** checklist_template.code and .version are VARCHAR(50). */
  private static final int TEMPLATE_PART_MAX = 50;

  private static final DateTimeFormatter LOCAL_MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

  @Override
  public ParsedInspection read(InputStream in, boolean strict) {
    return read(in, new JsonFields(strict));
  }

  @Override
  public ParsedInspection readSaved(InputStream in) {
    return read(in, new JsonFields(false, true));
  }

  private ParsedInspection read(InputStream in, JsonFields f) {
    JsonNode root = JsonDocuments.parse(in);
    if (!root.isObject()) {
      f.error("", MSG.get("json.rootNotObject"));
      f.throwIfAny();
    }
    f.onlyKeys(root, "$", "format", "formatVersion", "inspection");
    String format = f.text(root, "format", "$", true);
    if (format != null && !FORMAT.equals(format)) {
      f.error("format", MSG.get("json.wrongFormat", FORMAT, QuotedValue.of(format)));
    }
    Long version = f.integer(root, "formatVersion", "$", true);
    if (version != null && version != FORMAT_VERSION) {
      f.error(
          "formatVersion",
          MSG.get("json.newerVersion", String.valueOf(version), String.valueOf(FORMAT_VERSION)));
    }
    JsonNode node = f.object(root, "inspection", "$", true);
    f.throwIfAny();
    Inspection inspection = readInspection(node, f);
    f.throwIfAny();
    return new ParsedInspection(inspection, f.warnings());
  }

  private static Inspection readInspection(JsonNode n, JsonFields f) {
    String p = "inspection";
    f.onlyKeys(
        n,
        p,
        "id",
        "title",
        "template",
        "status",
        "issuer",
        "documentNumber",
        "basis",
        "startedAt",
        "endedAt",
        "place",
        "unit",
        "team",
        "unitParticipants",
        "answers",
        "areaFindings",
        "overallAssessment",
        "recommendations",
        "unitResponse",
        "copies");
    UUID id = f.uuid(n, "id", p, true);
    String title = f.text(n, "title", p, true);
    JsonNode t = f.object(n, "template", p, true);
    TemplateRef template = null;
    if (t != null) {
      f.onlyKeys(t, p + ".template", "code", "version");
      template =
          new TemplateRef(
              templatePart(f, t, "code", p + ".template"),
              templatePart(f, t, "version", p + ".template"));
    }
    InspectionStatus status = f.enumValue(n, "status", p, InspectionStatus.class, false);
    JsonNode is = f.object(n, "issuer", p, false);
    Issuer issuer = Issuer.blank();
    if (is != null) {
      String ip = p + ".issuer";
      f.onlyKeys(is, ip, "governingBody", "issuingBody", "documentSymbol", "placeName");
      issuer =
          new Issuer(
              f.text(is, "governingBody", ip, false),
              f.text(is, "issuingBody", ip, false),
              f.text(is, "documentSymbol", ip, false),
              f.text(is, "placeName", ip, false));
    }
    Integer documentNumber = f.smallInteger(n, "documentNumber", p, false);
    if (documentNumber != null && documentNumber <= 0) {
      f.rule(p + ".documentNumber", MSG.get("json.documentNumber"));
    }
    List<String> basis = new ArrayList<>();
    List<JsonNode> basisNodes = f.array(n, "basis", p, false);
    for (int i = 0; i < basisNodes.size(); i++) {
      String line = f.textItem(basisNodes.get(i), JsonFields.at(p + ".basis", i));
      if (line != null) {
        basis.add(line);
      }
    }
    LocalDateTime startedAt = f.dateTime(n, "startedAt", p, true);
    LocalDateTime endedAt = f.dateTime(n, "endedAt", p, false);
    if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
      f.rule(p + ".endedAt", MSG.get("json.endBeforeStart"));
    }
    String place = f.text(n, "place", p, true);
    JsonNode u = f.object(n, "unit", p, true);
    UnitRef unit = null;
    if (u != null) {
      f.onlyKeys(u, p + ".unit", "name", "shortName");
      unit =
          new UnitRef(
              f.text(u, "name", p + ".unit", true), f.text(u, "shortName", p + ".unit", false));
    }
    List<TeamMember> team = new ArrayList<>();
    List<JsonNode> teamNodes = f.array(n, "team", p, true);
    for (int i = 0; i < teamNodes.size(); i++) {
      String mp = JsonFields.at(p + ".team", i);
      JsonNode m = teamNodes.get(i);
      if (!m.isObject()) {
        f.error(mp, MSG.get("json.notObject"));
        continue;
      }
      f.onlyKeys(m, mp, "fullName", "position", "organisation", "role");
      team.add(
          new TeamMember(
              f.text(m, "fullName", mp, true),
              f.text(m, "position", mp, false),
              f.text(m, "organisation", mp, false),
              f.enumValue(m, "role", mp, TeamRole.class, true)));
    }
    if (n.has("team")
        && n.get("team").isArray()
        && team.stream().noneMatch(m -> m.role() == TeamRole.LEADER)
        && teamNodes.stream().allMatch(JsonNode::isObject)
        && teamNodes.stream().allMatch(m -> m.hasNonNull("role"))) {
      f.rule(p + ".team", MSG.get("json.noLeader"));
    }
    List<UnitParticipant> participants = new ArrayList<>();
    List<JsonNode> participantNodes = f.array(n, "unitParticipants", p, false);
    for (int i = 0; i < participantNodes.size(); i++) {
      String mp = JsonFields.at(p + ".unitParticipants", i);
      JsonNode m = participantNodes.get(i);
      if (!m.isObject()) {
        f.error(mp, MSG.get("json.notObject"));
        continue;
      }
      f.onlyKeys(m, mp, "fullName", "position", "role");
      participants.add(
          new UnitParticipant(
              f.text(m, "fullName", mp, true),
              f.text(m, "position", mp, false),
              f.enumValue(m, "role", mp, ParticipantRole.class, true)));
    }
    List<Answer> answers = new ArrayList<>();
    List<JsonNode> answerNodes = f.array(n, "answers", p, false);
    for (int i = 0; i < answerNodes.size(); i++) {
      String ap = JsonFields.at(p + ".answers", i);
      JsonNode a = answerNodes.get(i);
      if (!a.isObject()) {
        f.error(ap, MSG.get("json.notObject"));
        continue;
      }
      answers.add(readAnswer(a, ap, f));
    }
    List<AreaFinding> findings = new ArrayList<>();
    List<JsonNode> findingNodes = f.array(n, "areaFindings", p, false);
    for (int i = 0; i < findingNodes.size(); i++) {
      String fp = JsonFields.at(p + ".areaFindings", i);
      JsonNode x = findingNodes.get(i);
      if (!x.isObject()) {
        f.error(fp, MSG.get("json.notObject"));
        continue;
      }
      f.onlyKeys(x, fp, "area", "strengths", "shortcomings");
      findings.add(
          new AreaFinding(
              f.text(x, "area", fp, true),
              f.text(x, "strengths", fp, false),
              f.text(x, "shortcomings", fp, false)));
    }
    List<Recommendation> recommendations = new ArrayList<>();
    List<JsonNode> recNodes = f.array(n, "recommendations", p, false);
    for (int i = 0; i < recNodes.size(); i++) {
      String rp = JsonFields.at(p + ".recommendations", i);
      JsonNode r = recNodes.get(i);
      if (!r.isObject()) {
        f.error(rp, MSG.get("json.notObject"));
        continue;
      }
      f.onlyKeys(r, rp, "id", "text", "addressee", "dueDate", "relatedItems", "status");
      List<String> related = new ArrayList<>();
      List<JsonNode> relatedNodes = f.array(r, "relatedItems", rp, false);
      for (int k = 0; k < relatedNodes.size(); k++) {
        String item = f.textItem(relatedNodes.get(k), JsonFields.at(rp + ".relatedItems", k));
        if (item != null) {
          related.add(item);
        }
      }
      recommendations.add(
          new Recommendation(
              f.uuid(r, "id", rp, true),
              f.text(r, "text", rp, true),
              f.text(r, "addressee", rp, false),
              f.date(r, "dueDate", rp, false),
              related,
              f.enumValue(r, "status", rp, RecommendationStatus.class, false)));
    }
    String overall = f.text(n, "overallAssessment", p, false);
    String response = f.text(n, "unitResponse", p, false);
    Integer copies = f.smallInteger(n, "copies", p, false);
    if (copies != null && copies <= 0) {
      f.rule(p + ".copies", MSG.get("json.copies"));
    }
    return new Inspection(
        id,
        title,
        template,
        status == null ? InspectionStatus.IN_PROGRESS : status,
        issuer,
        documentNumber,
        basis,
        startedAt,
        endedAt,
        place,
        unit,
        team,
        participants,
        answers,
        findings,
        overall,
        recommendations,
        response,
        copies);
  }

  /**
   * A template code or version; one longer than any the database can hold is refused here, so the
   * refusal does not quote it whole.
   */
  private static String templatePart(JsonFields f, JsonNode t, String key, String path) {
    String value = f.text(t, key, path, true);
    if (value != null && value.length() > TEMPLATE_PART_MAX) {
      f.error(
          JsonFields.at(path, key),
          MSG.get(
              "json.templateTooLong",
              String.valueOf(value.length()),
              String.valueOf(TEMPLATE_PART_MAX)));
      return null;
    }
    return value;
  }

  private static Answer readAnswer(JsonNode a, String ap, JsonFields f) {
    f.onlyKeys(
        a,
        ap,
        "item",
        "result",
        "count",
        "qualifier",
        "numerator",
        "denominator",
        "documentRef",
        "note",
        "score");
    DocumentRef ref = null;
    JsonNode d = f.object(a, "documentRef", ap, false);
    if (d != null) {
      String dp = ap + ".documentRef";
      f.onlyKeys(d, dp, "number", "date", "issuer");
      ref =
          new DocumentRef(
              f.text(d, "number", dp, true),
              f.date(d, "date", dp, false),
              f.text(d, "issuer", dp, false));
    }
    return new Answer(
        f.text(a, "item", ap, true),
        f.enumValue(a, "result", ap, Result.class, false),
        f.integer(a, "count", ap, false),
        f.enumValue(a, "qualifier", ap, Qualifier.class, false),
        f.integer(a, "numerator", ap, false),
        f.integer(a, "denominator", ap, false),
        ref,
        f.text(a, "note", ap, false),
        f.decimal(a, "score", ap, false));
  }

  @Override
  public void write(Inspection in, ChecklistTemplate template, OutputStream out) {
    try {
      JsonDocuments.MAPPER.writeValue(nonClosing(out), toTree(in, template));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /** The document as a JSON tree, every key present (null where empty). */
  public ObjectNode toTree(Inspection in, ChecklistTemplate template) {
    ObjectNode root = JsonDocuments.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode n = root.putObject("inspection");
    n.put("id", in.id().toString());
    n.put("title", in.title());
    ObjectNode t = n.putObject("template");
    t.put("code", in.template().code());
    t.put("version", in.template().version());
    n.put("status", in.status().name());
    ObjectNode is = n.putObject("issuer");
    is.put("governingBody", in.issuer().governingBody());
    is.put("issuingBody", in.issuer().issuingBody());
    is.put("documentSymbol", in.issuer().documentSymbol());
    is.put("placeName", in.issuer().placeName());
    n.put("documentNumber", in.documentNumber());
    ArrayNode basis = n.putArray("basis");
    in.basis().forEach(basis::add);
    n.put("startedAt", dateTime(in.startedAt()));
    n.put("endedAt", dateTime(in.endedAt()));
    n.put("place", in.place());
    ObjectNode u = n.putObject("unit");
    u.put("name", in.unit().name());
    u.put("shortName", in.unit().shortName());
    ArrayNode team = n.putArray("team");
    for (TeamMember m : in.team()) {
      ObjectNode o = team.addObject();
      o.put("fullName", m.fullName());
      o.put("position", m.position());
      o.put("organisation", m.organisation());
      o.put("role", m.role().name());
    }
    ArrayNode participants = n.putArray("unitParticipants");
    for (UnitParticipant m : in.unitParticipants()) {
      ObjectNode o = participants.addObject();
      o.put("fullName", m.fullName());
      o.put("position", m.position());
      o.put("role", m.role().name());
    }
    ArrayNode answers = n.putArray("answers");
    for (Answer a : in.answersInTemplateOrder(template)) {
      ObjectNode o = answers.addObject();
      o.put("item", a.criterionCode());
      o.put("result", a.result() == null ? null : a.result().name());
      o.put("count", a.count());
      o.put("qualifier", a.qualifier() == null ? null : a.qualifier().name());
      o.put("numerator", a.numerator());
      o.put("denominator", a.denominator());
      if (a.documentRef() == null) {
        o.putNull("documentRef");
      } else {
        ObjectNode d = o.putObject("documentRef");
        d.put("number", a.documentRef().number());
        d.put("date", date(a.documentRef().date()));
        d.put("issuer", a.documentRef().issuer());
      }
      o.put("note", a.note());
      o.put("score", a.scoreOverride());
    }
    ArrayNode findings = n.putArray("areaFindings");
    for (AreaFinding x : in.findingsInTemplateOrder(template)) {
      ObjectNode o = findings.addObject();
      o.put("area", x.areaCode());
      o.put("strengths", x.strengths());
      o.put("shortcomings", x.shortcomings());
    }
    n.put("overallAssessment", in.overallAssessment());
    ArrayNode recs = n.putArray("recommendations");
    for (Recommendation r : in.recommendations()) {
      ObjectNode o = recs.addObject();
      o.put("id", r.id().toString());
      o.put("text", r.text());
      o.put("addressee", r.addressee());
      o.put("dueDate", date(r.dueDate()));
      ArrayNode items = o.putArray("relatedItems");
      r.relatedItems().forEach(items::add);
      o.put("status", r.status().name());
    }
    n.put("unitResponse", in.unitResponse());
    n.put("copies", in.copies());
    return root;
  }

  private static String dateTime(LocalDateTime t) {
    if (t == null) {
      return null;
    }
    return t.getSecond() == 0 && t.getNano() == 0 ? t.format(LOCAL_MINUTES) : t.toString();
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
