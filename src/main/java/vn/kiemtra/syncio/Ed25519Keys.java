package vn.kiemtra.syncio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import vn.kiemtra.core.sync.DeviceKeyPair;

/** Ed25519 key pairs, fingerprints, signatures and their verification (JDK only). */
final class Ed25519Keys {
  private static final String ALGORITHM = "Ed25519";

  private Ed25519Keys() {}

  static DeviceKeyPair newKeyPair() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
      Base64.Encoder b64 = Base64.getEncoder();
      return new DeviceKeyPair(
          b64.encodeToString(pair.getPublic().getEncoded()),
          b64.encodeToString(pair.getPrivate().getEncoded()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
    }
  }

  /** SHA-256 of the decoded key, first 16 bytes as 8 groups of 4 upper-case hex digits. */
  static String fingerprint(String publicKey) {
    byte[] digest = sha256().digest(decode(publicKey));
    String hex = HexFormat.of().withUpperCase().formatHex(digest, 0, 16);
    StringBuilder out = new StringBuilder(39);
    for (int i = 0; i < hex.length(); i += 4) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(hex, i, i + 4);
    }
    return out.toString();
  }

  /** True when the text is a Base64 X.509 Ed25519 public key. */
  static boolean isPublicKey(String publicKey) {
    try {
      publicKey(publicKey);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static String sign(byte[] data, DeviceKeyPair key) {
    try {
      KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
      Signature signer = Signature.getInstance(ALGORITHM);
      signer.initSign(factory.generatePrivate(new PKCS8EncodedKeySpec(decode(key.privateKey()))));
      signer.update(data);
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(PackageRefusals.text("key.badKey"), e);
    }
  }

  /**
   * Whether {@code signature} (Base64 exactly as {@link #sign} writes it, so no other spelling of
   * the same bytes passes) signs {@code data}.
   */
  static boolean verify(byte[] data, byte[] signature, String publicKey) {
    try {
      String text = new String(signature, StandardCharsets.US_ASCII);
      byte[] sig = Base64.getDecoder().decode(text);
      if (sig.length != 64 || !Base64.getEncoder().encodeToString(sig).equals(text)) {
        return false;
      }
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(publicKey(publicKey));
      verifier.update(data);
      return verifier.verify(sig);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  static PublicKey publicKey(String publicKey) {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePublic(new X509EncodedKeySpec(decode(publicKey)));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException(PackageRefusals.text("key.badKey"), e);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static byte[] decode(String base64) {
    if (base64 == null) {
      throw new IllegalArgumentException(PackageRefusals.text("key.badKey"));
    }
    return Base64.getDecoder().decode(base64.strip());
  }
}
