package vn.kiemtra.ui.list;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.core.text.SearchKey;
import vn.kiemtra.core.text.VietnameseCollation;

/**
 * State of the inspection list: all rows, the accent-insensitive search text and the status, year
 * and unit filters, and the rows that pass them.
 */
public final class InspectionListViewModel {
  private final ObservableList<InspectionSummary> all = FXCollections.observableArrayList();
  private final FilteredList<InspectionSummary> shown = new FilteredList<>(all, s -> true);
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<InspectionStatus> status = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
  private final StringProperty unit = new SimpleStringProperty();
  private final ObservableList<Integer> years = FXCollections.observableArrayList();
  private final ObservableList<String> units = FXCollections.observableArrayList();

  public InspectionListViewModel() {
    search.addListener((o, a, b) -> refilter());
    status.addListener((o, a, b) -> refilter());
    year.addListener((o, a, b) -> refilter());
    unit.addListener((o, a, b) -> refilter());
  }

  public void setRows(List<InspectionSummary> rows) {
    all.setAll(rows);
    years.setAll(
        rows.stream()
            .map(r -> r.startedAt().getYear())
            .distinct()
            .sorted(Comparator.reverseOrder())
            .toList());
    units.setAll(
        rows.stream()
            .map(InspectionSummary::unitName)
            .filter(u -> u != null && !u.isBlank())
            .distinct()
            .sorted(VietnameseCollation.textOrder())
            .toList());
    refilter();
  }

  private void refilter() {
    String query = search.get();
    shown.setPredicate(
        s ->
            SearchKey.matches(query, s.title() + " " + s.unitName())
                && (status.get() == null || s.status() == status.get())
                && (year.get() == null || s.startedAt().getYear() == year.get())
                && (unit.get() == null
                    || unit.get().isBlank()
                    || Objects.equals(unit.get(), s.unitName())));
  }

  public FilteredList<InspectionSummary> shown() {
    return shown;
  }

  public StringProperty search() {
    return search;
  }

  public ObjectProperty<InspectionStatus> status() {
    return status;
  }

  public ObjectProperty<Integer> year() {
    return year;
  }

  public StringProperty unit() {
    return unit;
  }

  public ObservableList<Integer> years() {
    return years;
  }

  public ObservableList<String> units() {
    return units;
  }
}
