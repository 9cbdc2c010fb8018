package org.bulletins.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Made-up bulletins for the store's tests: stories of invented words, each printed in one or more
 * files as exact copies or with one word changed, so that deduplication has copies to find.
 */
final class TestBulletins {

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ra", "te", "su", "no", "vi", "pe", "da", "go", "zu", "fa", "ri", "bo", "ne"
  };
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** One story's text. */
  record Story(LocalDate date, String title, List<String> paragraphs) {

    String bulletin() {
      return DATE.format(date) + "\n\n" + title + "\n\n" + String.join("\n\n", paragraphs) + "\n\n";
    }

    /** The same story with one body word replaced: a near copy. */
    Story edited(Random random) {
      List<String> changed = new ArrayList<>(paragraphs);
      String first = changed.get(0);
      int space = first.indexOf(' ', first.length() / 2);
      changed.set(0, first.substring(0, space) + " " + word(random) + first.substring(space));
      return new Story(date, title, changed);
    }
  }

  private TestBulletins() {}

  static String word(Random random) {
    StringBuilder w = new StringBuilder();
    int n = 2 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }

  static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      s.append(i == 0 ? "" : " ").append(word(random));
    }
    String text = s.toString();
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static Story story(Random random, LocalDate date) {
    List<String> paragraphs = new ArrayList<>();
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      paragraphs.add(sentence(random, 40 + random.nextInt(30)) + ".");
    }
    return new Story(date, sentence(random, 6 + random.nextInt(4)), paragraphs);
  }

  /**
   * The word of the stories' merged paragraphs that the most stories hold (the first such word in
   * their order): a search that selects several stories.
   */
  static String commonWord(List<StoredStory> stories) {
    Map<String, Set<String>> storiesOf = new LinkedHashMap<>();
    for (StoredStory stored : stories) {
      for (String paragraph : stored.story().merged().paragraphs()) {
        for (String word : paragraph.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
          if (word.length() > 3) {
            storiesOf.computeIfAbsent(word, w -> new HashSet<>()).add(stored.storyId());
          }
        }
      }
    }
    return storiesOf.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size()))
        .orElseThrow()
        .getKey();
  }

  /** A file of stories, in the order given. */
  static String file(List<Story> stories) {
    StringBuilder out = new StringBuilder();
    for (Story story : stories) {
      out.append(story.bulletin());
    }
    return out.toString();
  }

  /** The UTF-8 bytes of a file of stories, in the order given. */
  static byte[] bytes(Story... stories) {
    return file(List.of(stories)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Three daily files of four stories, with copies and rewrites across the days (the stores' tests'
   * usual week): Monday holds a flood twice; Tuesday a rewrite of the flood and of the census, and
   * a harvest; Wednesday a rewrite of the drought and of the harvest, and the census again.
   */
  record Week(
      Story flood,
      Story drought,
      Story census,
      Story harvest,
      byte[] monday,
      byte[] tuesday,
      byte[] wednesday) {

    /** A week drawn from {@code random}, which later draws continue. */
    static Week of(Random random) {
      Story flood = story(random, LocalDate.of(2026, 11, 2));
      Story drought = story(random, LocalDate.of(2026, 11, 1));
      Story census = story(random, LocalDate.of(2026, 11, 2));
      Story harvest = story(random, LocalDate.of(2026, 11, 3));
      byte[] monday = bytes(flood, drought, census, flood.edited(random));
      byte[] tuesday = bytes(flood.edited(random), harvest, census.edited(random));
      byte[] wednesday = bytes(drought.edited(random), census, harvest.edited(random));
      return new Week(flood, drought, census, harvest, monday, tuesday, wednesday);
    }

    /** Ingests the three days into an open store, in order. */
    void ingestAll(BulletinStore store) {
      store.ingest("monday.txt", monday);
      store.ingest("tuesday.txt", tuesday);
      store.ingest("wednesday.txt", wednesday);
    }

    /** The stories of a new store at {@code db} that ingested the three days in one open. */
    List<StoredStory> storiesInOneOpen(Path db) {
      try (BulletinStore store = BulletinStore.open(db)) {
        ingestAll(store);
        return store.stories(StoryQuery.all());
      }
    }

    /** Ingests Monday and Tuesday into the store at {@code db} in one open, and closes it. */
    Path twoDays(Path db) {
      try (BulletinStore store = BulletinStore.open(db)) {
        store.ingest("monday.txt", monday);
        store.ingest("tuesday.txt", tuesday);
      }
      return db;
    }
  }
}
