package vn.kiemtra.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merge rules of one row, field by field. */
class RowMergerTest {
  private final UUID id = UUID.randomUUID();
  private ReplicaModel office;
  private ReplicaModel laptopA;
  private ReplicaModel laptopB;

  @BeforeEach
  void sameRowOnThreeDevices() {
    office = new ReplicaModel(UUID.randomUUID());
    office.create(id, Map.of("result", "DAT", "note", "ghi chú gốc", "count_value", "11300"));
    laptopA = new ReplicaModel(UUID.randomUUID());
    laptopB = new ReplicaModel(UUID.randomUUID());
    laptopA.importRows(office.export());
    laptopB.importRows(office.export());
  }

  private SyncRow at(ReplicaModel r) {
    return r.rows.get(id);
  }

  @Test
  void aRowNeverSeenIsAdded() {
    MergeOutcome o = RowMerger.merge(null, at(office), false);
    assertThat(o.change()).isEqualTo(MergeOutcome.Change.ADDED);
    assertThat(o.result()).isEqualTo(at(office));
  }

  @Test
  void aChangeOnOneSideIsApplied() {
    laptopA.edit(id, "note", "Đã ký số hơn 11.300 văn bản");
    MergeOutcome o = RowMerger.merge(at(office), at(laptopA), false);
    assertThat(o.change()).isEqualTo(MergeOutcome.Change.UPDATED);
    assertThat(o.result().values()).containsEntry("note", "Đã ký số hơn 11.300 văn bản");
    assertThat(o.conflicts()).isEmpty();
    assertThat(o.result().meta().revision()).isEqualTo(at(laptopA).meta().revision());
  }

  @Test
  void theSameRowAgainChangesNothing() {
    laptopA.edit(id, "note", "mới");
    office.importRows(laptopA.export());
    MergeOutcome again = RowMerger.merge(at(office), at(laptopA), false);
    assertThat(again.change()).isEqualTo(MergeOutcome.Change.UNCHANGED);
    assertThat(again.result()).isNull();
  }

  @Test
  void anOlderVersionDoesNotUndoANewerOne() {
    SyncRow old = at(laptopA);
    laptopA.edit(id, "note", "mới");
    office.importRows(laptopA.export());
    assertThat(RowMerger.merge(at(office), old, false).result()).isNull();
    assertThat(at(office).values()).containsEntry("note", "mới");
  }

  @Test
  void differentFieldsChangedOnEachSideAreBothKept() {
    laptopA.edit(id, "note", "ghi chú của A");
    laptopB.edit(id, "result", "KHONG_DAT");
    office.importRows(laptopA.export());
    MergeOutcome o = RowMerger.merge(at(office), at(laptopB), false);
    assertThat(o.conflicts()).isEmpty();
    assertThat(o.result().values())
        .containsEntry("note", "ghi chú của A")
        .containsEntry("result", "KHONG_DAT");
  }

  @Test
  void theSameFieldChangedOnBothSidesIsAConflictWithBothValues() {
    laptopA.edit(id, "note", "Bản của A");
    laptopB.edit(id, "note", "Bản của B");
    office.importRows(laptopB.export());
    MergeOutcome o = RowMerger.merge(at(office), at(laptopA), false);
    assertThat(o.conflicts()).hasSize(1);
    MergeOutcome.FieldConflict c = o.conflicts().get(0);
    assertThat(c.kind()).isEqualTo(ConflictKind.BOTH_CHANGED);
    assertThat(c.localValue()).isEqualTo("Bản của B");
    assertThat(c.incomingValue()).isEqualTo("Bản của A");
    assertThat(c.localDot().device()).isEqualTo(laptopB.device);
    assertThat(c.incomingDot().device()).isEqualTo(laptopA.device);
    // The row shows the smaller value whatever the order, so offices agree.
    assertThat(o.result().values()).containsEntry("note", "Bản của A");
  }

  @Test
  void bothSidesWritingTheSameValueIsNoConflict() {
    laptopA.edit(id, "result", "DAT_MOT_PHAN");
    laptopB.edit(id, "result", "DAT_MOT_PHAN");
    office.importRows(laptopA.export());
    assertThat(RowMerger.merge(at(office), at(laptopB), false).conflicts()).isEmpty();
  }

  @Test
  void aDeletedRowIsNotResurrectedByAConcurrentEdit() {
    laptopA.edit(id, SyncRow.DELETED, "true");
    laptopB.edit(id, "note", "sửa trên máy B");
    office.importRows(laptopA.export());
    MergeOutcome o = RowMerger.merge(at(office), at(laptopB), false);
    assertThat(o.result().deleted()).isTrue();
    assertThat(o.result().values()).containsEntry("note", "sửa trên máy B");
    assertThat(o.conflicts())
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(ConflictKind.DELETED_CHANGED));
  }

  @Test
  void aTombstoneArrivingLaterStillWins() {
    laptopB.edit(id, "note", "sửa trên máy B");
    laptopA.edit(id, SyncRow.DELETED, "true");
    office.importRows(laptopB.export());
    MergeOutcome o = RowMerger.merge(at(office), at(laptopA), false);
    assertThat(o.result().deleted()).isTrue();
    assertThat(o.conflicts())
        .extracting(MergeOutcome.FieldConflict::kind)
        .containsExactly(ConflictKind.DELETED_CHANGED);
  }

  @Test
  void aSignedRowIsNeverChangedAndTheChangeBecomesAConflict() {
    laptopA.edit(id, "note", "sửa sau khi ký");
    MergeOutcome o = RowMerger.merge(at(office), at(laptopA), true);
    assertThat(o.result().values()).isEqualTo(at(office).values());
    assertThat(o.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(ConflictKind.LOCKED);
              assertThat(c.incomingValue()).isEqualTo("sửa sau khi ký");
              assertThat(c.keptValue()).isEqualTo("ghi chú gốc");
            });
  }

  @Test
  void anOfficeThatLoadedTheSameDataItselfTakesOneSidedChangesWithoutConflict() {
    ReplicaModel otherOffice = new ReplicaModel(UUID.randomUUID());
    otherOffice.create(id, Map.of("result", "DAT", "note", "ghi chú gốc", "count_value", "11300"));
    laptopA.edit(id, "note", "sửa trên máy A");
    MergeOutcome o = RowMerger.merge(otherOffice.rows.get(id), at(laptopA), false);
    assertThat(o.conflicts()).isEmpty();
    assertThat(o.result().values()).containsEntry("note", "sửa trên máy A");
    laptopB.edit(id, "note", "sửa trên máy B");
    otherOffice.rows.put(id, o.result());
    assertThat(RowMerger.merge(otherOffice.rows.get(id), at(laptopB), false).conflicts())
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(ConflictKind.BOTH_CHANGED));
  }

  @Test
  void rowsFirstWrittenWithDifferentValuesStayConcurrent() {
    ReplicaModel otherOffice = new ReplicaModel(UUID.randomUUID());
    otherOffice.create(id, Map.of("result", "DAT", "note", "ghi chú khác", "count_value", "11300"));
    MergeOutcome o = RowMerger.merge(otherOffice.rows.get(id), at(office), false);
    assertThat(o.conflicts())
        .singleElement()
        .satisfies(c -> assertThat(c.field()).isEqualTo("note"));
  }

  @Test
  void clockTextRoundTrips() {
    laptopA.edit(id, "note", "x");
    RowClock clock = at(laptopA).clock();
    assertThat(ClockCodec.decode(ClockCodec.encode(clock))).isEqualTo(clock);
    assertThat(ClockCodec.decode("")).isEqualTo(RowClock.empty());
  }
}
