package vn.kiemtra.syncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.SyncPackageException;

/**
 * A correctly signed package from an enrolled device that carries rows of a table sync does not
 * carry (device keys, settings) is refused whole, and nothing of it is written.
 */
class UnsyncedTableRefusalTest {
  @TempDir Path dir;
  @TempDir Path staging;

  @Test
  void rowsOfATableThatIsNotSyncedAreRefused() throws Exception {
    Messages.useLocale(Messages.VIETNAMESE);
    SyncFixture fx = new SyncFixture(staging);
    fx.rows.add(
        SyncFixture.row(
            "sync_device",
            UUID.fromString("44444444-5555-4666-8777-888888888888"),
            SyncFixture.values("name", "Máy giả mạo", "public_key", "AAAA")));
    Path pkg = dir.resolve("gia-mao.kiemtra");
    fx.write(pkg);

    try (AppContext office = AppContext.open(dir.resolve("office"))) {
      office.sync().enrol(fx.card);
      int devicesBefore = office.sync().devices().size();

      assertThatThrownBy(() -> office.sync().importPackage(pkg, Progress.NONE))
          .isInstanceOf(SyncPackageException.class)
          .hasMessage(
              "Gói đồng bộ gia-mao.kiemtra có dữ liệu của bảng «sync_device», bảng không được"
                  + " đồng bộ; kiemtra không nhập gói này và dữ liệu giữ nguyên. Hãy xuất lại gói"
                  + " bằng kiemtra trên máy gửi.");

      assertThat(office.sync().importedPackages()).isEmpty();
      assertThat(office.inspections().list()).isEmpty();
      assertThat(office.sync().devices()).hasSize(devicesBefore);
    }
  }
}
