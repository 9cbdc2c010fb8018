package org.bulletins.benchmarks;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/**
 * Grows the seed bulletins into a corpus of any size, deterministically: the same seeds, options
 * and {@code --seed} give the same bytes on every machine.
 *
 * <p>Each <em>story</em> is new text grown from one seed item (its template): a date in 2012 to
 * 2023, a title of words drawn from the seed titles, a body from a word-bigram chain over the seed
 * bodies with the template's length, plus story-specific terms (a made-up proper name and a
 * number), so that different stories stay different at any scale. A story is a function of {@code
 * (seed, storyNumber)} only, so duplicates are made without keeping the corpus in memory.
 *
 * <p>With probability {@code --dup-rate} (default 0.2) an item is instead a duplicate of an earlier
 * story, of one of the kinds of the dedup evaluation set, chosen uniformly: {@code verbatim},
 * {@code typographic} (curly quotes, dashes, entities, no-break spaces), {@code retitled} (site
 * prefix or suffix, or a word dropped), {@code teaser} (first paragraph cut to 60% plus an ellipsis
 * or "Read more"), {@code date-shifted} (one or two days, or undated) and {@code rewrite}
 * (sentences reordered, one word in ten dropped, title words reordered).
 *
 * <p>Next to the corpus, {@code FILE.truth.tsv} lists every item in file order: index, story number
 * and kind ({@code original} or the duplicate kind), so that recall can be measured.
 *
 * <pre>
 * java -cp benchmarks.jar org.bulletins.benchmarks.CorpusGenerator --items 100000 --out /tmp/c.txt --seed 1
 * java -cp benchmarks.jar org.bulletins.benchmarks.CorpusGenerator --bytes 1g --out /tmp/c.txt --no-truth
 * </pre>
 */
public final class CorpusGenerator {

  /** The kinds of duplicates, in the order the generator draws them. */
  public static final List<String> KINDS =
      List.of("verbatim", "typographic", "retitled", "teaser", "date-shifted", "rewrite");

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ra", "ten", "vo", "su", "de", "ran", "bel", "to", "ni", "mar", "go", "shi",
    "al", "en", "po", "qui", "zu", "fa", "lin", "or", "bra", "cu", "hem", "yo", "tas", "vi", "ne"
  };
  private static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
  private static final int DAYS = 12 * 365;

  private final List<NewsItem> templates;
  private final String[] titleWords;
  private final Map<String, String[]> next;
  private final String[] starts;
  private final long seed;
  private final double dupRate;

  /**
   * A generator over seed items.
   *
   * @param templates the seed items, at least one with a body
   * @param seed the random seed
   * @param dupRate the share of items that are duplicates, 0 to 1
   */
  public CorpusGenerator(List<NewsItem> templates, long seed, double dupRate) {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("templates must not be empty");
    }
    if (!(dupRate >= 0 && dupRate < 1)) {
      throw new IllegalArgumentException("dupRate must be in [0, 1), was " + dupRate);
    }
    this.templates = List.copyOf(templates);
    this.seed = seed;
    this.dupRate = dupRate;
    LinkedHashSet<String> tw = new LinkedHashSet<>();
    Map<String, List<String>> chain = new HashMap<>();
    List<String> firsts = new ArrayList<>();
    for (NewsItem item : templates) {
      for (String w : item.title().split(" ")) {
        if (!w.isBlank() && !w.endsWith(":")) {
          tw.add(w);
        }
      }
      for (String paragraph : item.paragraphs()) {
        String[] words = paragraph.split(" ");
        firsts.add(words[0]);
        for (int i = 0; i + 1 < words.length; i++) {
          chain.computeIfAbsent(words[i], k -> new ArrayList<>()).add(words[i + 1]);
        }
      }
    }
    this.titleWords = tw.toArray(String[]::new);
    this.next = new HashMap<>();
    chain.forEach((k, v) -> next.put(k, v.toArray(String[]::new)));
    this.starts = firsts.toArray(String[]::new);
  }

  /**
   * Reads the seed items of a folder of {@code *.txt} files, in file-name order.
   *
   * @param folder the folder
   * @return the items
   * @throws IOException if a file cannot be read
   */
  public static List<NewsItem> readSeeds(Path folder) throws IOException {
    BulletinParser parser = BulletinParser.create();
    List<NewsItem> items = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        items.addAll(parser.parse(file).items());
      }
    }
    return items.stream().filter(i -> !i.paragraphs().isEmpty()).toList();
  }

  /** One generated item before it is written. */
  record Generated(
      Optional<LocalDate> date, String title, List<String> paragraphs, long story, String kind) {}

  /**
   * The original text of a story; a pure function of the seed and the story number.
   *
   * @param story the story number, from 0
   * @return the story
   */
  Generated story(long story) {
    SplittableRandom r =
        new SplittableRandom(seed * 0x9E3779B97F4A7C15L + story * 0xBF58476D1CE4E5B9L);
    NewsItem template = templates.get(r.nextInt(templates.size()));
    LocalDate date = FIRST_DAY.plusDays(r.nextInt(DAYS));
    String name = name(r);
    String number = Integer.toString(10 + r.nextInt(99_990));
    // Title: 5 to 11 seed title words, the name somewhere, sometimes the number.
    int titleLength = 5 + r.nextInt(7);
    List<String> title = new ArrayList<>();
    for (int i = 0; i < titleLength; i++) {
      title.add(titleWords[r.nextInt(titleWords.length)]);
    }
    title.add(r.nextInt(title.size() + 1), name);
    if (r.nextInt(3) == 0) {
      title.add(r.nextInt(title.size() + 1), number);
    }
    String titleText = capitalize(String.join(" ", title));
    // Body: the template's word count (at least 20), +-30%, in 1 to 3 paragraphs.
    int templateWords = template.body().split(" ").length;
    int words = Math.max(20, (int) (templateWords * (0.7 + 0.6 * r.nextDouble())));
    int paragraphCount = 1 + r.nextInt(words >= 60 ? 3 : 1);
    List<String> paragraphs = new ArrayList<>();
    int perParagraph = words / paragraphCount;
    for (int p = 0; p < paragraphCount; p++) {
      List<String> text = chain(r, perParagraph);
      if (p == 0) {
        text.add(Math.min(text.size(), 1 + r.nextInt(5)), name);
        text.add(r.nextInt(text.size() + 1), number);
      } else if (r.nextBoolean()) {
        text.add(r.nextInt(text.size() + 1), name);
      }
      paragraphs.add(capitalize(String.join(" ", text)));
    }
    return new Generated(Optional.of(date), titleText, paragraphs, story, "original");
  }

  private List<String> chain(SplittableRandom r, int length) {
    List<String> out = new ArrayList<>(length + 2);
    String word = starts[r.nextInt(starts.length)];
    out.add(word);
    while (out.size() < length) {
      String[] successors = next.get(word);
      word =
          successors == null
              ? starts[r.nextInt(starts.length)]
              : successors[r.nextInt(successors.length)];
      out.add(word);
    }
    if (!word.endsWith(".")) {
      out.set(out.size() - 1, word + ".");
    }
    return out;
  }

  private static String name(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int syllables = 2 + r.nextInt(3);
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return capitalize(b.toString());
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * A duplicate of a story.
   *
   * @param original the story's original text
   * @param kind one of {@link #KINDS}
   * @param r the random source
   * @return the copy
   */
  static Generated duplicate(Generated original, String kind, SplittableRandom r) {
    String title = original.title();
    List<String> paragraphs = original.paragraphs();
    Optional<LocalDate> date = original.date();
    switch (kind) {
      case "verbatim" -> {}
      case "typographic" -> {
        title = typographic(title);
        paragraphs = paragraphs.stream().map(CorpusGenerator::typographic).toList();
      }
      case "retitled" -> title = retitle(title, r);
      case "teaser" -> {
        String[] words = paragraphs.get(0).split(" ");
        int keep = Math.min(words.length, Math.max(14, (int) (words.length * 0.6)));
        String cut = String.join(" ", java.util.Arrays.copyOf(words, keep));
        paragraphs = List.of(r.nextBoolean() ? cut + "\u2026" : cut + " Read more");
      }
      case "date-shifted" -> {
        int days = 1 + r.nextInt(2);
        date =
            r.nextInt(5) == 0
                ? Optional.empty()
                : date.map(d -> r.nextBoolean() ? d.plusDays(days) : d.minusDays(days));
      }
      case "rewrite" -> {
        title = rewriteTitle(title, r);
        paragraphs = paragraphs.stream().map(p -> rewriteParagraph(p, r)).toList();
        List<String> reordered = new ArrayList<>(paragraphs);
        if (reordered.size() > 1) {
          java.util.Collections.swap(reordered, 0, reordered.size() - 1);
        }
        paragraphs = reordered;
      }
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    }
    return new Generated(date, title, paragraphs, original.story(), kind);
  }

  static String typographic(String text) {
    return text.replace("'", "\u2019")
        .replaceAll("\"([^\"]*)\"", "\u201C$1\u201D")
        .replace(" - ", " \u2014 ")
        .replace("&", "&amp;")
        .replace(", ", ",\u00A0");
  }

  private static String retitle(String title, SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> "IOM: " + title;
      case 1 -> title + " | IOM";
      default -> {
        List<String> kept = new ArrayList<>(List.of(title.split(" ")));
        if (kept.size() > 6) {
          kept.remove(kept.size() - 2);
        }
        yield String.join(" ", kept) + " - IOM Online";
      }
    };
  }

  private static String rewriteTitle(String title, SplittableRandom r) {
    List<String> words = new ArrayList<>(List.of(title.split(" ")));
    int cut = 1 + r.nextInt(Math.max(1, words.size() - 1));
    List<String> rotated = new ArrayList<>(words.subList(cut, words.size()));
    rotated.addAll(words.subList(0, cut));
    return capitalize(String.join(" ", rotated));
  }

  private static String rewriteParagraph(String paragraph, SplittableRandom r) {
    // Sentences in another order, one word in ten dropped.
    List<String> sentences = new ArrayList<>(List.of(paragraph.split("(?<=\\.) ")));
    if (sentences.size() > 1) {
      java.util.Collections.rotate(sentences, 1 + r.nextInt(sentences.size() - 1));
    }
    List<String> words = new ArrayList<>();
    for (String w : String.join(" ", sentences).split(" ")) {
      if (r.nextInt(10) != 0 || words.isEmpty()) {
        words.add(w);
      }
    }
    return capitalize(String.join(" ", words));
  }

  /**
   * Writes items until {@code items} items or {@code bytes} bytes, whichever comes first.
   *
   * @param out the corpus
   * @param truth where to write the truth table, or null
   * @param items the most items
   * @param bytes the most bytes (the last item may pass it)
   * @return the number of items written
   * @throws IOException if writing fails
   */
  public long write(OutputStream out, Writer truth, long items, long bytes) throws IOException {
    long[] written = {0};
    OutputStream counting =
        new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written[0] += len;
          }

          @Override
          public void write(int b) throws IOException {
            out.write(b);
            written[0]++;
          }
        };
    SplittableRandom r = new SplittableRandom(seed);
    long stories = 0;
    long count = 0;
    Writer w =
        new BufferedWriter(new OutputStreamWriter(counting, StandardCharsets.UTF_8), 1 << 16);
    while (count < items && written[0] < bytes) {
      Generated g;
      if (stories > 0 && r.nextDouble() < dupRate) {
        long story = r.nextLong(stories);
        g = duplicate(story(story), KINDS.get(r.nextInt(KINDS.size())), r.split());
      } else {
        g = story(stories++);
      }
      writeItem(w, g, r.nextInt(5));
      if (truth != null) {
        truth.write(count + "\t" + g.story() + "\t" + g.kind() + "\n");
      }
      count++;
      if ((count & 255) == 0) {
        w.flush();
      }
    }
    w.flush();
    return count;
  }

  private static void writeItem(Writer w, Generated g, int dateStyle) throws IOException {
    if (g.date().isPresent()) {
      LocalDate d = g.date().get();
      String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      w.write(
          switch (dateStyle) {
            case 0, 1 -> d.getDayOfMonth() + " " + month + ", " + d.getYear();
            case 2 -> month + " " + d.getDayOfMonth() + ", " + d.getYear();
            case 3 -> d.toString();
            default ->
                d.getDayOfMonth()
                    + " de "
                    + d.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("es"))
                    + " de "
                    + d.getYear();
          });
    } else {
      w.write("Undated");
    }
    w.write("\n\n");
    w.write(g.title());
    w.write("\n\n");
    for (String p : g.paragraphs()) {
      w.write(p);
      w.write("\n\n");
    }
  }

  /**
   * The command line: {@code --items N | --bytes SIZE (k, m, g suffix) --out FILE [--seed S]
   * [--dup-rate R] [--seeds DIR] [--no-truth]}.
   *
   * @param args the arguments
   * @throws IOException if the seeds cannot be read or the corpus cannot be written
   */
  public static void main(String[] args) throws IOException {
    long items = Long.MAX_VALUE;
    long bytes = Long.MAX_VALUE;
    Path out = null;
    long seed = 1;
    double dupRate = 0.2;
    Path seeds = Path.of("seeds");
    boolean truth = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--items" -> items = Long.parseLong(args[++i]);
        case "--bytes" -> bytes = size(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--dup-rate" -> dupRate = Double.parseDouble(args[++i]);
        case "--seeds" -> seeds = Path.of(args[++i]);
        case "--no-truth" -> truth = false;
        default -> usage("unknown option " + args[i]);
      }
    }
    if (out == null || (items == Long.MAX_VALUE && bytes == Long.MAX_VALUE)) {
      usage("--out and one of --items or --bytes are required");
    }
    CorpusGenerator generator = new CorpusGenerator(readSeeds(seeds), seed, dupRate);
    long start = System.nanoTime();
    long n;
    try (OutputStream o = Files.newOutputStream(out);
        Writer t = truth ? Files.newBufferedWriter(Path.of(out + ".truth.tsv")) : null) {
      n = generator.write(o, t, items, bytes);
    }
    System.err.printf(
        "wrote %d items, %d bytes to %s in %.1f s%n",
        n, Files.size(out), out, (System.nanoTime() - start) / 1e9);
  }

  private static long size(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    long unit =
        lower.endsWith("k")
            ? 1L << 10
            : lower.endsWith("m") ? 1L << 20 : lower.endsWith("g") ? 1L << 30 : 1;
    String digits = unit == 1 ? lower : lower.substring(0, lower.length() - 1);
    return Long.parseLong(digits) * unit;
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(
        "usage: CorpusGenerator (--items N | --bytes SIZE[k|m|g]) --out FILE [--seed S]"
            + " [--dup-rate 0.2] [--seeds DIR] [--no-truth]");
    System.exit(2);
  }
}
