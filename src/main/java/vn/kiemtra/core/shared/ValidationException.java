package vn.kiemtra.core.shared;

import java.util.List;

/** Input that breaks a rule; each problem names where it is (a JSON path or a field). */
public class ValidationException extends DomainException {
  private final List<Problem> problems;

  /** One broken rule at one place. */
  public record Problem(String path, String message) {
    @Override
    public String toString() {
      return path == null || path.isEmpty() ? message : path + ": " + message;
    }
  }

  public ValidationException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public ValidationException(String path, String message) {
    this(List.of(new Problem(path, message)));
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      return Messages.of("messages").get("validate.invalid");
    }
    String first = problems.get(0).toString();
    return problems.size() == 1
        ? first
        : Messages.of("messages").get("validate.more", first, problems.size() - 1);
  }
}
