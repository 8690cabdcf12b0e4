package vn.kiemtra.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window running on a database listens on a loopback port; a second launch on the same database
 * hands it its request (come forward, optionally with a sync package to import) instead of failing
 * on the database lock. The port and a random secret are in {@code <database>.instance} beside the
 * database, readable by its owner only; a request without the secret is dropped, so another local
 * user cannot make the window import anything.
 */
public final class InstanceChannel implements AutoCloseable {
  private static final int CONNECT_MILLIS = 1000;
  private static final int READ_MILLIS = 2000;
  private static final int MAX_LINE = 8192;
  static final String OK = "OK";

  private final Path file;
  private final String secret;
  private final ServerSocket server;
  private final Thread thread;

  private InstanceChannel(
      Path file, String secret, ServerSocket server, Consumer<Request> handler) {
    this.file = file;
    this.secret = secret;
    this.server = server;
    this.thread = new Thread(() -> serve(handler), "kiemtra-instance");
    thread.setDaemon(true);
    thread.start();
  }

  /** What a launch asks of the running window. */
  public record Request(Optional<Path> importFile) {
    String encode() {
      return importFile.map(p -> "IMPORT " + p.toAbsolutePath()).orElse("SHOW");
    }

    static Request decode(String line) {
      if (line.startsWith("IMPORT ")) {
        return new Request(Optional.of(Path.of(line.substring("IMPORT ".length()))));
      }
      return new Request(Optional.empty());
    }
  }

  /** The hand-off file of a database ({@code kiemtra.mv.db} → {@code kiemtra.instance}). */
  public static Path fileFor(Path database) {
    String name = database.getFileName().toString();
    String base = name.endsWith(".mv.db") ? name.substring(0, name.length() - 6) : name;
    return database.toAbsolutePath().resolveSibling(base + ".instance");
  }

  /**
   * Gives the request to the window running on this database; false when none answers (none runs,
   * or its hand-off file is stale or unreadable), and the caller starts the window itself.
   */
  public static boolean handOff(Path database, Request request) {
    Path file = fileFor(database);
    String[] parts;
    try {
      if (!Files.isRegularFile(file)) {
        return false;
      }
      parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ");
    } catch (IOException | RuntimeException e) {
      return false;
    }
    if (parts.length != 2) {
      return false;
    }
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0])),
          CONNECT_MILLIS);
      socket.setSoTimeout(READ_MILLIS);
      Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
      out.write(parts[1] + "\n" + request.encode() + "\n");
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      return OK.equals(in.readLine());
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Starts listening for later launches on this database; the handler runs on the channel's own
   * thread. Empty when the hand-off file cannot be written (the window then works as before,
   * without hand-off).
   */
  public static Optional<InstanceChannel> listen(Path database, Consumer<Request> handler) {
    Path file = fileFor(database);
    ServerSocket server = null;
    try {
      server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String secret = HexFormat.of().formatHex(random);
      writePrivately(file, server.getLocalPort() + " " + secret + "\n");
      return Optional.of(new InstanceChannel(file, secret, server, handler));
    } catch (IOException | RuntimeException e) {
      log().warn("no hand-off for later launches on {}", database, e);
      if (server != null) {
        try {
          server.close();
        } catch (IOException ignored) {
          // nothing listens either way
        }
      }
      return Optional.empty();
    }
  }

  /** Written to a fresh owner-only file, then moved over the old one. */
  private static void writePrivately(Path file, String content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.createFile(
          tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(tmp); // Windows: the data folder is in the user's own profile
    }
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private void serve(Consumer<Request> handler) {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        socket.setSoTimeout(READ_MILLIS);
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8), MAX_LINE);
        String token = readLine(in);
        String line = readLine(in);
        if (token == null
            || line == null
            || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
          log().warn("hand-off refused: wrong or missing secret");
          continue;
        }
        Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        out.write(OK + "\n");
        out.flush();
        handler.accept(Request.decode(line));
      } catch (SocketTimeoutException e) {
        log().warn("hand-off dropped: the caller said nothing");
      } catch (IOException | RuntimeException e) {
        if (!server.isClosed()) {
          log().warn("hand-off failed", e);
        }
      }
    }
  }

  /** A line of at most MAX_LINE characters, or null. */
  private static String readLine(BufferedReader in) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c; (c = in.read()) != -1; ) {
      if (c == '\n') {
        return sb.toString();
      }
      if (sb.length() >= MAX_LINE) {
        return null;
      }
      sb.append((char) c);
    }
    return null;
  }

  /** Not a constant: a launch that only hands off never starts the logging. */
  private static Logger log() {
    return LoggerFactory.getLogger(InstanceChannel.class);
  }

  /** Stops listening and removes the hand-off file (when it is still this window's). */
  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      log().warn("closing the hand-off port", e);
    }
    try {
      if (Files.isRegularFile(file) && Files.readString(file).trim().endsWith(" " + secret)) {
        Files.delete(file);
      }
    } catch (IOException e) {
      log().warn("cannot remove {}", file, e);
    }
  }
}
