package vn.kiemtra.ui.main;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.editor.EditorShortcuts;
import vn.kiemtra.ui.editor.EditorView;

/**
 * The "Cuộc kiểm tra" menu: the open inspection's actions with their keys, acting on the editor of
 * the selected tab (greyed out while the list is shown).
 */
final class EditorMenu {
  private EditorMenu() {}

  static Menu build(Supplier<Optional<EditorView>> selected) {
    Messages w = Messages.of("window");
    Menu menu = new Menu(w.get("menu.inspection"));
    menu.setId("menu-inspection");
    menu.getItems()
        .addAll(
            item(
                w,
                "nextUnanswered",
                EditorShortcuts.NEXT_UNANSWERED,
                selected,
                EditorView::nextUnanswered),
            item(
                w,
                "attachEvidence",
                EditorShortcuts.ATTACH_EVIDENCE,
                selected,
                EditorView::attachEvidence),
            new SeparatorMenuItem(),
            item(w, "addBasis", EditorShortcuts.ADD_BASIS, selected, EditorView::addBasis),
            item(w, "addMember", EditorShortcuts.ADD_MEMBER, selected, EditorView::addTeamMember),
            item(
                w,
                "addParticipant",
                EditorShortcuts.ADD_PARTICIPANT,
                selected,
                EditorView::addUnitParticipant),
            item(
                w,
                "addRecommendation",
                EditorShortcuts.ADD_RECOMMENDATION,
                selected,
                EditorView::addRecommendation),
            item(
                w,
                "draftFindings",
                EditorShortcuts.DRAFT_FINDINGS,
                selected,
                EditorView::draftFindings),
            new SeparatorMenuItem(),
            item(w, "markReady", EditorShortcuts.MARK_READY, selected, EditorView::markReady));
    return menu;
  }

  private static MenuItem item(
      Messages w,
      String key,
      KeyCombination accelerator,
      Supplier<Optional<EditorView>> selected,
      Consumer<EditorView> action) {
    MenuItem item = new MenuItem(w.get("menu.inspection." + key));
    item.setId("menu-inspection-" + key);
    item.setAccelerator(accelerator);
    item.setOnAction(e -> selected.get().ifPresent(action));
    return item;
  }
}
