package vn.kiemtra.ui.common;

/** Tab content that wants to know when its tab is selected (to catch up on changes it skipped). */
public interface ShownInTab {
  /** Called on the FX thread when the tab holding this content is selected. */
  void shown();
}
