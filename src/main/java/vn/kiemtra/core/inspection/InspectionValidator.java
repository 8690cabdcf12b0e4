package vn.kiemtra.core.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.QuotedValue;
import vn.kiemtra.core.shared.ValidationException.Problem;
import vn.kiemtra.core.text.SearchKey;

/**
 * Checks an inspection against its template: answers name criteria of the template, once each;
 * "không áp dụng" only where the criterion allows it; figures are not negative; findings name areas
 * of the template; texts fit their {@link TextLimit} and dates their {@link DateLimits}. Paths
 * follow the exchange format ({@code inspection.answers[3].item}).
 */
public final class InspectionValidator {
  private static final Messages MSG = Messages.of("messages");
  private static final Messages EDITING = Messages.of("editing");
  private static final String P = "inspection.";
  private static final BigDecimal SCORE_BOUND = new BigDecimal("1000000");
  private static final int SCORE_SCALE = 3;

  public List<Problem> check(Inspection in, ChecklistTemplate template) {
    List<Problem> problems = new ArrayList<>();
    checkTexts(in, problems);
    checkDates(in, problems);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < in.answers().size(); i++) {
      Answer a = in.answers().get(i);
      String path = "inspection.answers[" + i + "]";
      Optional<Criterion> criterion = template.criterion(a.criterionCode());
      if (criterion.isPresent()
          && a.result() == Result.NOT_APPLICABLE
          && !criterion.get().notApplicableAllowed()) {
        problems.add(
            new Problem(
                path + ".result",
                EDITING.get("validate.notApplicableNotAllowed", a.criterionCode())));
      }
      if (criterion.isEmpty()) {
        problems.add(
            new Problem(
                path + ".item",
                MSG.get(
                    "validate.unknownCriterion",
                    QuotedValue.of(a.criterionCode()),
                    template.ref())));
      } else if (!seen.add(a.criterionCode())) {
        problems.add(
            new Problem(
                path + ".item",
                MSG.get("validate.duplicateAnswer", QuotedValue.of(a.criterionCode()))));
      }
      if (a.count() != null && a.count() < 0) {
        problems.add(new Problem(path + ".count", MSG.get("validate.negativeCount")));
      }
      if (a.numerator() != null && a.numerator() < 0) {
        problems.add(new Problem(path + ".numerator", MSG.get("validate.negativeNumerator")));
      }
      if (a.denominator() != null && a.denominator() <= 0) {
        problems.add(new Problem(path + ".denominator", MSG.get("validate.denominator")));
      }
      if ((a.numerator() == null) != (a.denominator() == null)) {
        problems.add(
            new Problem(
                path + (a.numerator() == null ? ".numerator" : ".denominator"),
                MSG.get("validate.ratioPair")));
      }
      if (a.scoreOverride() != null && a.scoreOverride().signum() < 0) {
        problems.add(new Problem(path + ".score", MSG.get("validate.negativeScore")));
      } else if (a.scoreOverride() != null && !fitsScore(a.scoreOverride())) {
        problems.add(
            new Problem(
                path + ".score",
                MSG.get("validate.scoreRange", a.scoreOverride().toPlainString())));
      }
    }
    Set<String> areas = new HashSet<>();
    for (int i = 0; i < in.areaFindings().size(); i++) {
      AreaFinding f = in.areaFindings().get(i);
      String path = "inspection.areaFindings[" + i + "].area";
      if (template.area(f.areaCode()).isEmpty()) {
        problems.add(
            new Problem(
                path,
                MSG.get("validate.unknownArea", QuotedValue.of(f.areaCode()), template.ref())));
      } else if (!areas.add(f.areaCode())) {
        problems.add(
            new Problem(path, MSG.get("validate.duplicateArea", QuotedValue.of(f.areaCode()))));
      }
    }
    Set<Object> recommendationIds = new HashSet<>();
    for (int i = 0; i < in.recommendations().size(); i++) {
      if (!recommendationIds.add(in.recommendations().get(i).id())) {
        problems.add(
            new Problem(
                "inspection.recommendations[" + i + "].id",
                MSG.get("validate.duplicateRecommendation")));
      }
    }
    return problems;
  }

  private static boolean fitsScore(BigDecimal score) {
    return score.abs().compareTo(SCORE_BOUND) < 0
        && score.stripTrailingZeros().scale() <= SCORE_SCALE;
  }

  private static void checkTexts(Inspection in, List<Problem> problems) {
    text(problems, P + "title", in.title(), TextLimit.TITLE);
    text(
        problems,
        P + "issuer.governingBody",
        in.issuer().governingBody(),
        TextLimit.GOVERNING_BODY);
    text(problems, P + "issuer.issuingBody", in.issuer().issuingBody(), TextLimit.ISSUING_BODY);
    text(
        problems,
        P + "issuer.documentSymbol",
        in.issuer().documentSymbol(),
        TextLimit.DOCUMENT_SYMBOL);
    text(problems, P + "issuer.placeName", in.issuer().placeName(), TextLimit.PLACE_NAME);
    for (int i = 0; i < in.basis().size(); i++) {
      text(problems, P + "basis[" + i + "]", in.basis().get(i), TextLimit.BASIS);
    }
    text(problems, P + "place", in.place(), TextLimit.PLACE);
    String unitName = in.unit() == null ? null : in.unit().name();
    String unitShortName = in.unit() == null ? null : in.unit().shortName();
    boolean unitFits =
        text(problems, P + "unit.name", unitName, TextLimit.UNIT_NAME)
            & text(problems, P + "unit.shortName", unitShortName, TextLimit.UNIT_SHORT_NAME);
    if (unitFits && !fitsKey(TextLimit.UNIT_SEARCH_KEY, unitName, unitShortName)) {
      problems.add(
          new Problem(
              P + "unit.name",
              MSG.get("validate.unitTooLong", String.valueOf(TextLimit.UNIT_SEARCH_KEY.max()))));
    }
    if (TextLimit.TITLE.fits(in.title())
        && TextLimit.PLACE.fits(in.place())
        && unitFits
        && !fitsKey(
            TextLimit.INSPECTION_SEARCH_KEY, in.title(), unitName, unitShortName, in.place())) {
      problems.add(
          new Problem(
              P + "title",
              MSG.get(
                  "validate.headingTooLong",
                  String.valueOf(TextLimit.INSPECTION_SEARCH_KEY.max()))));
    }
    for (int i = 0; i < in.team().size(); i++) {
      TeamMember m = in.team().get(i);
      String path = P + "team[" + i + "].";
      text(problems, path + "fullName", m.fullName(), TextLimit.TEAM_FULL_NAME);
      text(problems, path + "position", m.position(), TextLimit.TEAM_POSITION);
      text(problems, path + "organisation", m.organisation(), TextLimit.TEAM_ORGANISATION);
    }
    for (int i = 0; i < in.unitParticipants().size(); i++) {
      UnitParticipant m = in.unitParticipants().get(i);
      String path = P + "unitParticipants[" + i + "].";
      text(problems, path + "fullName", m.fullName(), TextLimit.PARTICIPANT_FULL_NAME);
      text(problems, path + "position", m.position(), TextLimit.PARTICIPANT_POSITION);
    }
    for (int i = 0; i < in.answers().size(); i++) {
      Answer a = in.answers().get(i);
      if (a.documentRef() != null) {
        String path = P + "answers[" + i + "].documentRef.";
        text(problems, path + "number", a.documentRef().number(), TextLimit.DOCUMENT_REF_NUMBER);
        text(problems, path + "issuer", a.documentRef().issuer(), TextLimit.DOCUMENT_REF_ISSUER);
      }
    }
    for (int i = 0; i < in.recommendations().size(); i++) {
      Recommendation r = in.recommendations().get(i);
      String path = P + "recommendations[" + i + "].";
      text(problems, path + "addressee", r.addressee(), TextLimit.RECOMMENDATION_ADDRESSEE);
      if (!TextLimit.RELATED_ITEMS.fits(String.join(",", r.relatedItems()))) {
        problems.add(
            new Problem(
                path + "relatedItems",
                MSG.get(
                    "validate.relatedItemsTooLong",
                    String.valueOf(TextLimit.RELATED_ITEMS.max()))));
      }
    }
  }

  /** Adds a problem when the text is too long; true when it fits. */
  private static boolean text(List<Problem> problems, String path, String value, TextLimit limit) {
    if (limit.fits(value)) {
      return true;
    }
    problems.add(
        new Problem(
            path,
            MSG.get(
                "validate.tooLong", String.valueOf(value.length()), String.valueOf(limit.max()))));
    return false;
  }

  private static boolean fitsKey(TextLimit limit, String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      joined.append(part == null ? "" : part).append(' ');
    }
    return limit.fits(SearchKey.of(joined.toString()));
  }

  private static void checkDates(Inspection in, List<Problem> problems) {
    dateTime(problems, P + "startedAt", in.startedAt());
    dateTime(problems, P + "endedAt", in.endedAt());
    for (int i = 0; i < in.answers().size(); i++) {
      Answer a = in.answers().get(i);
      if (a.documentRef() != null) {
        date(problems, P + "answers[" + i + "].documentRef.date", a.documentRef().date());
      }
    }
    for (int i = 0; i < in.recommendations().size(); i++) {
      date(
          problems,
          P + "recommendations[" + i + "].dueDate",
          in.recommendations().get(i).dueDate());
    }
  }

  private static void dateTime(List<Problem> problems, String path, LocalDateTime value) {
    date(problems, path, value == null ? null : value.toLocalDate());
  }

  private static void date(List<Problem> problems, String path, LocalDate value) {
    if (!DateLimits.sane(value)) {
      problems.add(
          new Problem(
              path,
              MSG.get(
                  "validate.dateOutOfRange",
                  value.toString(),
                  String.valueOf(DateLimits.FIRST_YEAR),
                  String.valueOf(DateLimits.LAST_YEAR))));
    }
  }
}
