package vn.kiemtra.core.sync;

/** This installation's Ed25519 key pair, Base64 (public X.509, private PKCS#8). */
public record DeviceKeyPair(String publicKey, String privateKey) {
  @Override
  public String toString() {
    return "DeviceKeyPair[publicKey=" + publicKey + ", privateKey=…]";
  }
}
