package vn.kiemtra.core.sync;

/** One entry of a sync package (rows of a table, or an evidence file) with its size and hash. */
public record ManifestEntry(String name, long size, String sha256) {}
