package vn.kiemtra.core.minutes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionTitle;
import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.inspection.TeamMember;
import vn.kiemtra.core.inspection.UnitParticipant;
import vn.kiemtra.core.scoring.AreaScore;
import vn.kiemtra.core.scoring.CriterionScore;
import vn.kiemtra.core.scoring.InspectionScore;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;
import vn.kiemtra.core.text.VietnameseNumbers;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Turns an inspection, its template and its score into the content of the Decree 30 minutes (in
 * this order): header, basis, time and place, I. composition, II. results per area, III.
 * assessment, IV. recommendations, V. the unit's response, the closing paragraph, signatures and
 * the optional checklist annex. Also writes the "biên bản bổ sung" of an amendment.
 */
public final class MinutesAssembler {
  private final Messages doc = Messages.of("report", Messages.VIETNAMESE);
  private final CriterionProse prose = new CriterionProse(doc);

  /** The minutes of an inspection. */
  public MinutesContent minutes(
      Inspection inspection,
      ChecklistTemplate template,
      InspectionScore score,
      MinutesOptions options) {
    LocalDate date = inspection.startedAt() == null ? null : inspection.startedAt().toLocalDate();
    MinutesHeader header =
        header(
            inspection,
            numberLine(inspection.issuer(), inspection.documentNumber()),
            date,
            MinutesKind.MINUTES,
            summary(title(inspection), inspection));
    List<MinutesBlock> body = new ArrayList<>();
    basis(inspection, body);
    timeAndPlace(inspection, body);
    composition(inspection, body);
    results(inspection, template, score, body);
    assessment(inspection, template, score, options, body);
    recommendations(inspection, body);
    response(inspection, body);
    body.add(MinutesBlock.paragraph(closing(inspection)));
    MinutesAnnex annex = options.includeAnnex() ? annex(inspection, template, score) : null;
    TeamWording team = TeamWording.forIssuingBody(inspection.issuer().issuingBody());
    if (annex != null) {
      annex =
          new MinutesAnnex(
              annex.label(),
              annex.title(),
              team.apply(annex.reference()),
              annex.columns(),
              annex.rows(),
              annex.totalLabel(),
              annex.totalScore());
    }
    return MinutesContent.seal(
        MinutesKind.MINUTES,
        inspection.id(),
        team.apply(header),
        writtenOut(team.applyToBody(body)),
        team.apply(signatures(inspection)),
        annex,
        placed("doc.title", inspection, lowerFirst(title(inspection))),
        doc.get("doc.footer", "{0}"));
  }

  /**
   * The checklist annex as a document of its own, for minutes signed without it: the signed PDF is
   * never rewritten, so the annex is printed separately and cites the signed minutes.
   */
  public MinutesContent annexDocument(
      Inspection inspection, ChecklistTemplate template, InspectionScore score) {
    MinutesContent full = minutes(inspection, template, score, MinutesOptions.withAnnex());
    return MinutesContent.seal(
        MinutesKind.ANNEX,
        inspection.id(),
        full.header(),
        List.of(),
        full.signatures(),
        full.annex(),
        placed("doc.title.annex", inspection, lowerFirst(title(inspection))),
        doc.get("doc.footer", "{0}"));
  }

  /** The "biên bản bổ sung" of one amendment to signed minutes. */
  public MinutesContent amendment(
      Inspection inspection, SignedMinutes signed, MinutesAmendment amendment) {
    LocalDateTime at = amendment.printedTime();
    LocalDate date = at.toLocalDate();
    String symbol = symbol(inspection.issuer());
    MinutesHeader header =
        header(
            inspection,
            doc.get("doc.numberBlank", symbol),
            date,
            MinutesKind.AMENDMENT,
            summary(doc.get("doc.amendment.summary", lowerFirst(title(inspection))), inspection));
    List<MinutesBlock> body = new ArrayList<>();
    String signedNumber =
        signedNumber(
            symbol,
            signed.documentNumber() != null
                ? signed.documentNumber()
                : inspection.documentNumber());
    String signedDate =
        inspection.startedAt() == null
            ? ""
            : Nd30Dates.dateWords(inspection.startedAt().toLocalDate());
    body.add(
        MinutesBlock.paragraph(
            doc.get(
                issuingBody(inspection).isEmpty()
                    ? "doc.amendment.basisNoIssuer"
                    : "doc.amendment.basis",
                signedNumber,
                signedDate,
                issuingBody(inspection),
                unitName(inspection),
                signed.verificationCode())));
    body.add(
        MinutesBlock.paragraph(
            doc.get("doc.time"),
            doc.get(
                "doc.time.value",
                Nd30Dates.timeWords(at.toLocalTime()),
                Nd30Dates.dateWords(at.toLocalDate()))));
    String place = VietnameseText.clean(amendment.place());
    if (place != null) {
      body.add(MinutesBlock.paragraph(doc.get("doc.place"), CriterionProse.sentence(place)));
    }
    body.add(MinutesBlock.paragraph(doc.get("doc.amendment.intro", unitName(inspection))));
    body.add(MinutesBlock.section(doc.get("doc.amendment.heading")));
    paragraphs(amendment.text()).forEach(p -> body.add(MinutesBlock.paragraph(p)));
    body.add(
        MinutesBlock.paragraph(
            doc.get(
                "doc.amendment.closing",
                VietnameseNumbers.twoDigits(copies(inspection)),
                copiesSplit(copies(inspection)))));
    TeamWording team = TeamWording.forIssuingBody(inspection.issuer().issuingBody());
    return MinutesContent.seal(
        MinutesKind.AMENDMENT,
        inspection.id(),
        team.apply(header),
        writtenOut(team.applyToBody(body)),
        team.apply(signatures(inspection)),
        null,
        placed(
            "doc.title.amendment",
            inspection,
            Integer.toString(amendment.number()),
            lowerFirst(title(inspection))),
        doc.get("doc.footer", "{0}"));
  }

  private MinutesHeader header(
      Inspection inspection,
      String numberLine,
      LocalDate date,
      MinutesKind kind,
      List<String> summary) {
    Issuer issuer = inspection.issuer();
    String place = VietnameseText.clean(issuer.placeName());
    return new MinutesHeader(
        VietnameseText.upper(VietnameseText.clean(issuer.governingBody())),
        VietnameseText.upper(issuingBody(inspection)),
        numberLine,
        doc.get("doc.nationalTitle"),
        doc.get("doc.motto"),
        place == null || date == null ? null : Nd30Dates.placeAndDate(place, date),
        doc.get("doc.type." + kind.name()),
        summary);
  }

  /** "Số: 05/BB-ĐKT", zero-padded below 10, or a blank number for the office to fill in. */
  String numberLine(Issuer issuer, Integer number) {
    String symbol = symbol(issuer);
    if (number == null) {
      return doc.get("doc.numberBlank", symbol);
    }
    return doc.get("doc.number", VietnameseNumbers.twoDigits(number), symbol);
  }

  private String signedNumber(String symbol, Integer number) {
    return number == null
        ? doc.get("doc.annex.referenceNumberBlank", symbol)
        : doc.get("doc.annex.referenceNumber", VietnameseNumbers.twoDigits(number) + "/" + symbol);
  }

  private String symbol(Issuer issuer) {
    String s = VietnameseText.clean(issuer.documentSymbol());
    if (s != null) {
      return s.replace(" ", "");
    }
    return TeamWording.forIssuingBody(issuer.issuingBody()).isSquad()
        ? doc.get("doc.defaultSymbolSquad")
        : doc.get("doc.defaultSymbol");
  }

  private void basis(Inspection inspection, List<MinutesBlock> body) {
    List<String> lines =
        inspection.basis().stream().map(VietnameseText::clean).filter(l -> l != null).toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceAll("[.;,]+$", "");
      String lower = line.toLowerCase(VietnameseText.VI);
      if (!lower.startsWith("căn cứ") && !lower.startsWith("thực hiện")) {
        line = doc.get("doc.basis", line);
      }
      body.add(MinutesBlock.paragraph(line + (i == lines.size() - 1 ? "." : ";")));
    }
  }

  private void timeAndPlace(Inspection inspection, List<MinutesBlock> body) {
    if (inspection.startedAt() != null) {
      body.add(
          MinutesBlock.paragraph(
              doc.get("doc.time"),
              doc.get(
                  "doc.time.value",
                  Nd30Dates.timeWords(inspection.startedAt().toLocalTime()),
                  Nd30Dates.dateWords(inspection.startedAt().toLocalDate()))));
    }
    String place = VietnameseText.clean(inspection.place());
    if (place != null) {
      body.add(MinutesBlock.paragraph(doc.get("doc.place"), CriterionProse.sentence(place)));
    }
  }

  private void composition(Inspection inspection, List<MinutesBlock> body) {
    body.add(MinutesBlock.section(doc.get("doc.section.composition")));
    body.add(MinutesBlock.heading(doc.get("doc.composition.team")));
    List<TeamMember> team = inspection.teamInRoleOrder();
    if (team.isEmpty()) {
      body.add(MinutesBlock.paragraph(doc.get("doc.composition.none")));
    }
    for (int i = 0; i < team.size(); i++) {
      TeamMember m = team.get(i);
      List<String> parts = new ArrayList<>();
      parts.add(VietnameseText.clean(m.fullName()));
      String position = VietnameseText.clean(m.position());
      String organisation = VietnameseText.clean(m.organisation());
      if (position != null) {
        parts.add(position);
      }
      if (organisation != null
          && (position == null
              || !position
                  .toLowerCase(VietnameseText.VI)
                  .contains(organisation.toLowerCase(VietnameseText.VI)))) {
        parts.add(organisation);
      }
      parts.add(doc.get("doc.role." + m.role().name()));
      body.add(
          MinutesBlock.paragraph(
              doc.get("doc.member", String.join(", ", parts))
                  + (i == team.size() - 1 ? "." : ";")));
    }
    body.add(MinutesBlock.heading(doc.get("doc.composition.unit", unitName(inspection))));
    List<UnitParticipant> people = inspection.unitParticipants();
    for (int i = 0; i < people.size(); i++) {
      UnitParticipant p = people.get(i);
      String position = VietnameseText.clean(p.position());
      String text =
          position == null
              ? VietnameseText.clean(p.fullName())
              : VietnameseText.clean(p.fullName()) + ", " + position;
      body.add(
          MinutesBlock.paragraph(
              doc.get("doc.member", text) + (i == people.size() - 1 ? "." : ";")));
    }
  }

  private void results(
      Inspection inspection,
      ChecklistTemplate template,
      InspectionScore score,
      List<MinutesBlock> body) {
    body.add(MinutesBlock.section(doc.get("doc.section.results")));
    int number = 0;
    for (ChecklistArea area : template.areas()) {
      List<String> achieved = new ArrayList<>();
      List<String> shortcomings = new ArrayList<>();
      List<String> notApplicable = new ArrayList<>();
      AreaFinding finding = inspection.finding(area.code()).orElse(null);
      if (finding != null) {
        achieved.addAll(paragraphs(finding.strengths()));
        shortcomings.addAll(paragraphs(finding.shortcomings()));
      }
      for (Criterion criterion : area.allCriteria().toList()) {
        Answer answer = inspection.answer(criterion.code()).orElse(null);
        if (answer != null && answer.result() == Result.NOT_APPLICABLE) {
          notApplicable.add(CriterionProse.label(criterion));
          continue;
        }
        String line = prose.line(criterion, answer);
        if (line == null) {
          continue;
        }
        boolean shortcoming =
            answer.result() == null
                ? score.criterion(criterion.code()).map(MinutesAssembler::belowFull).orElse(false)
                : answer.result() == Result.FAIL || answer.result() == Result.PARTIAL;
        (shortcoming ? shortcomings : achieved).add(line);
      }
      if (achieved.isEmpty() && shortcomings.isEmpty() && notApplicable.isEmpty()) {
        continue;
      }
      number++;
      body.add(
          MinutesBlock.heading(
              doc.get("doc.area", Integer.toString(number), VietnameseText.clean(area.name()))));
      char letter = 'a';
      if (!achieved.isEmpty()) {
        body.add(MinutesBlock.subheading(doc.get("doc.area.strengths", String.valueOf(letter++))));
        achieved.forEach(t -> body.add(MinutesBlock.paragraph(t)));
      }
      if (!shortcomings.isEmpty()) {
        body.add(MinutesBlock.subheading(doc.get("doc.area.shortcomings", String.valueOf(letter))));
        shortcomings.forEach(t -> body.add(MinutesBlock.paragraph(t)));
      }
      if (!notApplicable.isEmpty()) {
        body.add(
            MinutesBlock.paragraph(
                doc.get(
                    notApplicable.size() == 1
                        ? "doc.prose.notApplicableOne"
                        : "doc.prose.notApplicable",
                    VietnameseNumbers.twoDigits(notApplicable.size()),
                    String.join(
                        "; ", notApplicable.stream().map(CriterionProse::lowerFirst).toList()))));
      }
    }
    if (number == 0) {
      body.add(MinutesBlock.paragraph(doc.get("doc.results.none")));
    }
  }

  /**
   * A criterion scored without a verdict (a ratio or a count) that earned less than full points.
   */
  private static boolean belowFull(CriterionScore c) {
    return c.state() == CriterionScore.State.SCORED && c.score().compareTo(c.maxScore()) < 0;
  }

  private void assessment(
      Inspection inspection,
      ChecklistTemplate template,
      InspectionScore score,
      MinutesOptions options,
      List<MinutesBlock> body) {
    body.add(MinutesBlock.section(doc.get("doc.section.assessment")));
    List<String> text = paragraphs(inspection.overallAssessment());
    text.forEach(t -> body.add(MinutesBlock.paragraph(t)));
    if (options.includeAnnex()) {
      body.add(
          MinutesBlock.paragraph(
              doc.get("doc.prose.assessmentScore", checklistName(template), totalScore(score))));
    } else if (text.isEmpty()) {
      body.add(MinutesBlock.paragraph(doc.get("doc.none")));
    }
  }

  private void recommendations(Inspection inspection, List<MinutesBlock> body) {
    body.add(MinutesBlock.section(doc.get("doc.section.recommendations")));
    List<Recommendation> list = inspection.recommendations();
    if (list.isEmpty()) {
      body.add(MinutesBlock.paragraph(doc.get("doc.none")));
    }
    String unit = unitName(inspection);
    String shortName = VietnameseText.clean(inspection.unit().shortName());
    for (int i = 0; i < list.size(); i++) {
      Recommendation r = list.get(i);
      StringBuilder text =
          new StringBuilder(
              doc.get(
                  "doc.recommendation",
                  Integer.toString(i + 1),
                  CriterionProse.sentence(VietnameseText.clean(r.text()))));
      String addressee = VietnameseText.clean(r.addressee());
      if (addressee != null && !addressee.equals(unit) && !addressee.equals(shortName)) {
        text.append(' ').append(doc.get("doc.recommendation.addressee", addressee));
      }
      if (r.dueDate() != null) {
        text.append(' ')
            .append(doc.get("doc.recommendation.due", Nd30Dates.paddedShortDate(r.dueDate())));
      }
      body.add(MinutesBlock.paragraph(text.toString()));
    }
  }

  private void response(Inspection inspection, List<MinutesBlock> body) {
    body.add(MinutesBlock.section(doc.get("doc.section.response")));
    List<String> text = paragraphs(inspection.unitResponse());
    if (text.isEmpty()) {
      body.add(MinutesBlock.paragraph(doc.get("doc.none")));
    }
    text.forEach(t -> body.add(MinutesBlock.paragraph(t)));
  }

  private String closing(Inspection inspection) {
    String ended;
    LocalDateTime end = inspection.endedAt();
    if (end == null) {
      ended = doc.get("doc.closing.endedBlank");
    } else if (inspection.startedAt() != null
        && end.toLocalDate().equals(inspection.startedAt().toLocalDate())) {
      ended = doc.get("doc.closing.ended", Nd30Dates.timeWords(end.toLocalTime()));
    } else {
      ended =
          doc.get(
              "doc.closing.endedOn",
              Nd30Dates.timeWords(end.toLocalTime()),
              Nd30Dates.dateWords(end.toLocalDate()));
    }
    int copies = copies(inspection);
    return ended
        + " "
        + doc.get("doc.closing.agreed")
        + " "
        + doc.get("doc.closing.copies", VietnameseNumbers.twoDigits(copies), copiesSplit(copies));
  }

  private static int copies(Inspection inspection) {
    return inspection.copies() == null || inspection.copies() < 1 ? 2 : inspection.copies();
  }

  /** "mỗi bên giữ 01 bản" for an even split, otherwise who keeps how many. */
  private String copiesSplit(int copies) {
    if (copies == 1) {
      return doc.get("doc.copies.teamOnly");
    }
    int unit = copies / 2;
    int team = copies - unit;
    if (team == unit) {
      return doc.get("doc.copies.each", VietnameseNumbers.twoDigits(unit));
    }
    return doc.get(
        "doc.copies.split", VietnameseNumbers.twoDigits(team), VietnameseNumbers.twoDigits(unit));
  }

  private MinutesSignatures signatures(Inspection inspection) {
    List<String> left = new ArrayList<>();
    left.add(doc.get("doc.sign.unit"));
    UnitParticipant rep = inspection.representative().orElse(null);
    if (rep != null && VietnameseText.clean(rep.position()) != null) {
      left.add(VietnameseText.upper(VietnameseText.clean(rep.position())));
    }
    SignatureBlock unit =
        new SignatureBlock(left, rep == null ? "" : VietnameseText.clean(rep.fullName()));
    SignatureBlock leader =
        new SignatureBlock(
            List.of(doc.get("doc.sign.leader")),
            inspection.leader().map(m -> VietnameseText.clean(m.fullName())).orElse(""));
    SignatureBlock secretary =
        inspection
            .secretary()
            .map(
                m ->
                    new SignatureBlock(
                        List.of(doc.get("doc.sign.secretary")), VietnameseText.clean(m.fullName())))
            .orElse(null);
    return new MinutesSignatures(unit, leader, secretary);
  }

  private MinutesAnnex annex(
      Inspection inspection, ChecklistTemplate template, InspectionScore score) {
    List<AnnexRow> rows = new ArrayList<>();
    for (ChecklistArea area : template.areas()) {
      AreaScore areaScore =
          score.areas().stream()
              .filter(a -> a.areaCode().equals(area.code()))
              .findFirst()
              .orElse(null);
      rows.add(
          new AnnexRow(
              true,
              area.code(),
              VietnameseText.clean(area.name()),
              "",
              areaScore == null ? "" : areaScore(areaScore)));
      for (Criterion c : area.allCriteria().toList()) {
        Answer answer = inspection.answer(c.code()).orElse(null);
        rows.add(
            new AnnexRow(
                false,
                c.code(),
                VietnameseText.clean(c.text()),
                String.join("; ", prose.facts(c, answer)),
                score.criterion(c.code()).map(this::criterionScore).orElse("")));
      }
    }
    String number = signedNumber(symbol(inspection.issuer()), inspection.documentNumber());
    return new MinutesAnnex(
        doc.get("doc.annex.label"),
        doc.get("doc.annex.title"),
        doc.get(
            issuingBody(inspection).isEmpty()
                ? "doc.annex.referenceNoIssuer"
                : "doc.annex.reference",
            number,
            inspection.startedAt() == null
                ? ""
                : Nd30Dates.dateWords(inspection.startedAt().toLocalDate()),
            issuingBody(inspection)),
        List.of(
            doc.get("doc.annex.col.code"),
            doc.get("doc.annex.col.criterion"),
            doc.get("doc.annex.col.result"),
            doc.get("doc.annex.col.score")),
        rows,
        doc.get("doc.annex.total"),
        totalScore(score));
  }

  /**
   * "27,5/74 điểm (đã đánh giá 52/69 tiêu chí)": the maximum counts only assessed criteria, so a
   * half-filled checklist never reads as a poor score; "chưa chấm điểm" when nothing is assessed.
   */
  String totalScore(InspectionScore score) {
    String criteria =
        doc.get(
            "doc.prose.assessedCriteria",
            Integer.toString(score.answered()),
            Integer.toString(score.total()));
    if (score.answered() == 0) {
      return doc.get("doc.prose.notScored", criteria);
    }
    BigDecimal max = score.applicableMax().subtract(score.unassessedMax());
    return doc.get("doc.prose.score", points(score.achieved()), points(max), criteria);
  }

  private String areaScore(AreaScore area) {
    if (area.answered() == 0) {
      return doc.get("doc.annex.unassessed");
    }
    return points(area.achieved())
        + "/"
        + points(area.applicableMax().subtract(area.unassessedMax()));
  }

  /** "bộ tiêu chí kiểm tra … năm 2023" without saying "bộ tiêu chí" twice. */
  private String checklistName(ChecklistTemplate template) {
    String name = VietnameseText.clean(template.name());
    if (name == null) {
      return doc.get("doc.prose.checklist", template.code());
    }
    String prefix = doc.get("doc.prose.checklistWord");
    return name.toLowerCase(VietnameseText.VI).startsWith(prefix)
        ? lowerFirst(name)
        : doc.get("doc.prose.checklist", name);
  }

  /** Writes out each abbreviation at its first use in the body, in reading order. */
  private static List<MinutesBlock> writtenOut(List<MinutesBlock> body) {
    Abbreviations abbreviations = new Abbreviations();
    List<MinutesBlock> out = new ArrayList<>();
    for (MinutesBlock b : body) {
      out.add(
          b.kind() == MinutesBlock.Kind.SECTION
              ? b
              : new MinutesBlock(b.kind(), b.lead(), abbreviations.expand(b.text())));
    }
    return out;
  }

  private String criterionScore(CriterionScore c) {
    return switch (c.state()) {
      case SCORED -> points(c.score()) + "/" + points(c.maxScore());
      case NOT_APPLICABLE_EXCLUDED -> doc.get("doc.annex.notApplicable");
      case UNASSESSED -> doc.get("doc.annex.unassessed");
    };
  }

  private static String points(BigDecimal v) {
    return VietnameseNumbers.formatDecimal(v, 2);
  }

  /**
   * The summary lines under the document's name: the subject, then "tại …" when there is a place.
   */
  private List<String> summary(String subject, Inspection inspection) {
    String where = place(inspection);
    return where.isBlank()
        ? List.of(subject)
        : List.of(subject, doc.get("doc.summary.unit", where));
  }

  /**
   * A document title ending "… tại {place}", or its {@code .noPlace} form when neither the title
   * nor the unit names a place (never a lone "tại").
   */
  private String placed(String key, Inspection inspection, String... values) {
    String where = place(inspection);
    if (where.isBlank()) {
      return doc.get(key + ".noPlace", (Object[]) values);
    }
    Object[] all = java.util.Arrays.copyOf(values, values.length + 1, Object[].class);
    all[values.length] = where;
    return doc.get(key, all);
  }

  /** The title without a trailing "tại …": the minutes add the place once ({@link #place}). */
  private static String title(Inspection inspection) {
    return InspectionTitle.of(inspection.title(), unitName(inspection)).subject();
  }

  private static String place(Inspection inspection) {
    return InspectionTitle.of(inspection.title(), unitName(inspection)).place();
  }

  private static String unitName(Inspection inspection) {
    String name = inspection.unit() == null ? null : VietnameseText.clean(inspection.unit().name());
    return name == null ? "" : name;
  }

  private static String issuingBody(Inspection inspection) {
    String s = VietnameseText.clean(inspection.issuer().issuingBody());
    return s == null ? "" : s;
  }

  private static String lowerFirst(String s) {
    return CriterionProse.lowerFirst(s);
  }

  /** The non-blank lines of a multi-line text, each cleaned. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : VietnameseText.nfc(text).split("\\R")) {
      String clean = VietnameseText.clean(line);
      if (clean != null) {
        out.add(clean);
      }
    }
    return out;
  }
}
