package vn.kiemtra.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows values in choice boxes through a function (labels from the bundle); read-only. */
public final class DisplayConverter<T> extends StringConverter<T> {
  private final Function<T, String> show;

  private DisplayConverter(Function<T, String> show) {
    this.show = show;
  }

  /** Nulls show as the empty text unless the function handles them. */
  public static <T> DisplayConverter<T> of(Function<T, String> show) {
    return new DisplayConverter<>(show);
  }

  @Override
  public String toString(T value) {
    return show.apply(value);
  }

  @Override
  public T fromString(String text) {
    return null;
  }
}
