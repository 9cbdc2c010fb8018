package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulletins.store.internal.TestPages.bulletins;
import static org.bulletins.store.internal.TestPages.count;
import static org.bulletins.store.internal.TestPages.integrity;
import static org.bulletins.store.internal.TestPages.summary;

import java.nio.file.Path;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.StoryQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file whose ingest fails half-way with an {@link Error} (an OutOfMemoryError, say, or one
 * rethrown from a writer thread) leaves nothing of itself: the transaction is rolled back, not
 * committed by the return to auto-commit, and the same open store then ingests the file as if the
 * failure had never happened.
 */
class FailedFileRollbackTest {

  @TempDir Path dir;

  @AfterEach
  void noHook() {
    PhaseClock.onLap(null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"addSigned", "merge stories", "plan", "apply"})
  void anErrorHalfWayLeavesNothingOfTheFile(String phase) throws Exception {
    Path db = dir.resolve("news.db");
    Path reference = dir.resolve("reference.db");
    byte[] monday = bulletins("2026-11-23", "Harbour cranes", "Night ferry", "Bridge repair");
    byte[] tuesday = bulletins("2026-11-24", "Harbour cranes", "Market hall", "School roof");
    try (BulletinStore store = BulletinStore.open(reference)) {
      store.ingest("monday.txt", monday);
      store.ingest("tuesday.txt", tuesday);
    }
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", monday);
      long items = count(db, "SELECT count(*) FROM items");
      long stories = count(db, "SELECT count(*) FROM stories");

      PhaseClock.onLap(
          name -> {
            if (name.equals(phase)) {
              throw new InjectedError(name);
            }
          });
      assertThatThrownBy(() -> store.ingest("tuesday.txt", tuesday))
          .isInstanceOf(InjectedError.class);
      PhaseClock.onLap(null);

      assertThat(count(db, "SELECT count(*) FROM sources")).isEqualTo(1);
      assertThat(count(db, "SELECT count(*) FROM items")).isEqualTo(items);
      assertThat(count(db, "SELECT count(*) FROM stories")).isEqualTo(stories);
      assertThat(integrity(db)).isEqualTo("ok");

      store.ingest("tuesday.txt", tuesday);
      assertThat(summary(store.stories(StoryQuery.all()))).isEqualTo(summary(reference));
    }
  }
}
