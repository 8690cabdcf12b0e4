package vn.kiemtra.core.inspection;

import java.util.List;

/** The catalogue of inspected units (picked in the editor, created on first use). */
public interface UnitRepository {
  List<UnitRef> list();
}
