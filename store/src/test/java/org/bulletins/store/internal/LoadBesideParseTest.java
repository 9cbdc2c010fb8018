package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulletins.store.internal.TestPages.bulletins;
import static org.bulletins.store.internal.TestPages.count;
import static org.bulletins.store.internal.TestPages.integrity;
import static org.bulletins.store.internal.TestPages.summary;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.IngestReport;
import org.bulletins.store.IngestReport.Outcome;
import org.bulletins.store.IngestSource;
import org.bulletins.store.StoryQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A store opened for a new file, holding items already (a daily run): the file is read, parsed and
 * signed on a helper thread while the ingesting thread begins the file's transaction and loads the
 * stored items. The stories are those of a store that stayed open; a failure on either side leaves
 * nothing of the file, and the same store then ingests it as if nothing had happened.
 */
class LoadBesideParseTest {

  @TempDir Path dir;

  private final byte[] monday =
      bulletins("2026-11-23", "Harbour cranes", "Night ferry", "Bridge repair");
  private final byte[] tuesday =
      bulletins("2026-11-24", "Harbour cranes", "Market hall", "School roof");
  private Path reference;
  private Path db;

  @BeforeEach
  void stores() {
    reference = dir.resolve("reference.db");
    try (BulletinStore store = BulletinStore.open(reference)) {
      store.ingest("monday.txt", monday);
      store.ingest("tuesday.txt", tuesday);
    }
    db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", monday);
    }
  }

  @AfterEach
  void noHook() {
    PhaseClock.onLap(null);
  }

  /**
   * The file is read on another thread than the caller's, and parsed while the stored items load:
   * its parse waits (up to ten seconds) for the load to end, which it does only if the load does
   * not wait for the parse. Were the file parsed at its turn, after the load, on the calling
   * thread, the read would be the caller's and the parse would not be seen before the load's end.
   */
  @Test
  void theFileIsPreparedOnAHelperWhileTheStoredItemsLoad() throws Exception {
    List<Thread> readers = new CopyOnWriteArrayList<>();
    CountDownLatch loaded = new CountDownLatch(1);
    AtomicBoolean parsedBesideLoad = new AtomicBoolean();
    PhaseClock.onLap(
        name -> {
          if (name.equals("load beside parse")) {
            loaded.countDown();
          } else if (name.equals("parse ahead")) {
            try {
              parsedBesideLoad.set(loaded.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
    try (BulletinStore store = BulletinStore.open(db)) {
      List<IngestReport> reports =
          store.ingestAll(
              List.of(
                  new IngestSource(
                      "tuesday.txt",
                      () -> {
                        readers.add(Thread.currentThread());
                        return tuesday;
                      })),
              r -> {});
      assertThat(reports).extracting(IngestReport::outcome).containsExactly(Outcome.ADDED);
      assertThat(summary(store.stories(StoryQuery.all()))).isEqualTo(summary(reference));
    }
    assertThat(readers).hasSize(1).doesNotContain(Thread.currentThread());
    assertThat(parsedBesideLoad).isTrue();
  }

  /** One file ingested alone by a reopened store takes the same path and ends the same. */
  @Test
  void oneFileByAReopenedStoreGivesTheStoriesOfAStoreThatStayedOpen() {
    try (BulletinStore store = BulletinStore.open(db)) {
      assertThat(store.ingest("tuesday.txt", tuesday).outcome()).isEqualTo(Outcome.ADDED);
      assertThat(store.ingest("tuesday.txt", tuesday).outcome()).isEqualTo(Outcome.UNCHANGED);
    }
    assertThat(summary(db)).isEqualTo(summary(reference));
  }

  @ParameterizedTest
  @ValueSource(strings = {"load beside parse", "parse ahead", "sign chunk", "addSigned", "apply"})
  void aFailureOnEitherSideLeavesNothingOfTheFile(String step) throws Exception {
    try (BulletinStore store = BulletinStore.open(db)) {
      long items = count(db, "SELECT count(*) FROM items");
      long stories = count(db, "SELECT count(*) FROM stories");
      PhaseClock.onLap(
          name -> {
            if (name.equals(step)) {
              throw new InjectedError(name);
            }
          });
      assertThatThrownBy(() -> store.ingest("tuesday.txt", tuesday))
          .isInstanceOf(InjectedError.class);
      PhaseClock.onLap(null);

      assertThat(store.sources()).containsExactly("monday.txt");
      assertThat(count(db, "SELECT count(*) FROM items")).isEqualTo(items);
      assertThat(count(db, "SELECT count(*) FROM stories")).isEqualTo(stories);
      assertThat(integrity(db)).isEqualTo("ok");

      assertThat(store.ingest("tuesday.txt", tuesday).outcome()).isEqualTo(Outcome.ADDED);
      assertThat(summary(store.stories(StoryQuery.all()))).isEqualTo(summary(reference));
    }
  }

  /**
   * Two files: the second's stored checksum is looked up after the first's transaction began beside
   * the load; a failure there rolls that transaction back, and the store goes on as before.
   */
  @Test
  void aFailureLookingUpTheNextFileLeavesNothingOfTheFirst() throws Exception {
    byte[] wednesday = bulletins("2026-11-25", "Harbour cranes", "Tram line");
    try (BulletinStore store = BulletinStore.open(db)) {
      long items = count(db, "SELECT count(*) FROM items");
      PhaseClock.onLap(
          name -> {
            if (name.equals("next name")) {
              throw new InjectedError(name);
            }
          });
      assertThatThrownBy(
              () ->
                  store.ingestAll(
                      List.of(
                          IngestSource.of("tuesday.txt", tuesday),
                          IngestSource.of("wednesday.txt", wednesday)),
                      r -> {}))
          .isInstanceOf(InjectedError.class);
      PhaseClock.onLap(null);

      assertThat(store.sources()).containsExactly("monday.txt");
      assertThat(count(db, "SELECT count(*) FROM items")).isEqualTo(items);
      assertThat(integrity(db)).isEqualTo("ok");
      assertThat(store.ingest("tuesday.txt", tuesday).outcome()).isEqualTo(Outcome.ADDED);
      assertThat(summary(store.stories(StoryQuery.all()))).isEqualTo(summary(reference));
    }
  }
}
