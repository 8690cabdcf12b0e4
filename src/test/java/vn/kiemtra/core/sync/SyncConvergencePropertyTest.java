package vn.kiemtra.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random edit sequences on two laptops and the office, their packages imported at the office in
 * every order: every order ends with the same data, a re-import changes nothing, and every edit
 * that no later edit replaced is either shown or kept in a conflict. Edits are saved as the
 * application saves them, so each export goes through the stamp pass (several edits of a row become
 * one write; an edit undone before the export becomes none). Everything random, device ids
 * included, comes from the repetition's seed, which every failure names.
 */
class SyncConvergencePropertyTest {
  private static final List<String> FIELDS = List.of("result", "note", "count_value");
  private static final int ROWS = 4;
  private static final AtomicInteger stamps = new AtomicInteger();
  private static final AtomicInteger multiFieldStamps = new AtomicInteger();

  @RepeatedTest(300)
  void everyImportOrderConvergesAndLosesNoEdit(RepetitionInfo info) {
    long seed = 7919L * info.getCurrentRepetition();
    Random random = new Random(seed);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      ids.add(UUID.nameUUIDFromBytes(("row" + i).getBytes()));
    }
    ReplicaModel office = seeded(ids, device(random));
    // Half of the runs: the second office loaded the same data itself instead of copying it.
    boolean independentSecondOffice = random.nextBoolean();
    ReplicaModel laptopA = new ReplicaModel(device(random));
    ReplicaModel laptopB = new ReplicaModel(device(random));
    for (int round = 0; round < 3; round++) {
      laptopA.importRows(office.export());
      laptopB.importRows(office.export());
      randomEdits(random, laptopA, ids);
      randomEdits(random, laptopB, ids);
      ReplicaModel secondOffice =
          round == 0 && independentSecondOffice
              ? seeded(ids, device(random))
              : office.copy(device(random));
      randomEdits(random, office, ids);
      List<List<SyncRow>> packages = List.of(laptopA.export(), laptopB.export(), office.export());

      Map<UUID, Map<String, String>> expected = null;
      ReplicaModel first = null;
      for (int[] order : permutations()) {
        ReplicaModel other = secondOffice.copy(secondOffice.device);
        for (int p : order) {
          other.importRows(packages.get(p));
        }
        if (expected == null) {
          expected = other.content();
          first = other;
        } else {
          assertThat(other.content())
              .as("seed %d, round %d, order %s", seed, round, java.util.Arrays.toString(order))
              .isEqualTo(expected);
        }
        for (List<SyncRow> again : packages) {
          assertThat(other.importRows(again))
              .as("seed %d, round %d: re-import changes nothing", seed, round)
              .isZero();
        }
      }
      assertNoEditLost(first, List.of(laptopA, laptopB, office), ids, seed);
      office.rows.clear();
      office.rows.putAll(first.rows);
      office.stamped.clear();
      office.stamped.putAll(first.stamped);
      office.conflictValues.putAll(first.conflictValues);
    }
    stamps.addAndGet(laptopA.stampedRows + laptopB.stampedRows + office.stampedRows);
    multiFieldStamps.addAndGet(
        laptopA.stampedMultiField + laptopB.stampedMultiField + office.stampedMultiField);
  }

  /** Across the repetitions, the stamp pass gave writes, some of them naming several fields. */
  @AfterAll
  static void theStampPassWasReached() {
    assertThat(stamps.get()).isGreaterThan(300);
    assertThat(multiFieldStamps.get()).isPositive();
  }

  private static UUID device(Random random) {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private static ReplicaModel seeded(List<UUID> ids, UUID device) {
    ReplicaModel r = new ReplicaModel(device);
    for (UUID id : ids) {
      r.create(id, Map.of("result", "DAT", "note", "", "count_value", "0"));
    }
    return r;
  }

  private static void randomEdits(Random random, ReplicaModel replica, List<UUID> ids) {
    int edits = random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      UUID id = ids.get(random.nextInt(ids.size()));
      if (random.nextInt(10) == 0) {
        replica.change(id, SyncRow.DELETED, "true");
      } else {
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        replica.change(
            id,
            field,
            field + "-" + replica.device.toString().substring(0, 4) + "-" + random.nextInt(3));
      }
    }
  }

  /** Each replica's value that no other replica's history replaced is shown or in a conflict. */
  private static void assertNoEditLost(
      ReplicaModel merged, List<ReplicaModel> replicas, List<UUID> ids, long seed) {
    for (UUID id : ids) {
      for (String field : merged.rows.get(id).values().keySet()) {
        for (ReplicaModel r : replicas) {
          SyncRow mine = r.rows.get(id);
          Dot dot = mine.clock().dot(field);
          boolean replaced = false;
          for (ReplicaModel other : replicas) {
            SyncRow theirs = other.rows.get(id);
            if (other != r
                && theirs.clock().covers(dot)
                && !dot.equals(theirs.clock().dot(field))) {
              replaced = true;
            }
          }
          if (replaced) {
            continue;
          }
          String value = mine.values().get(field);
          List<String> kept = merged.conflictValues.getOrDefault(id + "/" + field, List.of());
          assertThat(value.equals(merged.rows.get(id).values().get(field)) || kept.contains(value))
              .as("seed %d: %s of %s = %s is shown or kept in a conflict", seed, field, id, value)
              .isTrue();
        }
      }
    }
  }

  private static List<int[]> permutations() {
    return List.of(
        new int[] {0, 1, 2},
        new int[] {0, 2, 1},
        new int[] {1, 0, 2},
        new int[] {1, 2, 0},
        new int[] {2, 0, 1},
        new int[] {2, 1, 0});
  }
}
