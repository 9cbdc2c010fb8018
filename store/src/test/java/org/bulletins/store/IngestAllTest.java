package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bulletins.store.IngestReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BulletinStore#ingestAll} stores what one {@link BulletinStore#ingest} call per file would:
 * the same reports, stories, ids and rows, with unchanged and changed files (the same name twice in
 * one call too) decided at each file's turn; a file that cannot be read stops the call there, the
 * files before it committed.
 */
class IngestAllTest {

  @TempDir Path dir;

  private static final class NotReadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotReadable(String name) {
      super("cannot read " + name);
    }
  }

  /** The files of a week with repeats: the same bytes twice, and a name given other bytes. */
  private static List<IngestSource> files(TestBulletins.Week week) {
    return List.of(
        IngestSource.of("monday.txt", week.monday()),
        IngestSource.of("tuesday.txt", week.tuesday()),
        IngestSource.of("monday.txt", week.monday()),
        IngestSource.of("tuesday.txt", week.tuesday()),
        IngestSource.of("wednesday.txt", week.wednesday()),
        IngestSource.of("tuesday.txt", week.wednesday()),
        IngestSource.of("thursday.txt", week.tuesday()));
  }

  @Test
  void severalFilesGiveTheReportsStoriesAndRowsOfOneCallEach() {
    TestBulletins.Week week = TestBulletins.Week.of(new Random(7));
    List<IngestSource> files = files(week);
    List<IngestReport> expected = new ArrayList<>();
    try (BulletinStore store = BulletinStore.open(dir.resolve("one-by-one.db"))) {
      for (IngestSource file : files) {
        expected.add(store.ingest(file.name(), bytes(file)));
      }
    }
    List<IngestReport> committed = new ArrayList<>();
    try (BulletinStore store = BulletinStore.open(dir.resolve("all.db"))) {
      List<IngestReport> reports = store.ingestAll(files, committed::add);
      assertThat(reports).isEqualTo(expected);
      assertThat(committed).isEqualTo(expected);
    }
    assertThat(expected)
        .extracting(IngestReport::outcome)
        .containsExactly(
            Outcome.ADDED,
            Outcome.ADDED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.ADDED,
            Outcome.REPLACED,
            Outcome.ADDED);
    assertThat(contents(dir.resolve("all.db"))).isEqualTo(contents(dir.resolve("one-by-one.db")));
  }

  @Test
  void aSecondCallFindsEveryFileUnchanged() {
    TestBulletins.Week week = TestBulletins.Week.of(new Random(8));
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      store.ingestAll(files(week), r -> {});
      List<String> before = contents(store);
      List<IngestReport> again = store.ingestAll(files(week).subList(4, 7), r -> {});
      assertThat(again).extracting(IngestReport::outcome).containsOnly(Outcome.UNCHANGED);
      assertThat(contents(store)).isEqualTo(before);
    }
  }

  @Test
  void aFileThatCannotBeReadStopsTheCallAfterTheFilesBefore() {
    TestBulletins.Week week = TestBulletins.Week.of(new Random(9));
    List<IngestSource> failing =
        List.of(
            IngestSource.of("monday.txt", week.monday()),
            IngestSource.of("tuesday.txt", week.tuesday()),
            new IngestSource(
                "wednesday.txt",
                () -> {
                  throw new NotReadable("wednesday.txt");
                }),
            IngestSource.of("thursday.txt", week.wednesday()));
    List<IngestReport> committed = new ArrayList<>();
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      assertThatThrownBy(() -> store.ingestAll(failing, committed::add))
          .isInstanceOf(NotReadable.class);
      assertThat(committed)
          .extracting(IngestReport::source)
          .containsExactly("monday.txt", "tuesday.txt");
      assertThat(store.sources()).containsExactly("monday.txt", "tuesday.txt");

      IngestSource io =
          new IngestSource(
              "friday.txt",
              () -> {
                throw new IOException("disk gone");
              });
      assertThatThrownBy(() -> store.ingestAll(List.of(failing.get(0), io), r -> {}))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("friday.txt");
      store.ingestAll(List.of(IngestSource.of("wednesday.txt", week.wednesday())), r -> {});
    }
    try (BulletinStore store = BulletinStore.open(dir.resolve("reference.db"))) {
      week.ingestAll(store);
    }
    assertThat(contents(dir.resolve("news.db"))).isEqualTo(contents(dir.resolve("reference.db")));
  }

  @Test
  void aFailingCallbackStopsTheCallAfterItsFile() {
    TestBulletins.Week week = TestBulletins.Week.of(new Random(10));
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      assertThatThrownBy(
              () ->
                  store.ingestAll(
                      files(week),
                      r -> {
                        throw new NotReadable(r.source());
                      }))
          .isInstanceOf(NotReadable.class)
          .hasMessageContaining("monday.txt");
      assertThat(store.sources()).containsExactly("monday.txt");
    }
  }

  /**
   * A name guessed unchanged while the file before it was stored, then changed by another ingest
   * before its turn, is replaced: the turn checks the committed checksum again.
   */
  @Test
  void aFileGuessedUnchangedButChangedByItsTurnIsReplaced() {
    TestBulletins.Week week = TestBulletins.Week.of(new Random(10));
    List<String> expected;
    try (BulletinStore store = BulletinStore.open(dir.resolve("one-by-one.db"))) {
      store.ingest("a.txt", week.monday());
      store.ingest("x.txt", week.wednesday());
      store.ingest("a.txt", week.tuesday());
      assertThat(store.ingest("a.txt", week.monday()).outcome()).isEqualTo(Outcome.REPLACED);
      expected = contents(store);
    }
    try (BulletinStore store = BulletinStore.open(dir.resolve("all.db"))) {
      store.ingest("a.txt", week.monday());
      List<IngestReport> reports =
          store.ingestAll(
              List.of(
                  IngestSource.of("x.txt", week.wednesday()),
                  IngestSource.of("a.txt", week.monday())),
              report -> changeAfterX(store, report, week.tuesday()));
      assertThat(reports)
          .extracting(IngestReport::outcome)
          .containsExactly(Outcome.ADDED, Outcome.REPLACED);
      assertThat(contents(store)).isEqualTo(expected);
    }
  }

  /** The reverse: guessed changed, made equal by another ingest before its turn: unchanged. */
  @Test
  void aFileGuessedChangedButEqualByItsTurnIsUnchanged() {
    TestBulletins.Week week = TestBulletins.Week.of(new Random(11));
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      store.ingest("a.txt", week.monday());
      List<IngestReport> reports =
          store.ingestAll(
              List.of(
                  IngestSource.of("x.txt", week.wednesday()),
                  IngestSource.of("a.txt", week.tuesday())),
              report -> changeAfterX(store, report, week.tuesday()));
      assertThat(reports)
          .extracting(IngestReport::outcome)
          .containsExactly(Outcome.ADDED, Outcome.UNCHANGED);
    }
  }

  /** Another ingest of a.txt between x.txt's commit and a.txt's turn. */
  private static void changeAfterX(BulletinStore store, IngestReport report, byte[] content) {
    if (report.source().equals("x.txt")) {
      store.ingest("a.txt", content);
    }
  }

  private static byte[] bytes(IngestSource file) {
    try {
      return file.content().read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> contents(Path db) {
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      return contents(store);
    }
  }

  /** Every story (id, members, merged item, evidence) and every item with its story. */
  private static List<String> contents(BulletinStore store) {
    List<String> out = new ArrayList<>();
    for (StoredStory story : store.stories(StoryQuery.all())) {
      out.add(story.toString());
    }
    store.forEachItem(item -> out.add(item.toString()));
    out.addAll(store.sources());
    return out;
  }
}
