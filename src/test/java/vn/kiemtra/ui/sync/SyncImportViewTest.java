package vn.kiemtra.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.sync.TableTally;

/**
 * The import screen, headless: a laptop's package imported at the office after the fingerprint was
 * confirmed in the real dialog, the reconciliation, a re-import, refused files and declining.
 */
@ExtendWith(ApplicationExtension.class)
class SyncImportViewTest {
  @TempDir static Path dir;

  SyncWorld world;
  AppContext office;
  AppContext laptop;
  Path laptopPackage;
  SyncImportView view;
  final List<Path> picked = new ArrayList<>();
  final java.util.concurrent.atomic.AtomicInteger conflictScreens =
      new java.util.concurrent.atomic.AtomicInteger();

  @Start
  void start(Stage stage) {
    world = new SyncWorld(dir);
    office = world.open("office", "Văn phòng Sở Nội vụ");
    laptop = world.open("laptop", "Máy kiểm tra Đoàn 2");
    SyncWorld.addInspection(laptop, UUID.randomUUID(), "Kiểm tra Sở Tư pháp năm 2024");
    laptopPackage = world.export(laptop, "doan-2.kiemtra", false, null);
    view = new SyncImportView(office.sync(), world.executor);
    view.setFilePicker((purpose, name) -> List.copyOf(picked));
    view.setOnShowConflicts(conflictScreens::incrementAndGet);
    SyncWorld.show(stage, view);
  }

  @AfterEach
  void close() {
    world.close();
  }

  void choose(FxRobot robot, Path... files) {
    picked.clear();
    picked.addAll(List.of(files));
    robot.clickOn("#syncImportChoose");
  }

  Label label(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class);
  }

  void waitForFinish(FxRobot robot) {
    SyncWorld.waitFor(() -> label(robot, "#syncImportStatus").getText().startsWith("Xong"));
  }

  @Test
  void confirmsTheFingerprintThenImportsAndShowsTheReconciliation(FxRobot robot) throws Exception {
    choose(robot, laptopPackage);
    SyncWorld.waitFor(() -> robot.lookup("#syncConfirmFingerprint").tryQuery().isPresent());
    String fingerprint = laptop.sync().thisDevice().fingerprint();
    assertThat(label(robot, "#syncConfirmFingerprint").getText()).isEqualTo(fingerprint);
    assertThat(label(robot, "#syncConfirmName").getText()).isEqualTo("Máy kiểm tra Đoàn 2");
    assertThat(label(robot, "#syncConfirmId").getText())
        .isEqualTo(laptop.sync().thisDevice().id().toString());
    assertThat(office.sync().devices()).isEmpty();

    robot.clickOn("#syncConfirmEnrol");
    waitForFinish(robot);

    @SuppressWarnings("unchecked")
    TableView<TableTally> table = robot.lookup("#syncImportTable").queryAs(TableView.class);
    assertThat(table.getItems())
        .anySatisfy(
            t -> {
              assertThat(t.table()).isEqualTo("inspection");
              assertThat(t.added()).isEqualTo(1);
            });
    assertThat(table.getItems()).anySatisfy(t -> assertThat(t.table()).isEqualTo("answer"));
    assertThat(table.getItems().get(table.getItems().size() - 1).table()).isNull();
    assertThat(table.getColumns().get(0).getCellData(0))
        .isEqualTo(office.sync().tableLabel(table.getItems().get(0).table()));
    assertThat(table.getColumns().get(0).getText()).isEqualTo("Bảng");
    assertThat(table.getColumns().get(1).getText()).isEqualTo("Mới");
    assertThat(label(robot, "#syncImportGaps").getText())
        .isEqualTo("Không thiếu gói nào của máy này.");
    assertThat(label(robot, "#syncImportFiles").getText()).startsWith("Tệp minh chứng: nhận");
    // Both databases seeded the default checklist on their own (published_at differs): the
    // reconciliation lists what the import could not merge, and "Xem xung đột" opens the screen.
    int conflicts = office.sync().conflicts(false).size();
    if (conflicts == 0) {
      assertThat(label(robot, "#syncImportConflicts").getText())
          .isEqualTo("Không có xung đột mới.");
    } else {
      assertThat(label(robot, "#syncImportConflicts").getText())
          .startsWith("Xung đột mới (" + conflicts + ")");
      robot.clickOn("#syncImportShowConflicts");
      assertThat(conflictScreens).hasValue(1);
    }
    assertThat(label(robot, "#syncImportStatus").getText())
        .isEqualTo("Xong: nhập được 1 gói, 0 gói không nhập.");
    assertThat(office.sync().devices())
        .singleElement()
        .satisfies(d -> assertThat(d.card().fingerprint()).isEqualTo(fingerprint));
    assertThat(office.inspections().list())
        .singleElement()
        .satisfies(s -> assertThat(s.title()).isEqualTo("Kiểm tra Sở Tư pháp năm 2024"));

    // print and save the reconciliation
    List<List<Node>> printed = new ArrayList<>();
    view.setPrinter(
        pages -> {
          printed.add(pages);
          return ReconciliationPrint.Outcome.PRINTED;
        });
    robot.clickOn("#syncImportPrint");
    assertThat(printed).singleElement().satisfies(pages -> assertThat(pages).isNotEmpty());
    String printedText =
        ((javafx.scene.layout.VBox) printed.get(0).get(0))
            .getChildren().stream()
                .map(n -> ((Text) n).getText())
                .reduce("", (a, b) -> a + b + "\n");
    assertThat(printedText).contains("ĐỐI CHIẾU DỮ LIỆU NHẬP").contains(fingerprint);
    assertThat(label(robot, "#syncImportReportStatus").getText())
        .isEqualTo("Đã gửi bảng đối chiếu tới máy in.");
    Path saved = dir.resolve(UUID.randomUUID() + ".txt");
    view.setFilePicker(
        (purpose, name) -> {
          assertThat(purpose).isEqualTo(SyncFiles.Purpose.SAVE_RECONCILIATION);
          assertThat(name).isEqualTo("doi-chieu-doan-2.txt");
          return List.of(saved);
        });
    robot.clickOn("#syncImportSave");
    SyncWorld.waitFor(() -> Files.exists(saved));
    SyncWorld.waitFor(() -> label(robot, "#syncImportReportStatus").getText().startsWith("Đã lưu"));
    assertThat(Files.readString(saved, StandardCharsets.UTF_8))
        .contains("ĐỐI CHIẾU DỮ LIỆU NHẬP")
        .contains("Máy gửi: Máy kiểm tra Đoàn 2")
        .contains("Cuộc kiểm tra");

    // the same package again changes nothing
    view.setFilePicker((purpose, name) -> List.copyOf(picked));
    choose(robot, laptopPackage);
    waitForFinish(robot);
    assertThat(label(robot, "#syncImportAlready").getText()).contains("đã được nhập trước đây");
    assertThat(office.sync().importedPackages()).hasSize(1);

    // refused files: each gets its Vietnamese message, the next one is still tried
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Path empty = world.file("rong.kiemtra", new byte[0]);
    Path random = world.file("ngau-nhien.kiemtra", noise);
    String before = state();
    choose(robot, empty, random);
    waitForFinish(robot);
    List<String> errors =
        robot.lookup("#syncImportError").queryAllAs(Label.class).stream()
            .map(Label::getText)
            .toList();
    assertThat(errors).hasSize(2);
    assertThat(errors)
        .allSatisfy(
            e -> {
              assertThat(e).isNotBlank().doesNotContainIgnoringCase("exception");
              assertThat(e).containsAnyOf("ệ", "ộ", "ư", "ơ", "đ", "ả", "ó", "á", "ô");
            });
    assertThat(label(robot, "#syncImportStatus").getText())
        .isEqualTo("Xong: nhập được 0 gói, 2 gói không nhập.");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void decliningTheFingerprintWritesNothing(FxRobot robot) {
    choose(robot, laptopPackage);
    SyncWorld.waitFor(() -> robot.lookup("#syncConfirmDecline").tryQuery().isPresent());
    robot.clickOn("#syncConfirmDecline");
    waitForFinish(robot);

    assertThat(label(robot, "#syncImportError").getText())
        .contains("Máy kiểm tra Đoàn 2")
        .contains("chưa được đăng ký");
    assertThat(office.sync().devices()).isEmpty();
    assertThat(office.inspections().list()).isEmpty();
    assertThat(office.sync().importedPackages()).isEmpty();
  }

  private String state() {
    return office.inspections().list().toString()
        + office.sync().importedPackages()
        + office.sync().conflicts(true)
        + office.sync().devices();
  }
}
