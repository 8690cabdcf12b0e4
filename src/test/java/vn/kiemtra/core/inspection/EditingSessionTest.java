package vn.kiemtra.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.ValidationException;

/** The one state of an open inspection, on in-memory fakes. */
class EditingSessionTest {
  private InMemoryInspections repo;
  private InspectionService service;
  private final List<InspectionChanged> announced = new ArrayList<>();
  private Inspection stored;

  @BeforeEach
  void setUp() {
    repo = new InMemoryInspections();
    InspectionChangeBus bus = new InspectionChangeBus();
    bus.subscribeAll(announced::add);
    service = new InspectionService(repo, repo.checklists(), bus);
    stored = InMemoryInspections.blank("Kiểm tra năm 2026");
    service.save(stored);
    announced.clear();
  }

  private EditingSession open() {
    EditingSession s = service.sessions().acquire(stored.id());
    s.load();
    return s;
  }

  private Inspection inRepo() {
    return repo.rows.get(stored.id()).inspection();
  }

  @Test
  void editsStayInTheSessionUntilFlushedThenAreStoredAndAnnouncedWithTheSessionAsOrigin() {
    EditingSession s = open();
    assertThat(s.edit(i -> i.toBuilder().title("Kiểm tra đột xuất").build())).isTrue();
    assertThat(inRepo().title()).isEqualTo("Kiểm tra năm 2026");
    assertThat(s.hasPendingEdits()).isTrue();

    EditingSession.Flush flush = s.flush();

    assertThat(flush.outcome()).isEqualTo(EditingSession.Flush.Outcome.SAVED);
    assertThat(inRepo().title()).isEqualTo("Kiểm tra đột xuất");
    assertThat(s.hasPendingEdits()).isFalse();
    assertThat(announced).hasSize(1);
    assertThat(announced.get(0).origin()).isSameAs(s);
    assertThat(announced.get(0).kind()).isEqualTo(InspectionChanged.Kind.SAVED);
    assertThat(announced.get(0).version()).isEqualTo(2);
    assertThat(s.snapshot().version()).isEqualTo(2);
  }

  @Test
  void aChangeMadeElsewhereIsKeptAndThePendingEditIsReplayedOnIt() {
    EditingSession s = open();
    s.edit(i -> i.toBuilder().place("Trụ sở Sở Nội vụ").build());
    repo.changeElsewhere(
        stored.id(), i -> i.withAnswer(Answer.empty("A1").withResult(Result.PASS)));

    EditingSession.Flush flush = s.flush();

    assertThat(flush.outcome()).isEqualTo(EditingSession.Flush.Outcome.SAVED_AFTER_RELOAD);
    assertThat(inRepo().place()).isEqualTo("Trụ sở Sở Nội vụ");
    assertThat(inRepo().answer("A1").map(Answer::result)).contains(Result.PASS);
    assertThat(s.current().answer("A1").map(Answer::result)).contains(Result.PASS);
  }

  @Test
  void refreshShowsAChangeMadeElsewhereWithTheFieldBeingTypedStillInIt() {
    EditingSession s = open();
    s.edit(i -> i.toBuilder().title("Kiểm tra đột xu").build());
    repo.changeElsewhere(stored.id(), i -> i.toBuilder().place("Hội trường tầng 2").build());

    EditingSession.Refresh refresh = s.refresh();

    assertThat(refresh.changed()).isTrue();
    assertThat(refresh.state().inspection().place()).isEqualTo("Hội trường tầng 2");
    assertThat(refresh.state().inspection().title()).isEqualTo("Kiểm tra đột xu");
    assertThat(refresh.state().pendingEdits()).isEqualTo(1);
    assertThat(s.refresh().changed()).isFalse();
  }

  @Test
  void signedElsewhereDropsThePendingEditsTakesNoMoreAndStoresNothing() {
    EditingSession s = open();
    s.edit(i -> i.toBuilder().title("Sửa sau khi ký").build());
    repo.changeElsewhere(stored.id(), i -> i.toBuilder().status(InspectionStatus.SIGNED).build());

    EditingSession.Flush flush = s.flush();

    assertThat(flush.outcome()).isEqualTo(EditingSession.Flush.Outcome.LOCKED);
    assertThat(flush.discardedEdits()).isEqualTo(1);
    assertThat(inRepo().title()).isEqualTo("Kiểm tra năm 2026");
    assertThat(s.snapshot().locked()).isTrue();
    assertThat(s.edit(i -> i.toBuilder().title("Lần nữa").build())).isFalse();
    assertThat(s.current().title()).isEqualTo("Kiểm tra năm 2026");
  }

  @Test
  void aFailedSaveKeepsTheEditForTheNextFlush() {
    EditingSession s = open();
    s.edit(i -> i.toBuilder().title("Kiểm tra lại").build());
    repo.failNextSave = new DomainException("Ổ đĩa đã đầy");

    assertThatThrownBy(s::flush).hasMessage("Ổ đĩa đã đầy");
    assertThat(s.hasPendingEdits()).isTrue();
    assertThat(inRepo().title()).isEqualTo("Kiểm tra năm 2026");

    assertThat(s.flush().outcome()).isEqualTo(EditingSession.Flush.Outcome.SAVED);
    assertThat(inRepo().title()).isEqualTo("Kiểm tra lại");
  }

  @Test
  void editsAndScoringNeverReadTheRepositoryAndTheTemplateIsReadOnce() {
    EditingSession s = open();
    int finds = repo.finds.get();
    int templateReads = repo.templates.reads();
    for (int n = 0; n < 50; n++) {
      String note = "Ghi chú " + n;
      s.edit(i -> i.withAnswer(Answer.empty("A1").withResult(Result.PASS).withNote(note)));
      s.score();
    }
    s.flush();
    assertThat(s.score().answered()).isEqualTo(1);
    assertThat(repo.finds.get()).isEqualTo(finds);
    assertThat(repo.templates.reads()).isEqualTo(templateReads);
    assertThat(templateReads).isLessThanOrEqualTo(1);
  }

  @Test
  void notApplicableIsRefusedWhereTheCriterionDoesNotAllowIt() {
    EditingSession s = open();
    s.edit(i -> i.withAnswer(Answer.empty("A1").withResult(Result.NOT_APPLICABLE)));
    assertThatThrownBy(s::flush)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("A1")
        .hasMessageContaining("Không áp dụng");
    s.edit(i -> i.withAnswer(Answer.empty("A1").withResult(Result.FAIL)));
    s.edit(i -> i.withAnswer(Answer.empty("A2").withResult(Result.NOT_APPLICABLE)));
    s.flush();
    assertThat(inRepo().answer("A2").map(Answer::result)).contains(Result.NOT_APPLICABLE);
  }

  @Test
  void screensOfOneInspectionShareOneSessionUntilTheLastReleasesIt() {
    EditingSession editor = service.sessions().acquire(stored.id());
    EditingSession minutes = service.sessions().acquire(stored.id());
    assertThat(minutes).isSameAs(editor);
    service.sessions().release(editor);
    assertThat(service.sessions().find(stored.id())).containsSame(minutes);
    service.sessions().release(minutes);
    assertThat(service.sessions().find(stored.id())).isEmpty();
  }

  @Test
  void flushEditsStoresTheOpenSessionsPendingEdit() {
    EditingSession s = open();
    s.edit(i -> i.toBuilder().title("Trước khi ký").build());
    service.flushEdits(stored.id());
    assertThat(inRepo().title()).isEqualTo("Trước khi ký");
  }

  @Test
  void lockingASignedStateRefusesWhenTheInspectionMovedOn() {
    long version = repo.rows.get(stored.id()).version();
    repo.changeElsewhere(stored.id(), i -> i.toBuilder().place("Nơi khác").build());
    Inspection signed = stored.toBuilder().status(InspectionStatus.SIGNED).build();
    assertThatThrownBy(() -> service.lockSigned(signed, version, repo::save))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("vừa được sửa trong lúc ký");
    assertThat(inRepo().status()).isNotEqualTo(InspectionStatus.SIGNED);
  }

  @Test
  void aListenerThatFailsDoesNotStopTheOthers() {
    InspectionChangeBus bus = new InspectionChangeBus();
    List<InspectionChanged> got = new ArrayList<>();
    bus.subscribe(
        stored.id(),
        c -> {
          throw new IllegalStateException("hỏng");
        });
    InspectionChanges.Subscription sub = bus.subscribe(stored.id(), got::add);
    bus.subscribe(java.util.UUID.randomUUID(), got::add);
    InspectionChanged change =
        new InspectionChanged(stored.id(), 3, InspectionChanged.Kind.SYNC_MERGED);
    bus.publish(change);
    sub.cancel();
    bus.publish(change);
    assertThat(got).containsExactly(change);
  }
}
