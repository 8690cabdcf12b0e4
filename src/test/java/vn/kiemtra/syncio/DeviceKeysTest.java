package vn.kiemtra.syncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.DeviceKeyPair;
import vn.kiemtra.core.sync.SyncPackageException;

class DeviceKeysTest {
  @TempDir Path dir;
  final ZipSyncPackages packages = new ZipSyncPackages();

  @BeforeEach
  void vietnamese() {
    Messages.useLocale(Messages.VIETNAMESE);
  }

  @Test
  void aNewKeyPairIsEd25519InStandardEncodings() throws Exception {
    DeviceKeyPair pair = packages.newKeyPair();

    assertThat(Ed25519Keys.publicKey(pair.publicKey()).getAlgorithm()).isIn("EdDSA", "Ed25519");
    assertThat(Base64.getDecoder().decode(pair.publicKey())).hasSize(44);
    assertThat(pair.toString()).doesNotContain(pair.privateKey());
    byte[] data = "biên bản".getBytes(StandardCharsets.UTF_8);
    String sig = Ed25519Keys.sign(data, pair);
    assertThat(Ed25519Keys.verify(data, sig.getBytes(StandardCharsets.US_ASCII), pair.publicKey()))
        .isTrue();
    assertThat(
            Ed25519Keys.verify(
                data, sig.getBytes(StandardCharsets.US_ASCII), packages.newKeyPair().publicKey()))
        .isFalse();
  }

  @Test
  void theFingerprintIsTheStartOfTheKeysSha256InGroupsOfFour() throws Exception {
    String key = packages.newKeyPair().publicKey();
    byte[] sha = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(key));
    String hex = HexFormat.of().withUpperCase().formatHex(sha).substring(0, 32);

    String fingerprint = packages.fingerprint(key);

    assertThat(fingerprint).matches("([0-9A-F]{4} ){7}[0-9A-F]{4}");
    assertThat(fingerprint.replace(" ", "")).isEqualTo(hex);
  }

  @Test
  void aKeyFileRoundTripsAndItsFingerprintIsRecomputed() throws IOException {
    String key = packages.newKeyPair().publicKey();
    DeviceCard card =
        new DeviceCard(
            UUID.randomUUID(),
            "Máy xách tay Đoàn 2",
            key,
            "0000 0000 0000 0000 0000 0000 0000 0000");
    Path file = dir.resolve("may-2.key.json");

    packages.writeKeyFile(card, file);

    String json = Files.readString(file);
    assertThat(json)
        .contains("\"format\" : \"kiemtra-device-key\"")
        .contains(packages.fingerprint(key));
    assertThat(packages.readKeyFile(file))
        .isEqualTo(new DeviceCard(card.id(), card.name(), key, packages.fingerprint(key)));
  }

  @Test
  void aForgedFingerprintInAKeyFileIsIgnored() throws IOException {
    String key = packages.newKeyPair().publicKey();
    Path file = dir.resolve("k.json");
    Files.writeString(
        file,
        "{\"format\":\"kiemtra-device-key\",\"deviceId\":\""
            + UUID.randomUUID()
            + "\",\"name\":\"Máy\",\"publicKey\":\""
            + key
            + "\",\"fingerprint\":\"AAAA\"}");

    assertThat(packages.readKeyFile(file).fingerprint()).isEqualTo(packages.fingerprint(key));
  }

  @Test
  void keyFilesThatAreNotValidAreRefusedInVietnamese() throws IOException {
    String key = packages.newKeyPair().publicKey();
    String id = UUID.randomUUID().toString();
    assertRefused("a.json", "không phải JSON", "Tệp khóa thiết bị “a.json” không hợp lệ");
    assertRefused(
        "b.json", "{\"format\":\"kiemtra-sync\"}", "không phải tệp khóa thiết bị kiemtra");
    assertRefused(
        "c.json",
        "{\"format\":\"kiemtra-device-key\",\"deviceId\":\"" + id + "\",\"name\":\"M\"}",
        "thiếu trường “publicKey”");
    assertRefused(
        "d.json",
        "{\"format\":\"kiemtra-device-key\",\"deviceId\":\"x\",\"name\":\"M\",\"publicKey\":\""
            + key
            + "\"}",
        "trường “deviceId” có giá trị không hợp lệ");
    assertRefused(
        "e.json",
        "{\"format\":\"kiemtra-device-key\",\"deviceId\":\""
            + id
            + "\",\"name\":\"M\",\"publicKey\":\"QUJD\"}",
        "không phải khóa Ed25519");
    assertRefused("f.json", "", "trống (0 byte)");
    assertThatThrownBy(() -> packages.readKeyFile(dir.resolve("nowhere.json")))
        .isInstanceOf(SyncPackageException.class)
        .hasMessageContaining("Không tìm thấy tệp “nowhere.json”");
  }

  @Test
  void aFingerprintOfSomethingThatIsNotAKeyIsRefused() {
    assertThatThrownBy(() -> packages.fingerprint("không phải base64"))
        .isInstanceOf(SyncPackageException.class)
        .hasMessageContaining("Khóa không hợp lệ");
  }

  private void assertRefused(String name, String content, String message) throws IOException {
    Path file = Files.writeString(dir.resolve(name), content);
    assertThatThrownBy(() -> packages.readKeyFile(file))
        .isInstanceOf(SyncPackageException.class)
        .hasMessageContaining(message);
  }
}
