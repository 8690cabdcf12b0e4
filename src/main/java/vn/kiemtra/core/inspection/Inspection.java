package vn.kiemtra.core.inspection;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.finding.Recommendation;

/**
 * One inspection visit: header, basis, time and place, people, answers, findings, recommendations
 * and the unit's response. Immutable; edits produce a new value.
 */
public record Inspection(
    UUID id,
    String title,
    TemplateRef template,
    InspectionStatus status,
    Issuer issuer,
    Integer documentNumber,
    List<String> basis,
    LocalDateTime startedAt,
    LocalDateTime endedAt,
    String place,
    UnitRef unit,
    List<TeamMember> team,
    List<UnitParticipant> unitParticipants,
    List<Answer> answers,
    List<AreaFinding> areaFindings,
    String overallAssessment,
    List<Recommendation> recommendations,
    String unitResponse,
    Integer copies) {

  public Inspection {
    status = status == null ? InspectionStatus.IN_PROGRESS : status;
    issuer = issuer == null ? Issuer.blank() : issuer;
    basis = basis == null ? List.of() : List.copyOf(basis);
    team = team == null ? List.of() : List.copyOf(team);
    unitParticipants = unitParticipants == null ? List.of() : List.copyOf(unitParticipants);
    answers = answers == null ? List.of() : List.copyOf(answers);
    areaFindings = areaFindings == null ? List.of() : List.copyOf(areaFindings);
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
  }

  public Optional<Answer> answer(String criterionCode) {
    return answers.stream().filter(a -> a.criterionCode().equals(criterionCode)).findFirst();
  }

  public Optional<AreaFinding> finding(String areaCode) {
    return areaFindings.stream().filter(f -> f.areaCode().equals(areaCode)).findFirst();
  }

  public Optional<TeamMember> leader() {
    return team.stream().filter(m -> m.role() == TeamRole.LEADER).findFirst();
  }

  public Optional<TeamMember> secretary() {
    return team.stream().filter(m -> m.role() == TeamRole.SECRETARY).findFirst();
  }

  public Optional<UnitParticipant> representative() {
    return unitParticipants.stream()
        .filter(p -> p.role() == ParticipantRole.REPRESENTATIVE)
        .findFirst();
  }

  /** The team in the order the minutes print it: leader, deputies, members, secretary. */
  public List<TeamMember> teamInRoleOrder() {
    List<TeamMember> sorted = new ArrayList<>(team);
    sorted.sort(Comparator.comparing(TeamMember::role));
    return sorted;
  }

  /** Answers with a recorded value, sorted in the template's order. Blank answers are dropped. */
  public List<Answer> answersInTemplateOrder(ChecklistTemplate t) {
    List<String> order = t.allCriteria().map(Criterion::code).toList();
    return answers.stream()
        .filter(a -> !a.isBlank())
        .sorted(Comparator.comparingInt(a -> indexOrEnd(order, a.criterionCode())))
        .toList();
  }

  /** Findings with text, sorted in the template's area order. */
  public List<AreaFinding> findingsInTemplateOrder(ChecklistTemplate t) {
    List<String> order = t.areas().stream().map(a -> a.code()).toList();
    return areaFindings.stream()
        .filter(f -> !f.isBlank())
        .sorted(Comparator.comparingInt(f -> indexOrEnd(order, f.areaCode())))
        .toList();
  }

  private static int indexOrEnd(List<String> order, String code) {
    int i = order.indexOf(code);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** A copy with this answer replacing the one for the same criterion (or added). */
  public Inspection withAnswer(Answer answer) {
    List<Answer> list = new ArrayList<>(answers);
    list.removeIf(a -> a.criterionCode().equals(answer.criterionCode()));
    list.add(answer);
    return toBuilder().answers(list).build();
  }

  /** A copy with this finding replacing the one for the same area (or added). */
  public Inspection withFinding(AreaFinding finding) {
    List<AreaFinding> list = new ArrayList<>(areaFindings);
    list.removeIf(f -> f.areaCode().equals(finding.areaCode()));
    list.add(finding);
    return toBuilder().areaFindings(list).build();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder(UUID id) {
    return new Builder(id);
  }

  /** Builds modified copies without repeating nineteen constructor arguments. */
  public static final class Builder {
    private UUID id;
    private String title;
    private TemplateRef template;
    private InspectionStatus status;
    private Issuer issuer;
    private Integer documentNumber;
    private List<String> basis;
    private LocalDateTime startedAt;
    private LocalDateTime endedAt;
    private String place;
    private UnitRef unit;
    private List<TeamMember> team;
    private List<UnitParticipant> unitParticipants;
    private List<Answer> answers;
    private List<AreaFinding> areaFindings;
    private String overallAssessment;
    private List<Recommendation> recommendations;
    private String unitResponse;
    private Integer copies;

    private Builder(UUID id) {
      this.id = id;
    }

    private Builder(Inspection i) {
      id = i.id;
      title = i.title;
      template = i.template;
      status = i.status;
      issuer = i.issuer;
      documentNumber = i.documentNumber;
      basis = i.basis;
      startedAt = i.startedAt;
      endedAt = i.endedAt;
      place = i.place;
      unit = i.unit;
      team = i.team;
      unitParticipants = i.unitParticipants;
      answers = i.answers;
      areaFindings = i.areaFindings;
      overallAssessment = i.overallAssessment;
      recommendations = i.recommendations;
      unitResponse = i.unitResponse;
      copies = i.copies;
    }

    public Builder id(UUID v) {
      id = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder template(TemplateRef v) {
      template = v;
      return this;
    }

    public Builder status(InspectionStatus v) {
      status = v;
      return this;
    }

    public Builder issuer(Issuer v) {
      issuer = v;
      return this;
    }

    public Builder documentNumber(Integer v) {
      documentNumber = v;
      return this;
    }

    public Builder basis(List<String> v) {
      basis = v;
      return this;
    }

    public Builder startedAt(LocalDateTime v) {
      startedAt = v;
      return this;
    }

    public Builder endedAt(LocalDateTime v) {
      endedAt = v;
      return this;
    }

    public Builder place(String v) {
      place = v;
      return this;
    }

    public Builder unit(UnitRef v) {
      unit = v;
      return this;
    }

    public Builder team(List<TeamMember> v) {
      team = v;
      return this;
    }

    public Builder unitParticipants(List<UnitParticipant> v) {
      unitParticipants = v;
      return this;
    }

    public Builder answers(List<Answer> v) {
      answers = v;
      return this;
    }

    public Builder areaFindings(List<AreaFinding> v) {
      areaFindings = v;
      return this;
    }

    public Builder overallAssessment(String v) {
      overallAssessment = v;
      return this;
    }

    public Builder recommendations(List<Recommendation> v) {
      recommendations = v;
      return this;
    }

    public Builder unitResponse(String v) {
      unitResponse = v;
      return this;
    }

    public Builder copies(Integer v) {
      copies = v;
      return this;
    }

    public Inspection build() {
      return new Inspection(
          id,
          title,
          template,
          status,
          issuer,
          documentNumber,
          basis,
          startedAt,
          endedAt,
          place,
          unit,
          team,
          unitParticipants,
          answers,
          areaFindings,
          overallAssessment,
          recommendations,
          unitResponse,
          copies);
    }
  }
}
