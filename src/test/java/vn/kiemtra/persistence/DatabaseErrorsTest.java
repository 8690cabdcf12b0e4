package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.core.shared.DomainException;

/**
 * What the user reads when H2 fails: a full disk, a failing disk, a value too long for its column
 * and anything else each give one Vietnamese sentence saying nothing was changed, with no SQL, H2
 * or jOOQ English in it. The failures are H2's own: exception chains made by H2's converter, and
 * real statements on a real database file.
 */
class DatabaseErrorsTest {
  private static final String DISK_FULL =
      "Ổ đĩa chứa tệp dữ liệu đã đầy; dữ liệu chưa thay đổi, hãy giải phóng chỗ trống trên ổ đĩa"
          + " rồi thử lại.";
  private static final String WRITE_FAILED =
      "Không ghi được vào tệp dữ liệu (ổ đĩa bị lỗi hoặc bị rút ra); dữ liệu chưa thay đổi, hãy"
          + " kiểm tra ổ đĩa rồi thử lại.";

  @TempDir Path dir;

  /** A commit that fails as H2 fails on a full disk, wrapped as jOOQ wraps it. */
  private static DataAccessException failedCommit(String osMessage) {
    MVStoreException store =
        new MVStoreException(
            DataUtils.ERROR_WRITING_FAILED,
            "Writing to /home/doan/kiemtra/office.mv.db failed; length 4096 at 1052672"
                + " [2.5.252/2]");
    store.initCause(new IOException(osMessage));
    SQLException sql = DbException.convert(store).getSQLException();
    return new DataAccessException("Cannot commit transaction", sql);
  }

  @Test
  void aFullDiskSaysSoAndThatNothingChanged() {
    DataAccessException linux = failedCommit("No space left on device");
    assertThat(DatabaseErrors.translate(linux).getMessage()).isEqualTo(DISK_FULL);
    DataAccessException windows = failedCommit("There is not enough space on the disk");
    assertThat(DatabaseErrors.translate(windows).getMessage()).isEqualTo(DISK_FULL);
  }

  @Test
  void aFullDiskWhileOpeningSaysTheSame() {
    SQLException open =
        DbException.get(
                ErrorCode.IO_EXCEPTION_2,
                new IOException("No space left on device"),
                "/home/doan/kiemtra/office.mv.db",
                "No space left on device")
            .getSQLException();
    assertThat(DatabaseErrors.translateOpen(dir.resolve("office"), open).getMessage())
        .isEqualTo(DISK_FULL);
  }

  @Test
  void aDiskThatFailsOtherwiseOrAStoreClosedByItIsAWriteFailure() {
    assertThat(DatabaseErrors.translate(failedCommit("Input/output error")).getMessage())
        .isEqualTo(WRITE_FAILED);
    SQLException closed = DbException.get(ErrorCode.DATABASE_IS_CLOSED).getSQLException();
    assertThat(
            DatabaseErrors.translate(new DataAccessException("Cannot commit transaction", closed))
                .getMessage())
        .isEqualTo(WRITE_FAILED);
  }

  private DSLContext realDatabase(Connection c) throws SQLException {
    DSLContext ctx = DSL.using(c, SQLDialect.H2);
    ctx.execute("CREATE TABLE thu (ten VARCHAR(5) NOT NULL)");
    return ctx;
  }

  @Test
  void aValueTooLongForItsColumnNamesNeitherColumnNorSql() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:" + dir.resolve("thu"))) {
      DSLContext ctx = realDatabase(c);
      DataAccessException e =
          catchThrowableOfType(
              DataAccessException.class,
              () -> ctx.execute("INSERT INTO thu (ten) VALUES ('Nguyễn Văn A')"));
      assertThat(e.getMessage()).contains("Value too long");
      assertThat(DatabaseErrors.translate(e).getMessage())
          .isEqualTo(
              "Một giá trị dài hơn chỗ dành cho nó trong tệp dữ liệu; dữ liệu chưa thay đổi, hãy"
                  + " rút gọn nội dung vừa nhập.");
      assertThat(ctx.fetchCount(DSL.table("thu"))).isZero();
    }
  }

  @Test
  void anyOtherFailureGivesItsCodeButNoSql() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:" + dir.resolve("thu"))) {
      DSLContext ctx = realDatabase(c);
      DataAccessException e =
          catchThrowableOfType(
              DataAccessException.class, () -> ctx.fetch("SELECT khong_co FROM thu"));
      String message = DatabaseErrors.translate(e).getMessage();
      assertThat(message)
          .isEqualTo(
              "Lỗi cơ sở dữ liệu (mã "
                  + ErrorCode.COLUMN_NOT_FOUND_1
                  + "); dữ liệu chưa thay đổi, hãy báo lỗi này cho người quản trị.");
      assertThat(message)
          .doesNotContainIgnoringCase("select")
          .doesNotContainIgnoringCase("khong_co");
    }
  }

  @Test
  void aRuleBrokenInsideTheWorkIsShownAsItIs() {
    DomainException rule = new DomainException("Cuộc kiểm tra đã ký biên bản nên không sửa được.");
    DataAccessException wrapped =
        new DataAccessException("Rollback caused", new RuntimeException(rule));
    assertThat(DatabaseErrors.translate(wrapped)).isSameAs(rule);
  }
}
