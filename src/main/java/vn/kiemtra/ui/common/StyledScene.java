package vn.kiemtra.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;

/** A scene with the application's stylesheet, as every window of kiemtra shows its screens. */
public final class StyledScene {
  private static final String STYLESHEET = "/vn/kiemtra/ui/kiemtra.css";

  private StyledScene() {}

  /** Sized by its root (a window placed afterwards). */
  public static Scene of(Parent root) {
    return styled(new Scene(root));
  }

  public static Scene of(Parent root, double width, double height) {
    return styled(new Scene(root, width, height));
  }

  private static Scene styled(Scene scene) {
    scene.getStylesheets().add(StyledScene.class.getResource(STYLESHEET).toExternalForm());
    return scene;
  }
}
