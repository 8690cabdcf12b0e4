package vn.kiemtra.core.backup;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * An append-only file of the changes saved since the newest backup, each forced to disk (fsync)
 * before the save is reported, so a database file lost to a crash can be rebuilt from a backup plus
 * this journal. Each record carries a CRC-32: a record torn by a crash (never reported as saved) is
 * recognised and dropped. Cut back when a newer backup holds its entries.
 *
 * <p>The file starts with a header: magic {@code KTJOURN1} and the sequence number the entries
 * follow (8 + 8 bytes), so numbers keep growing when the journal is cut back to nothing. Record
 * layout: magic (4 bytes), length of the rest (4), header length (4), header (URL-encoded {@code
 * key=value&…}, UTF-8), body, CRC-32 of header length, header and body (8).
 */
public final class EditJournal implements AutoCloseable {
  private static final int MAGIC = 0x6b744a31; // "ktJ1"
  private static final int MAX_RECORD = 512 * 1024 * 1024;
  private static final long FILE_MAGIC = 0x4b544a4f55524e31L; // "KTJOURN1"
  private static final int FILE_HEADER = 16;

  private final Path file;
  private FileChannel channel;
  private long lastSequence;
  private long droppedBytes;

  private EditJournal(Path file) {
    this.file = file;
  }

  /**
   * Opens (or creates) the journal. Bytes after the last whole record (a record torn by a crash)
   * are copied to {@code <file>.torn} and cut off, so new records follow whole ones.
   */
  public static EditJournal open(Path file) {
    EditJournal journal = new EditJournal(file);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Scan scan = scan(file, Long.MAX_VALUE);
      journal.lastSequence = scan.last;
      if (scan.validBytes == 0) {
        if (Files.exists(file) && Files.size(file) > 0) {
          journal.droppedBytes = Files.size(file);
          Files.copy(
              file,
              file.resolveSibling(file.getFileName() + ".torn"),
              StandardCopyOption.REPLACE_EXISTING);
        }
        writeFresh(file, scan.base, List.of());
      }
      journal.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      long size = journal.channel.size();
      if (scan.validBytes > 0 && scan.validBytes < size) {
        journal.droppedBytes = size - scan.validBytes;
        Files.copy(
            file,
            file.resolveSibling(file.getFileName() + ".torn"),
            StandardCopyOption.REPLACE_EXISTING);
        journal.channel.truncate(scan.validBytes);
        journal.channel.force(true);
      }
      journal.channel.position(journal.channel.size());
      return journal;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path file() {
    return file;
  }

  public synchronized long lastSequence() {
    return lastSequence;
  }

  /** Bytes of a torn last record dropped when the journal was opened (0 after a clean close). */
  public long droppedBytes() {
    return droppedBytes;
  }

  /** Appends one change and forces it to disk; returns its sequence number. */
  public synchronized long append(
      JournalEntry.Kind kind, UUID subject, Map<String, String> header, byte[] body) {
    long sequence = lastSequence + 1;
    Map<String, String> full = new TreeMap<>(header);
    full.put("seq", Long.toString(sequence));
    full.put("at", Long.toString(System.currentTimeMillis()));
    full.put("kind", kind.name());
    full.put("subject", subject.toString());
    byte[] record = encode(full, body);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(record);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lastSequence = sequence;
    return sequence;
  }

  /** The entries after the given sequence number, oldest first. */
  public synchronized List<JournalEntry> entriesAfter(long sequence) {
    try {
      return List.copyOf(scan(file, sequence).entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops the entries up to and including {@code sequence}: a verified backup holds them. */
  public synchronized void cutUpTo(long sequence) {
    try {
      List<JournalEntry> keep = entriesAfter(sequence);
      channel.close();
      writeFresh(file, Math.min(Math.max(sequence, 0), lastSequence), keep);
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      channel.position(channel.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes the next entry's number greater than {@code sequence}: a journal lost or replaced must
   * not reuse numbers that backups already claim to hold.
   */
  public synchronized void advanceTo(long sequence) {
    if (sequence <= lastSequence) {
      return;
    }
    List<JournalEntry> keep = entriesAfter(sequence);
    try {
      channel.close();
      writeFresh(file, sequence, keep);
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      channel.position(channel.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lastSequence = sequence;
  }

  /** Writes a whole journal through a temporary file and moves it into place. */
  private static void writeFresh(Path file, long base, List<JournalEntry> entries)
      throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel out =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer header = ByteBuffer.allocate(FILE_HEADER).putLong(FILE_MAGIC).putLong(base);
      header.flip();
      while (header.hasRemaining()) {
        out.write(header);
      }
      for (JournalEntry e : entries) {
        Map<String, String> fields = new TreeMap<>(e.header());
        fields.put("seq", Long.toString(e.sequence()));
        fields.put("at", Long.toString(e.epochMillis()));
        fields.put("kind", e.kind().name());
        fields.put("subject", e.subject().toString());
        ByteBuffer buffer = ByteBuffer.wrap(encode(fields, e.body()));
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      }
      out.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Size of the journal on disk. */
  public synchronized long sizeBytes() {
    try {
      return channel.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] encode(Map<String, String> header, byte[] body) {
    StringBuilder text = new StringBuilder();
    header.forEach(
        (k, v) -> {
          if (text.length() > 0) {
            text.append('&');
          }
          text.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    byte[] headerBytes = text.toString().getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    ByteBuffer lengthField = ByteBuffer.allocate(4).putInt(0, headerBytes.length);
    crc.update(lengthField.array());
    crc.update(headerBytes);
    crc.update(body);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(headerBytes.length + body.length + 20);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(4 + headerBytes.length + body.length + 8);
      out.writeInt(headerBytes.length);
      out.write(headerBytes);
      out.write(body);
      out.writeLong(crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * @param entries the whole records after the sequence number asked for
   * @param validBytes bytes of the file that hold a good header and whole records; 0 when even the
   *     header is not readable
   * @param last the sequence number of the last whole record (the base when there is none)
   */
  private record Scan(List<JournalEntry> entries, long validBytes, long base, long last) {}

  /**
   * Reads the journal record by record, keeping only the entries after {@code keepAfter}: a journal
   * holding hundreds of megabytes of photos is never in memory at once (it was, and a backup's cut
   * ran out of heap).
   */
  private static Scan scan(Path file, long keepAfter) throws IOException {
    List<JournalEntry> entries = new ArrayList<>();
    if (!Files.exists(file)) {
      return new Scan(entries, 0, 0, 0);
    }
    long size = Files.size(file);
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (size < FILE_HEADER || in.readLong() != FILE_MAGIC) {
        return new Scan(entries, 0, 0, 0);
      }
      long base = in.readLong();
      long valid = FILE_HEADER;
      long last = base;
      while (size - valid >= 8) {
        if (in.readInt() != MAGIC) {
          break;
        }
        int length = in.readInt();
        if (length < 12 || length > MAX_RECORD || length > size - valid - 8) {
          break;
        }
        int headerLength = in.readInt();
        if (headerLength < 0 || headerLength > length - 12) {
          break;
        }
        byte[] header = in.readNBytes(headerLength);
        byte[] body = in.readNBytes(length - 12 - headerLength);
        long storedCrc = in.readLong();
        CRC32 crc = new CRC32();
        crc.update(ByteBuffer.allocate(4).putInt(0, headerLength).array());
        crc.update(header);
        crc.update(body);
        if (crc.getValue() != storedCrc) {
          break;
        }
        JournalEntry entry = decode(header, body);
        if (entry == null) {
          break;
        }
        last = entry.sequence();
        if (last > keepAfter) {
          entries.add(entry);
        }
        valid += 8 + length;
      }
      return new Scan(entries, valid, base, last);
    }
  }

  private static JournalEntry decode(byte[] headerBytes, byte[] body) {
    Map<String, String> header = new LinkedHashMap<>();
    String text = new String(headerBytes, StandardCharsets.UTF_8);
    if (!text.isEmpty()) {
      for (String pair : text.split("&")) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
          return null;
        }
        header.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    try {
      long sequence = Long.parseLong(header.remove("seq"));
      long at = Long.parseLong(header.remove("at"));
      JournalEntry.Kind kind = JournalEntry.Kind.valueOf(header.remove("kind"));
      UUID subject = UUID.fromString(header.remove("subject"));
      return new JournalEntry(sequence, at, kind, subject, header, body);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
