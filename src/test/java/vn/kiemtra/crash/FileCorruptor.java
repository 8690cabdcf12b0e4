package vn.kiemtra.crash;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Random;

/** Damages a database file on purpose, the three ways a disk or a careless copy does. */
final class FileCorruptor {
  /** How the file is damaged. */
  enum Damage {
    /** 64 KiB of random bytes written over the middle of the file. */
    OVERWRITTEN_MIDDLE,
    /** The file cut to between a third and two thirds of its length. */
    TRUNCATED,
    /** A third of the file, from the start (both headers included), set to zero bytes. */
    ZEROED
  }

  private FileCorruptor() {}

  static void damage(Path file, Damage damage, Random random) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      long length = f.length();
      switch (damage) {
        case OVERWRITTEN_MIDDLE -> {
          byte[] noise = new byte[(int) Math.min(64 * 1024, length / 4)];
          random.nextBytes(noise);
          f.seek(length / 2 - noise.length / 2);
          f.write(noise);
        }
        case TRUNCATED -> f.setLength(length / 3 + (long) (random.nextDouble() * length / 3));
        case ZEROED -> {
          f.seek(0);
          f.write(new byte[(int) (length / 3)]);
        }
      }
    }
  }
}
