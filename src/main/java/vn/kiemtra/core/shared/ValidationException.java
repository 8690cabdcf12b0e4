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
      return "Dữ liệu không hợp lệ";
    }
    String first = problems.get(0).toString();
    return problems.size() == 1 ? first : first + " (và " + (problems.size() - 1) + " lỗi khác)";
  }
}
