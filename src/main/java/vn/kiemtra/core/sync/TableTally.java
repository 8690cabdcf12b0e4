package vn.kiemtra.core.sync;

/** Per table, what an import did with the package's rows. */
public record TableTally(String table, int added, int updated, int unchanged, int conflicts) {}
