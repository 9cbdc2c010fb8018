package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulletins.store.internal.TestPages.bulletins;
import static org.bulletins.store.internal.TestPages.count;
import static org.bulletins.store.internal.TestPages.integrity;
import static org.bulletins.store.internal.TestPages.summary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.IngestReport;
import org.bulletins.store.IngestReport.Outcome;
import org.bulletins.store.IngestSource;
import org.bulletins.store.StoryQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failure while the next file is prepared (its parse or its signing, on the helper thread or on
 * the ingesting thread that helps it) is thrown at that file's turn: the file before it is
 * committed and reported, the failing file leaves nothing, and the same open store ingests the
 * files again as if nothing had happened. A failure in a file's own transaction stops the call
 * there, whatever the next file's preparation was doing.
 */
class FilesAheadTest {

  @TempDir Path dir;

  @AfterEach
  void noHook() {
    PhaseClock.onLap(null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"parse ahead", "sign chunk", "apply"})
  void aFailureInTheSecondFileLeavesTheFirstCommittedAndNothingOfItself(String step)
      throws Exception {
    List<IngestSource> files =
        List.of(
            IngestSource.of(
                "monday.txt", bulletins("2026-11-23", "Harbour cranes", "Night ferry", "Bridge")),
            IngestSource.of(
                "tuesday.txt", bulletins("2026-11-24", "Harbour cranes", "Market hall", "School")),
            IngestSource.of(
                "wednesday.txt", bulletins("2026-11-25", "Market hall", "Tram line", "Library")));
    Path reference = dir.resolve("reference.db");
    try (BulletinStore store = BulletinStore.open(reference)) {
      for (IngestSource file : files) {
        store.ingest(file.name(), file.content().read());
      }
    }
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      // Armed once Monday's stories are merged, when Tuesday's preparation starts: Tuesday's
      // parse or signing fails (on whichever thread), or Monday's transaction does.
      AtomicBoolean armed = new AtomicBoolean();
      PhaseClock.onLap(
          name -> {
            if (name.equals("merge stories")) {
              armed.compareAndSet(false, true);
            } else if (name.equals(step) && armed.get()) {
              throw new InjectedError(name);
            }
          });
      List<IngestReport> committed = new ArrayList<>();
      assertThatThrownBy(() -> store.ingestAll(files, committed::add))
          .isInstanceOf(InjectedError.class);
      PhaseClock.onLap(null);

      // Tuesday's parse or signing fails at its turn, after Monday's commit; Monday's own
      // transaction fails at "apply", with Tuesday under way beside it.
      boolean mondayFails = step.equals("apply");
      List<String> stored = mondayFails ? List.of() : List.of("monday.txt");
      assertThat(committed).extracting(IngestReport::source).isEqualTo(stored);
      assertThat(store.sources()).isEqualTo(stored);
      assertThat(count(db, "SELECT count(*) FROM items")).isEqualTo(mondayFails ? 0 : 3);
      assertThat(integrity(db)).isEqualTo("ok");

      List<IngestReport> again = store.ingestAll(files, r -> {});
      assertThat(again)
          .extracting(IngestReport::outcome)
          .containsExactly(
              mondayFails ? Outcome.ADDED : Outcome.UNCHANGED, Outcome.ADDED, Outcome.ADDED);
      assertThat(summary(store.stories(StoryQuery.all()))).isEqualTo(summary(reference));
    }
  }

  /**
   * The next file is parsed while this one is stored: Tuesday's "parse ahead" comes before Monday's
   * transaction reaches its commit. Were the next file started only after the commit, the wait
   * below would time out.
   */
  @Test
  void theNextFileIsParsedBeforeThisOneCommits() throws Exception {
    List<IngestSource> files =
        List.of(
            IngestSource.of("monday.txt", bulletins("2026-11-23", "Harbour cranes", "Bridge")),
            IngestSource.of("tuesday.txt", bulletins("2026-11-24", "Market hall", "School")));
    CountDownLatch parsedAhead = new CountDownLatch(1);
    AtomicBoolean firstApply = new AtomicBoolean(true);
    AtomicBoolean aheadOfCommit = new AtomicBoolean();
    PhaseClock.onLap(
        name -> {
          if (name.equals("parse ahead")) {
            parsedAhead.countDown();
          } else if (name.equals("apply") && firstApply.getAndSet(false)) {
            try {
              aheadOfCommit.set(parsedAhead.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      assertThat(store.ingestAll(files, r -> {}))
          .extracting(IngestReport::outcome)
          .containsExactly(Outcome.ADDED, Outcome.ADDED);
    }
    assertThat(aheadOfCommit).isTrue();
  }
}
