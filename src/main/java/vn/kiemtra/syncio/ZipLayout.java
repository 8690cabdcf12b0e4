package vn.kiemtra.syncio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks that a zip is laid out exactly as {@link ZipPackageWriter} writes it (deflated entries
 * with data descriptors, one after another, then the central directory and its end record, no
 * comments, attributes or foreign extra fields). {@link java.util.zip.ZipFile} reads only the
 * central directory; this check makes every local header, data descriptor and end record byte count
 * too, so a changed byte anywhere in the file is noticed. The entries' content is checked
 * separately by CRC, size and SHA-256.
 */
final class ZipLayout {
  private static final int LOC = 0x04034b50;
  private static final int CEN = 0x02014b50;
  private static final int EXT = 0x08074b50;
  private static final int END = 0x06054b50;
  private static final int END64 = 0x06064b50;
  private static final int LOCATOR64 = 0x07064b50;
  private static final long MAGIC = 0xFFFFFFFFL;
  private static final int DEFLATED = 8;

  /** Sizes in a data descriptor (8) and names in UTF-8 (0x800): what ZipOutputStream sets. */
  private static final int FLAGS = 0x0808;

  private static final int MAX_DIRECTORY = 512 * 1024 * 1024;

  /** The layout differs from what the writer makes. */
  static final class Broken extends Exception {
    Broken(String what) {
      super(what, null, false, false);
    }
  }

  private final FileChannel channel;
  private final long size;

  /** Where the next local header must begin: entries follow each other without gaps. */
  private long next;

  private ZipLayout(FileChannel channel) throws IOException {
    this.channel = channel;
    this.size = channel.size();
  }

  static void check(Path file) throws IOException, Broken {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      new ZipLayout(channel).check();
    }
  }

  private void check() throws IOException, Broken {
    require(size >= 22, "end record");
    ByteBuffer end = read(size - 22, 22);
    require(end.getInt(0) == END && end.getInt(4) == 0 && end.getShort(20) == 0, "end record");
    int count16 = u16(end, 8);
    require(u16(end, 10) == count16, "end record");
    long dirSize = u32(end, 12);
    long dirOffset = u32(end, 16);
    long dirEnd = size - 22;
    long count = count16;
    if (count16 == 0xFFFF || dirSize == MAGIC || dirOffset == MAGIC) {
      require(size >= 22 + 20 + 56, "zip64 end record");
      ByteBuffer locator = read(size - 42, 20);
      dirEnd = size - 42 - 56;
      require(
          locator.getInt(0) == LOCATOR64
              && locator.getInt(4) == 0
              && locator.getLong(8) == dirEnd
              && locator.getInt(16) == 1,
          "zip64 locator");
      ByteBuffer end64 = read(dirEnd, 56);
      require(
          end64.getInt(0) == END64
              && end64.getLong(4) == 44
              && end64.getShort(12) == 45
              && end64.getShort(14) == 45
              && end64.getLong(16) == 0
              && end64.getLong(24) == end64.getLong(32),
          "zip64 end record");
      count = end64.getLong(24);
      require(count16 == Math.min(count, 0xFFFF), "end record");
      require(dirSize == Math.min(end64.getLong(40), MAGIC), "end record");
      require(dirOffset == Math.min(end64.getLong(48), MAGIC), "end record");
      dirSize = end64.getLong(40);
      dirOffset = end64.getLong(48);
    }
    require(
        dirOffset >= 0 && dirSize <= MAX_DIRECTORY && dirOffset + dirSize == dirEnd, "directory");
    ByteBuffer dir = read(dirOffset, (int) dirSize);
    int at = 0;
    long entries = 0;
    while (at < dirSize) {
      at = entry(dir, at);
      entries++;
    }
    require(entries == count && next == dirOffset, "directory");
  }

  /** Checks one central directory entry against its local header and data descriptor. */
  private int entry(ByteBuffer dir, int at) throws IOException, Broken {
    require(at + 46 <= dir.limit() && dir.getInt(at) == CEN, "directory entry");
    int madeBy = u16(dir, at + 4);
    int needed = u16(dir, at + 6);
    int time = dir.getInt(at + 12);
    long crc = u32(dir, at + 16);
    long csize = u32(dir, at + 20);
    long usize = u32(dir, at + 24);
    int nameLength = u16(dir, at + 28);
    int extraLength = u16(dir, at + 30);
    long offset = u32(dir, at + 42);
    require(
        u16(dir, at + 8) == FLAGS
            && u16(dir, at + 10) == DEFLATED
            && u16(dir, at + 32) == 0
            && u16(dir, at + 34) == 0
            && u16(dir, at + 36) == 0
            && dir.getInt(at + 38) == 0
            && at + 46 + nameLength + extraLength <= dir.limit(),
        "directory entry");
    int extra = at + 46 + nameLength;
    int zip64 = (usize == MAGIC ? 8 : 0) + (csize == MAGIC ? 8 : 0) + (offset == MAGIC ? 8 : 0);
    if (zip64 > 0) {
      require(
          extraLength == zip64 + 4 && u16(dir, extra) == 1 && u16(dir, extra + 2) == zip64,
          "zip64 extra");
      int v = extra + 4;
      if (usize == MAGIC) {
        usize = large(dir, v);
        v += 8;
      }
      if (csize == MAGIC) {
        csize = large(dir, v);
        v += 8;
      }
      if (offset == MAGIC) {
        offset = large(dir, v);
      }
      require(madeBy == 45 && needed == 45, "version");
    } else {
      require(extraLength == 0 && madeBy == 20 && needed == 20, "version");
    }
    require(offset == next, "entry offset");
    ByteBuffer loc = read(offset, 30 + nameLength);
    require(
        loc.getInt(0) == LOC
            && u16(loc, 4) == 20
            && u16(loc, 6) == FLAGS
            && u16(loc, 8) == DEFLATED
            && loc.getInt(10) == time
            && loc.getInt(14) == 0
            && loc.getInt(18) == 0
            && loc.getInt(22) == 0
            && u16(loc, 26) == nameLength
            && u16(loc, 28) == 0,
        "local header");
    for (int i = 0; i < nameLength; i++) {
      require(loc.get(30 + i) == dir.get(at + 46 + i), "local header name");
    }
    long descriptor = offset + 30 + nameLength + csize;
    boolean large = csize >= MAGIC || usize >= MAGIC;
    ByteBuffer ext = read(descriptor, large ? 24 : 16);
    require(ext.getInt(0) == EXT && u32(ext, 4) == crc, "data descriptor");
    if (large) {
      require(ext.getLong(8) == csize && ext.getLong(16) == usize, "data descriptor");
    } else {
      require(u32(ext, 8) == csize && u32(ext, 12) == usize, "data descriptor");
    }
    next = descriptor + (large ? 24 : 16);
    return at + 46 + nameLength + extraLength;
  }

  private ByteBuffer read(long position, int length) throws IOException, Broken {
    require(position >= 0 && length >= 0 && position + length <= size, "length");
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new Broken("length");
      }
    }
    return buffer.flip();
  }

  /** A zip64 value: the writer uses one only for a value that does not fit 32 bits. */
  private static long large(ByteBuffer b, int at) throws Broken {
    long value = b.getLong(at);
    require(value >= MAGIC, "zip64 extra");
    return value;
  }

  private static int u16(ByteBuffer b, int at) {
    return Short.toUnsignedInt(b.getShort(at));
  }

  private static long u32(ByteBuffer b, int at) {
    return Integer.toUnsignedLong(b.getInt(at));
  }

  private static void require(boolean ok, String what) throws Broken {
    if (!ok) {
      throw new Broken(what);
    }
  }
}
