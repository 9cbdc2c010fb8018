package org.bulletins.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupOptions;

/**
 * Opening a store restores only the blocks that a file's items (and the stored units they make
 * representatives again) need: the stories after the adds are exactly those of a restore that puts
 * every block in the index at once, whatever the files bring (exact copies of stored items, copies
 * that come first in source order, rewrites, new stories, translations, a replaced file), one file
 * per open or several in one, with small block caps so that capped blocks are met.
 */
class RestoredBlocksProperties {

  /** A file to ingest: its name and bytes. */
  private record File(String name, byte[] content) {}

  @Property(tries = 30)
  void restoringTheNeededBlocksGivesTheStoriesOfAFullRestore(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int storedFiles,
      @ForAll @IntRange(min = 1, max = 4) int newFiles,
      @ForAll @IntRange(min = 2, max = 14) int storyCount,
      @ForAll @IntRange(min = 2, max = 6) int blockCap,
      @ForAll boolean oneOpen,
      @ForAll boolean crossLanguage)
      throws IOException {
    Random random = new Random(seed);
    DedupEngine engine =
        DedupEngine.of(
            DedupOptions.builder()
                .maxBlockSize(blockCap + 2)
                .maxTermBlockSize(blockCap)
                .crossLanguage(crossLanguage)
                .build());
    List<TestBulletins.Story> stories = new ArrayList<>();
    List<List<TestBulletins.Story>> stored = lists(storedFiles);
    for (int s = 0; s < storyCount; s++) {
      TestBulletins.Story story =
          TestBulletins.story(random, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(10)));
      stories.add(story);
      int copies = 1 + random.nextInt(3);
      for (int c = 0; c < copies; c++) {
        stored.get(random.nextInt(storedFiles)).add(c == 0 ? story : story.edited(random));
      }
    }
    List<List<TestBulletins.Story>> fresh = lists(newFiles);
    for (List<TestBulletins.Story> file : fresh) {
      int count = 1 + random.nextInt(6);
      for (int i = 0; i < count; i++) {
        TestBulletins.Story known = stories.get(random.nextInt(stories.size()));
        switch (random.nextInt(5)) {
          case 0 -> file.add(known); // an exact copy of a stored item
          case 4 -> file.add(upperCase(known)); // a copy in capitals: the same unit, other keys
          case 1 -> file.add(known.edited(random)); // a rewrite
          case 2 ->
              file.add(
                  TestBulletins.story(
                      random, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(10))));
          case 3 -> file.add(known.edited(random).edited(random));
          default -> throw new AssertionError();
        }
      }
    }
    List<File> storedPart = new ArrayList<>();
    for (int f = 0; f < storedFiles; f++) {
      Collections.shuffle(stored.get(f), random);
      storedPart.add(
          new File("m-day" + f + ".txt", TestBulletins.file(stored.get(f)).getBytes(UTF_8)));
    }
    if (crossLanguage && random.nextBoolean()) {
      storedPart.add(new File("m-en.txt", ENGLISH.getBytes(UTF_8)));
    }
    List<File> newPart = new ArrayList<>();
    for (int f = 0; f < newFiles; f++) {
      // Named before the stored files half the time: their copies become representatives.
      String name = (random.nextBoolean() ? "a-new" : "z-new") + f + ".txt";
      newPart.add(new File(name, TestBulletins.file(fresh.get(f)).getBytes(UTF_8)));
    }
    if (crossLanguage && random.nextBoolean()) {
      newPart.add(
          random.nextInt(newPart.size() + 1), new File("b-es.txt", SPANISH.getBytes(UTF_8)));
    }
    if (random.nextInt(4) == 0 && !stored.get(0).isEmpty()) {
      // A stored file replaced by another version of it.
      List<TestBulletins.Story> changed = new ArrayList<>(stored.get(0));
      changed.set(0, changed.get(0).edited(random));
      newPart.add(
          random.nextInt(newPart.size() + 1),
          new File("m-day0.txt", TestBulletins.file(changed).getBytes(UTF_8)));
    }

    Path dir = Files.createTempDirectory("restored-blocks");
    try {
      Path base = dir.resolve("base.db");
      try (BulletinStore store = BulletinStore.open(base).withEngine(engine)) {
        for (File file : storedPart) {
          store.ingest(file.name(), file.content());
        }
      }
      Outcome needed =
          ingestInto(copy(base, dir.resolve("needed.db")), engine, false, newPart, oneOpen);
      Outcome all = ingestInto(copy(base, dir.resolve("all.db")), engine, true, newPart, oneOpen);
      assertThat(needed.stories()).isEqualTo(all.stories());
      // The same candidate pairs, verified: a block left out or missing a stored unit would lose
      // (or, past a cap, add) some, even where other keys still find the same stories.
      assertThat(needed.verified()).isEqualTo(all.verified());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static List<List<TestBulletins.Story>> lists(int count) {
    List<List<TestBulletins.Story>> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }

  /** The stories after the ingests, and how many pairs the ingests verified. */
  private record Outcome(List<StoredStory> stories, long verified) {}

  /** Ingests the files into the store, one open each or all in one. */
  private static Outcome ingestInto(
      Path db, DedupEngine engine, boolean allBlocks, List<File> files, boolean oneOpen) {
    BulletinStore store = open(db, engine, allBlocks);
    long verified = 0;
    try {
      for (File file : files) {
        store.ingest(file.name(), file.content());
        if (!oneOpen) {
          verified += store.verifiedPairs();
          store.close();
          store = open(db, engine, allBlocks);
        }
      }
      return new Outcome(store.stories(StoryQuery.all()), verified + store.verifiedPairs());
    } finally {
      store.close();
    }
  }

  private static BulletinStore open(Path db, DedupEngine engine, boolean allBlocks) {
    BulletinStore store = BulletinStore.open(db).withEngine(engine);
    return allBlocks ? store.withAllBlocks() : store;
  }

  /** A closed store's file (with its write-ahead log, if any) copied to {@code to}. */
  private static Path copy(Path db, Path to) throws IOException {
    Files.copy(db, to, StandardCopyOption.REPLACE_EXISTING);
    Path wal = db.resolveSibling(db.getFileName() + "-wal");
    if (Files.exists(wal)) {
      Files.copy(wal, to.resolveSibling(to.getFileName() + "-wal"));
    }
    return to;
  }

  private static final String ENGLISH =
      """
      4 January 2026

      Harbour agency hires 340 river pilots for the northern ports

      The National Harbour Agency (NHA) said on Thursday that it had hired 340 river pilots for \
      the ports of the north coast. The new pilots will guide some 2,750 cargo ships a year \
      through the estuary, where 18 vessels ran aground last winter.
      """;

  private static final String SPANISH =
      """
      5 January 2026

      La agencia portuaria contrata a 340 prácticos para los puertos del norte

      La Agencia Nacional Portuaria (NHA) informó el jueves que contrató a 340 prácticos \
      fluviales para los puertos de la costa norte. Los nuevos prácticos guiarán cada año a unos \
      2.750 buques de carga por el estuario, donde 18 barcos encallaron el invierno pasado.
      """;

  private static TestBulletins.Story upperCase(TestBulletins.Story story) {
    return new TestBulletins.Story(
        story.date(),
        story.title().toUpperCase(Locale.ROOT),
        story.paragraphs().stream().map(p -> p.toUpperCase(Locale.ROOT)).toList());
  }
}
