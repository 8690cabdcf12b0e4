package vn.kiemtra.syncio;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import vn.kiemtra.core.sync.SyncPackageException;
import vn.kiemtra.core.sync.SyncRow;

/**
 * Reads and parses the verified rows of one table on a thread of its own, a few hundred rows ahead
 * of the merge that takes them (parsing JSON costs about as much as writing the rows, and a laptop
 * has a second core). Rows come out in file order; a malformed line comes out as its refusal after
 * the rows before it. At most {@link #AHEAD} batches of {@link #BATCH} rows wait, so the heap bound
 * of a streaming import does not change.
 */
final class RowReader implements AutoCloseable {
  static final int BATCH = 200;
  static final int AHEAD = 4;

  /** The refusal of a malformed line: its 1-based number in the table's rows and what is wrong. */
  interface Refusal {
    SyncPackageException of(long line, String detail);
  }

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
  private final Thread thread;
  private volatile boolean closed;
  private List<SyncRow> current = List.of();
  private int next;
  private boolean ended;

  /** What the reading thread hands over last: nothing more, or the failure that stopped it. */
  private record End(Throwable failure) {}

  RowReader(String table, Path rows, Refusal malformed) {
    thread = HelperThreads.start("kiemtra-package-rows", () -> read(table, rows, malformed));
  }

  /** The next row, or null after the last; throws the refusal of a malformed line in its place. */
  SyncRow next() {
    while (next >= current.size()) {
      if (ended) {
        return null;
      }
      Object taken = take();
      if (taken instanceof End end) {
        ended = true;
        current = List.of();
        next = 0;
        if (end.failure() instanceof RuntimeException e) {
          throw e;
        }
        if (end.failure() instanceof Error e) {
          throw e;
        }
        return null;
      }
      @SuppressWarnings("unchecked")
      List<SyncRow> batch = (List<SyncRow>) taken;
      current = batch;
      next = 0;
    }
    return current.get(next++);
  }

  private Object take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void read(String table, Path rows, Refusal malformed) {
    long line = 0;
    Throwable failure = null;
    List<SyncRow> batch = new ArrayList<>(BATCH);
    try (BufferedReader reader = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
      for (String text = reader.readLine(); text != null && !closed; text = reader.readLine()) {
        line++;
        try {
          batch.add(RowJson.read(table, JsonFields.parse(text)));
        } catch (JsonFields.Bad e) {
          failure = malformed.of(line, e.getMessage());
          break;
        }
        if (batch.size() == BATCH) {
          hand(batch);
          batch = new ArrayList<>(BATCH);
        }
      }
    } catch (IOException e) {
      failure = malformed.of(line + 1, e.toString());
    } catch (InterruptedException e) {
      return; // closed by the merge: nobody takes anything more
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    try {
      hand(batch); // the rows before a failure come first, as when read one by one
      put(new End(failure));
    } catch (InterruptedException e) {
      // closed by the merge
    }
  }

  private void hand(List<SyncRow> batch) throws InterruptedException {
    if (!batch.isEmpty()) {
      put(batch);
    }
  }

  private void put(Object item) throws InterruptedException {
    if (!closed) {
      queue.put(item);
    }
  }

  /** Stops the reading thread (the merge may stop early) and waits until it has. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    HelperThreads.join(thread);
  }
}
