package vn.kiemtra.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;
import vn.kiemtra.core.shared.DomainException;

/** Turns H2 and Flyway failures into messages a Vietnamese user can act on. */
final class DatabaseErrors {
  private DatabaseErrors() {}

  static DomainException translateOpen(Path base, SQLException e) {
    String file = base + ".mv.db";
    return switch (e.getErrorCode()) {
      case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
          new DomainException(
              "Tệp dữ liệu "
                  + file
                  + " đang được một cửa sổ hoặc lệnh kiemtra khác sử dụng. Hãy đóng chương trình"
                  + " đó rồi thử lại.",
              e);
      case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 ->
          new DomainException(
              "Tệp dữ liệu "
                  + file
                  + " bị hỏng hoặc do phiên bản khác tạo ra; hãy khôi phục từ bản sao lưu.",
              e);
      case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
          new DomainException("Không mở được tệp dữ liệu " + file + ": sai mật khẩu.", e);
      default ->
          new DomainException("Không mở được tệp dữ liệu " + file + ": " + e.getMessage(), e);
    };
  }

  static DomainException translateMigration(Path base, FlywayException e) {
    return new DomainException(
        "Không nâng cấp được cấu trúc tệp dữ liệu "
            + base
            + ".mv.db (tệp có thể do phiên bản mới hơn của kiemtra tạo ra): "
            + e.getMessage(),
        e);
  }

  static RuntimeException translate(DataAccessException e) {
    if (e.getCause() instanceof DomainException d) {
      return d;
    }
    Throwable t = e;
    while (t != null) {
      if (t instanceof DomainException d) {
        return d;
      }
      t = t.getCause();
    }
    return new DomainException("Lỗi cơ sở dữ liệu: " + e.getMessage(), e);
  }
}
