package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.scoring.InspectionScore;
import vn.kiemtra.testsupport.Fixtures;

/**
 * The scores the inspection lists show are read for many inspections at once (their answers in one
 * query, not each whole inspection): the same figures as the minutes print, on a real H2 file.
 */
class ListScoresTest {
  @TempDir Path dir;
  private AppContext app;
  private Inspection seed;
  private Inspection full;

  @BeforeEach
  void open() {
    app = AppContext.open(dir.resolve("office"));
    seed = Fixtures.inspection(app, "seed-inspection.json");
    full = Fixtures.inspection(app, "full-inspection.json");
    app.inspections().save(seed);
    app.inspections().save(full);
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void eachInspectionGetsTheScoreOfItsOwnAnswers() {
    Map<UUID, InspectionScore> scores = app.inspections().scores(List.of(seed.id(), full.id()));

    assertThat(scores).containsOnlyKeys(seed.id(), full.id());
    assertThat(scores.get(seed.id()).answered()).isEqualTo(12);
    assertThat(scores.get(seed.id()).achieved()).isEqualByComparingTo("20");
    assertThat(scores.get(seed.id()).applicableMax()).isEqualByComparingTo("100");
    assertThat(scores.get(full.id()).achieved()).isEqualByComparingTo("8.7");
    assertThat(scores.get(full.id()).applicableMax()).isEqualByComparingTo("99");
  }

  @Test
  void inspectionsInTheTrashAndUnknownIdsAreLeftOut() {
    app.inspections().delete(seed.id());

    Map<UUID, InspectionScore> scores =
        app.inspections().scores(List.of(seed.id(), full.id(), UUID.randomUUID()));

    assertThat(scores).containsOnlyKeys(full.id());
  }

  @Test
  void aRemovedAnswerNoLongerCounts() {
    Inspection fewer =
        seed.toBuilder()
            .answers(
                seed.answers().stream().filter(a -> !a.criterionCode().equals("CD01")).toList())
            .build();
    app.inspections().save(fewer);

    InspectionScore score = app.inspections().scores(List.of(seed.id())).get(seed.id());

    assertThat(score.answered()).isEqualTo(11);
    assertThat(score.achieved()).isLessThan(new BigDecimal("20"));
  }

  @Test
  void moreInspectionsThanOneQueryTakesAreAllScored() {
    List<UUID> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 520; i++) {
      ids.add(UUID.randomUUID());
    }
    ids.add(seed.id());
    ids.add(0, full.id());

    assertThat(app.inspections().scores(ids)).containsOnlyKeys(seed.id(), full.id());
  }
}
