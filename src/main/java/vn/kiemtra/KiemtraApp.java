package vn.kiemtra;

import javafx.application.Application;
import javafx.stage.Stage;

/** Composition root of the inspector's window. */
public final class KiemtraApp extends Application {
  public static void main(String[] args) {
    launch(KiemtraApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    stage.setTitle("Kiểm tra CCHC");
    stage.show();
  }
}
