package vn.kiemtra.ui.main;

import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.kiemtra.ui.common.Texts;

/**
 * Loads and styles, one control kind per step, the controls the editor and the new-inspection
 * choice are made of, each alone in a small scene that no window shows: the class loading and the
 * first styling of each skin are spread over short steps instead of falling on the first editor
 * built (see {@link WindowWarmUp}).
 */
final class ControlWarmUp {
  private ControlWarmUp() {}

  /** One step per control kind, styled with {@code stylesheets}. */
  static List<Runnable> steps(List<String> stylesheets) {
    // Vietnamese text, as the screens show it (never shown here).
    String text = Texts.ui().get("app.title");
    List<Supplier<Node>> samples =
        List.of(
            StackPane::new,
            () -> {
              Label label = new Label(text);
              label.setWrapText(true);
              return new VBox(4, label, new FlowPane(4, 4, new Label(text), new Label(text)));
            },
            // The bold and italic faces the editor's titles and guidance use.
            () -> styled(new Label(text), "section-title"),
            () -> styled(new Label(text), "guidance"),
            () -> {
              Button button = new Button(text);
              button.setTooltip(new Tooltip(text));
              return button;
            },
            () -> new ToggleButton(text),
            () -> new CheckBox(text),
            () -> new TextField(text),
            () -> new TextArea(text),
            () -> new ComboBox<>(FXCollections.observableArrayList(text, text)),
            () -> {
              ComboBox<String> editable = new ComboBox<>(FXCollections.observableArrayList(text));
              editable.setEditable(true);
              return editable;
            },
            DatePicker::new,
            () -> new ListView<>(FXCollections.observableArrayList(text, text, text)),
            () -> new ScrollPane(new VBox(new Label(text))),
            () -> new SplitPane(new StackPane(), new StackPane()));
    return samples.stream()
        .<Runnable>map(sample -> () -> style(sample.get(), stylesheets))
        .toList();
  }

  private static Node styled(Node node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }

  private static void style(Node node, List<String> stylesheets) {
    StackPane root = new StackPane(node);
    Scene scene = new Scene(root, 400, 300);
    scene.getStylesheets().setAll(stylesheets);
    root.applyCss();
    root.layout();
  }
}
