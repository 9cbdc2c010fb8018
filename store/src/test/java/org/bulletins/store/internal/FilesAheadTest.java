package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulletins.store.internal.TestPages.bulletins;
import static org.bulletins.store.internal.TestPages.count;
import static org.bulletins.store.internal.TestPages.integrity;
import static org.bulletins.store.internal.TestPages.summary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.IngestReport;
import org.bulletins.store.IngestReport.Outcome;
import org.bulletins.store.IngestSource;
import org.bulletins.store.StoryQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
    FilesAhead.helperThreads = DEFAULT_THREADS;
  }

  private static final ThreadFactory DEFAULT_THREADS = FilesAhead.helperThreads;

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
            monday(),
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

  /**
   * After a failure in this file's transaction the next file is not read once the call has thrown:
   * the helper is stopped, or waited for, before the failure leaves the call, and its thread is
   * gone. Tuesday's read, started beside Monday's failing transaction, waits (up to a second) for
   * the call to return; had the call not waited for it, it would see the call returned.
   */
  @Test
  void nothingIsReadOnceTheCallHasThrownAndTheHelperIsGone() throws Exception {
    CountDownLatch returned = new CountDownLatch(1);
    AtomicBoolean readAfterReturn = new AtomicBoolean();
    AtomicBoolean wednesdayRead = new AtomicBoolean();
    List<IngestSource> files =
        List.of(
            monday(),
            new IngestSource(
                "tuesday.txt",
                () -> {
                  try {
                    readAfterReturn.set(returned.await(1, TimeUnit.SECONDS));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return bulletins("2026-11-24", "Market hall", "School");
                }),
            new IngestSource(
                "wednesday.txt",
                () -> {
                  wednesdayRead.set(true);
                  return bulletins("2026-11-25", "Tram line", "Library");
                }));
    PhaseClock.onLap(
        name -> {
          if (name.equals("apply")) {
            throw new InjectedError(name);
          }
        });
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      assertThatThrownBy(() -> store.ingestAll(files, r -> {})).isInstanceOf(InjectedError.class);
      returned.countDown();
      assertThat(helpers()).isEmpty();
    }
    assertThat(readAfterReturn).isFalse();
    assertThat(wednesdayRead).isFalse();
  }

  /**
   * A read that does not end (a pipe nobody writes to) does not hold a failed call: the call throws
   * after a bounded wait, and what the read returns later is dropped, not parsed.
   */
  @Test
  // Without the bound the call waits (uninterruptibly) for the read, which waits for the call: on a
  // thread of its own the test fails at the timeout instead of hanging.
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aReadThatDoesNotEndDoesNotHoldAFailedCall() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch dropped = new CountDownLatch(1);
    AtomicBoolean tuesdayParsed = new AtomicBoolean();
    List<IngestSource> files =
        List.of(
            monday(),
            new IngestSource(
                "tuesday.txt",
                () -> {
                  reading.countDown();
                  try {
                    written.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  dropped.countDown();
                  return bulletins("2026-11-24", "Market hall", "School");
                }));
    PhaseClock.onLap(
        name -> {
          if (name.equals("parse ahead")) {
            tuesdayParsed.set(true);
          } else if (name.equals("apply")) {
            try {
              reading.await(); // Tuesday's read has begun on the helper
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            throw new InjectedError(name);
          }
        });
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      assertThatThrownBy(() -> store.ingestAll(files, r -> {})).isInstanceOf(InjectedError.class);
      written.countDown();
      assertThat(dropped.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(store.stories(StoryQuery.all())).isEmpty();
    }
    Thread.sleep(200); // the helper, now past its read, would parse here
    assertThat(tuesdayParsed).isFalse();
  }

  /**
   * One helper thread prepares every file after the first (its signing buffers serve them all), and
   * it is gone when the call returns.
   */
  @Test
  void oneHelperPreparesTheFilesAndIsGoneWhenTheCallReturns() throws Exception {
    List<Thread> readers = new CopyOnWriteArrayList<>();
    String[] days = {"2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"};
    List<IngestSource> files = readBy(readers, days);
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      assertThat(store.ingestAll(files, r -> {}))
          .extracting(IngestReport::outcome)
          .containsOnly(Outcome.ADDED);
      assertThat(helpers()).isEmpty();
    }
    assertThat(readers).hasSize(days.length);
    assertThat(readers.get(0)).isSameAs(Thread.currentThread());
    assertThat(new HashSet<>(readers.subList(1, days.length))).hasSize(1);
    assertThat(readers.get(1)).isNotSameAs(Thread.currentThread());
  }

  /**
   * Without a helper thread (it could not be started), every file is read and prepared on the
   * calling thread at its turn, and the store ends as with a helper.
   */
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a wait for no helper
  void withoutAHelperEachFileIsPreparedAtItsTurn() throws Exception {
    String[] days = {"2026-11-23", "2026-11-24", "2026-11-25"};
    List<Thread> readers = new CopyOnWriteArrayList<>();
    List<IngestSource> files = readBy(readers, days);
    List<String> withHelper;
    try (BulletinStore store = BulletinStore.open(dir.resolve("helped.db"))) {
      store.ingestAll(files, r -> {});
      withHelper = summary(store.stories(StoryQuery.all()));
    }
    readers.clear();
    FilesAhead.helperThreads = task -> null;
    try (BulletinStore store = BulletinStore.open(dir.resolve("alone.db"))) {
      assertThat(store.ingestAll(files, r -> {}))
          .extracting(IngestReport::outcome)
          .containsOnly(Outcome.ADDED);
      assertThat(summary(store.stories(StoryQuery.all()))).isEqualTo(withHelper);
    }
    assertThat(count(dir.resolve("alone.db"), "SELECT count(*) FROM items"))
        .isEqualTo(2L * days.length);
    assertThat(readers).hasSize(days.length).containsOnly(Thread.currentThread());
  }

  /**
   * A file of two bulletins per day, each read noting the thread that reads it in {@code readers}.
   */
  private static List<IngestSource> readBy(List<Thread> readers, String... days) {
    List<IngestSource> files = new ArrayList<>();
    for (String day : days) {
      byte[] bytes = bulletins(day, "Harbour cranes " + day, "Bridge " + day);
      files.add(
          new IngestSource(
              day + ".txt",
              () -> {
                readers.add(Thread.currentThread());
                return bytes;
              }));
    }
    return files;
  }

  /** Monday's file of two bulletins, the first file of the tests whose second file is watched. */
  private static IngestSource monday() {
    return IngestSource.of("monday.txt", bulletins("2026-11-23", "Harbour cranes", "Bridge"));
  }

  /** The helper threads alive. */
  private static List<Thread> helpers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("bulletins-store-ahead") && t.isAlive())
        .toList();
  }
}
