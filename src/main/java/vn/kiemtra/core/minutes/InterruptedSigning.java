package vn.kiemtra.core.minutes;

import java.util.UUID;

/**
 * A signed record found without its lock (a signing that an older version stored in two
 * transactions, interrupted between them) and what was done with it.
 *
 * @param completed true when the lock was completed (the inspection was still exactly at the
 *     content the stored PDF was made from), false when the record was withdrawn (a tombstone) and
 *     the inspection can be signed again
 */
public record InterruptedSigning(UUID inspectionId, String verificationCode, boolean completed) {}
