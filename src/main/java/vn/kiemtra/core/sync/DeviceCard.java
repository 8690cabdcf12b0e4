package vn.kiemtra.core.sync;

import java.util.UUID;

/**
 * A device's public identity: id, name, Ed25519 public key (X.509, Base64) and its fingerprint
 * (SHA-256 of the key, shown in groups so a person can compare it by eye).
 */
public record DeviceCard(UUID id, String name, String publicKey, String fingerprint) {}
