package vn.kiemtra.core.inspection;

import java.util.List;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.checklist.TemplateRef;

/** What an inspection's score is computed from: its checklist and its answers. */
public record ScoringSheet(TemplateRef template, List<Answer> answers) {
  public ScoringSheet {
    answers = List.copyOf(answers);
  }
}
