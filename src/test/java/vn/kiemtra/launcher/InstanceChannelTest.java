package vn.kiemtra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second launch on the same database hands its request to the running window, and only it. */
class InstanceChannelTest {
  @TempDir Path dir;

  @Test
  void aLaunchOnTheSameDatabaseHandsOverItsPackage() throws Exception {
    Path db = dir.resolve("kiemtra.mv.db");
    List<InstanceChannel.Request> got = new CopyOnWriteArrayList<>();
    try (InstanceChannel channel = InstanceChannel.listen(db, got::add).orElseThrow()) {
      Path pkg = dir.resolve("laptop 3.kiemtra");
      assertThat(InstanceChannel.handOff(dir.resolve("kiemtra"), request(pkg))).isTrue();
      assertThat(InstanceChannel.handOff(db, new InstanceChannel.Request(Optional.empty())))
          .isTrue();
      awaitSize(got, 2);
      assertThat(got.get(0).importFile()).contains(pkg.toAbsolutePath());
      assertThat(got.get(1).importFile()).isEmpty();
    }
    assertThat(InstanceChannel.fileFor(db)).doesNotExist();
  }

  @Test
  void noWindowMeansNoHandOff() throws Exception {
    Path db = dir.resolve("kiemtra.mv.db");
    assertThat(InstanceChannel.handOff(db, request(dir.resolve("a.kiemtra")))).isFalse();
    // A file left by a window that was killed: nothing listens on its port any more.
    try (InstanceChannel channel = InstanceChannel.listen(db, r -> {}).orElseThrow()) {
      Files.copy(InstanceChannel.fileFor(db), dir.resolve("stale"));
    }
    Files.copy(dir.resolve("stale"), InstanceChannel.fileFor(db));
    assertThat(InstanceChannel.handOff(db, request(dir.resolve("a.kiemtra")))).isFalse();
  }

  @Test
  void aCallerWithoutTheSecretIsIgnored() throws Exception {
    Path db = dir.resolve("kiemtra.mv.db");
    List<InstanceChannel.Request> got = new CopyOnWriteArrayList<>();
    try (InstanceChannel channel = InstanceChannel.listen(db, got::add).orElseThrow()) {
      String[] parts = Files.readString(InstanceChannel.fileFor(db)).trim().split(" ");
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0]))) {
        OutputStream out = s.getOutputStream();
        out.write(
            ("0".repeat(64) + "\nIMPORT /tmp/evil.kiemtra\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(s.getInputStream().read()).isEqualTo(-1);
      }
      // Another database's window does not answer for this one.
      assertThat(InstanceChannel.handOff(dir.resolve("other.mv.db"), request(db))).isFalse();
      TimeUnit.MILLISECONDS.sleep(200);
      assertThat(got).isEmpty();
    }
  }

  @Test
  void theSecretIsReadableByItsOwnerOnly() throws Exception {
    Path db = dir.resolve("kiemtra.mv.db");
    try (InstanceChannel channel = InstanceChannel.listen(db, r -> {}).orElseThrow()) {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(InstanceChannel.fileFor(db));
      assertThat(perms)
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
  }

  private static InstanceChannel.Request request(Path pkg) {
    return new InstanceChannel.Request(Optional.of(pkg));
  }

  private static void awaitSize(List<?> list, int size) throws InterruptedException {
    for (int i = 0; i < 100 && list.size() < size; i++) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }
}
