package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchRule;

/**
 * A cluster written field by field ({@link ClusterJson}) gives the bytes of the data-bound writer
 * nested through {@link NestedUtf8Buffer}, whatever its strings hold (HTML characters, quotes,
 * control characters, U+2028, accents, CJK); a cluster with a surrogate in any string is declined
 * and left for the data-bound writer.
 */
class ClusterJsonProperties {

  /** The cluster the old way: data binding into the nesting, encoding buffer. */
  private static byte[] dataBound(DedupCommand.Cluster cluster) throws Exception {
    NestedUtf8Buffer buffer = new NestedUtf8Buffer(System.lineSeparator(), 16);
    Formats.JSON_PRETTY.writeValue(buffer, cluster);
    return Arrays.copyOf(buffer.array(), buffer.finish());
  }

  private static boolean holdsSurrogate(DedupCommand.Cluster cluster) throws Exception {
    return Formats.JSON_PRETTY
        .writeValueAsString(cluster)
        .chars()
        .anyMatch(c -> Character.isSurrogate((char) c));
  }

  @Property(tries = 400)
  void fieldByFieldIsTheDataBoundForm(@ForAll("clusters") DedupCommand.Cluster cluster)
      throws Exception {
    // After a document written before: a declined cluster's bytes are taken back to its end.
    NestedUtf8Buffer out = new NestedUtf8Buffer(System.lineSeparator(), 16);
    out.write("{ \"before\" : 1 }");
    int before = out.finish();
    byte[] written = Arrays.copyOf(out.array(), before);
    boolean accepted = ClusterJson.write(out, cluster);
    assertThat(accepted).isEqualTo(!holdsSurrogate(cluster));
    assertThat(Arrays.copyOf(out.array(), before)).isEqualTo(written);
    if (accepted) {
      assertThat(Arrays.copyOfRange(out.array(), before, out.finish()))
          .isEqualTo(dataBound(cluster));
    } else {
      assertThat(out.size()).isEqualTo(before);
    }
  }

  @Property(tries = 150)
  void aChunkWritesEachClusterAsItsOwnDocument(
      @ForAll("clusterLists") List<DedupCommand.Cluster> clusters) throws Exception {
    // One generator for all: each accepted cluster's bytes are its data-bound form, nothing
    // between two of them, and a declined one (a surrogate) leaves nothing behind.
    NestedUtf8Buffer out = new NestedUtf8Buffer(System.lineSeparator(), 16);
    try (ClusterJson.Chunk chunk = new ClusterJson.Chunk(out)) {
      for (DedupCommand.Cluster cluster : clusters) {
        int before = out.size();
        boolean accepted = chunk.write(cluster);
        assertThat(accepted).isEqualTo(!holdsSurrogate(cluster));
        assertThat(Arrays.copyOfRange(out.array(), before, out.finish()))
            .isEqualTo(accepted ? dataBound(cluster) : new byte[0]);
      }
    }
  }

  @Example
  void aStringLongerThanTheKeptArrayAndASurrogateAfterIt() throws Exception {
    // Longer than the thread's kept array (16,384) and than one segment of Jackson's buffer.
    String longText = "a\u00e9<b> \u6771".repeat(5_000);
    DedupCommand.Cluster plain = cluster(longText, "x");
    NestedUtf8Buffer out = new NestedUtf8Buffer(System.lineSeparator(), 16);
    assertThat(ClusterJson.write(out, plain)).isTrue();
    assertThat(Arrays.copyOf(out.array(), out.finish())).isEqualTo(dataBound(plain));
    int size = out.size();
    // The surrogate comes in the last string written (a title variant), after the long one.
    assertThat(ClusterJson.write(out, cluster(longText, "x\ud83d\ude00"))).isFalse();
    assertThat(out.size()).isEqualTo(size);
    // A score's name is tested too.
    assertThat(ClusterJson.write(out, cluster("t", "x", "s\ud83d"))).isFalse();
    assertThat(out.size()).isEqualTo(size);
  }

  private static DedupCommand.Cluster cluster(String title, String variant, String... scores) {
    ItemView item =
        new ItemView(
            "a.txt",
            1,
            1,
            2,
            Optional.empty(),
            title,
            List.of(title),
            "abc",
            List.of(),
            Optional.empty());
    Map<String, Double> named = new TreeMap<>();
    for (String score : scores) {
      named.put(score, 0.5);
    }
    MatchEvidence evidence =
        new MatchEvidence(
            0.5,
            0.25,
            1.0,
            Optional.of(2),
            List.of("b"),
            List.of(),
            true,
            MatchRule.REWRITE,
            named,
            0.75);
    return new DedupCommand.Cluster(
        ClusterKind.NEAR_DUPLICATE,
        "abc",
        List.of(item, item),
        item,
        Map.of(),
        List.of(variant),
        List.of(new DedupCommand.Link(0, 1, evidence)));
  }

  @Example
  void everyFieldIsWritten() throws Exception {
    ItemView item =
        new ItemView(
            "a <b> & c.txt",
            7,
            5,
            12,
            Optional.of(LocalDate.of(2024, 3, 1)),
            "Caf\u00e9 \"news\"\u2028line",
            List.of("one", "two\ttab"),
            "abc123",
            List.of("Press Release"),
            Optional.empty());
    MatchEvidence evidence =
        new MatchEvidence(
            0.5,
            0.25,
            1.0,
            Optional.empty(),
            List.of("b", "a"),
            List.of(),
            true,
            MatchRule.REWRITE,
            Map.of("strength", 0.75, "jaccard", 0.125),
            0.75);
    Map<ItemField, Integer> sources = new EnumMap<>(ItemField.class);
    sources.put(ItemField.TITLE, 1);
    sources.put(ItemField.DATE, 0);
    DedupCommand.Cluster cluster =
        new DedupCommand.Cluster(
            ClusterKind.NEAR_DUPLICATE,
            "abc123",
            List.of(item, item),
            item,
            sources,
            List.of("x", "y"),
            List.of(new DedupCommand.Link(0, 1, evidence)));
    NestedUtf8Buffer out = new NestedUtf8Buffer(System.lineSeparator(), 16);
    assertThat(ClusterJson.write(out, cluster)).isTrue();
    byte[] bytes = Arrays.copyOf(out.array(), out.finish());
    assertThat(bytes).isEqualTo(dataBound(cluster));
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .contains("\"kind\" : \"near-duplicate\"")
        .contains("\"labels\" : [ \"Press Release\" ]")
        .contains("\"dateDistanceDays\" : null")
        .contains("\"rule\" : \"rewrite\"")
        .contains("\\u2028")
        .contains("\\u003Cb\\u003E")
        .contains("\n    \"kind\" : ")
        .contains("[ {\n      \"source\" : ");
  }

  @Provide
  Arbitrary<List<DedupCommand.Cluster>> clusterLists() {
    return clusters().list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<DedupCommand.Cluster> clusters() {
    Arbitrary<ItemView> items = items();
    // The merged item is often one of the members, as it is for every story of one item: the
    // same object or an equal copy (written once and copied), else an item of its own.
    Arbitrary<Integer> mergedPick = Arbitraries.integers().between(-2, 5);
    return Combinators.combine(
            Arbitraries.of(ClusterKind.class),
            texts(),
            items.list().ofMinSize(1).ofMaxSize(3),
            items,
            mergedPick,
            sources(),
            texts().list().ofMaxSize(3),
            links().list().ofMaxSize(3))
        .as(
            (kind, id, members, other, pick, sources, variants, links) ->
                new DedupCommand.Cluster(
                    kind, id, members, merged(members, other, pick), sources, variants, links));
  }

  /** Member {@code pick} (0-2), an equal copy of member {@code pick - 3} (3-5), else other. */
  private static ItemView merged(List<ItemView> members, ItemView other, int pick) {
    if (pick >= 0 && pick < 3) {
      return pick < members.size() ? members.get(pick) : other;
    }
    int copied = pick - 3;
    if (copied < 0 || copied >= members.size()) {
      return other;
    }
    ItemView m = members.get(copied);
    return new ItemView(
        new String(m.source()),
        m.line(),
        m.firstLine(),
        m.lastLine(),
        m.date(),
        new String(m.title()),
        List.copyOf(m.paragraphs()),
        new String(m.id()),
        List.copyOf(m.labels()),
        m.facts());
  }

  private static Arbitrary<String> texts() {
    Arbitrary<Character> special =
        Arbitraries.of(
            '<', '>', '&', '"', '\\', '/', '\n', '\t', '\u0000', '\u001f', '\u007f', '\u00e9',
            '\u00a0', '\u2028', '\u2029', '\u6771', '\ufeff', '\ud83d', '\ude00');
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(20, Arbitraries.chars().alpha()),
            net.jqwik.api.Tuple.of(3, Arbitraries.chars().with(' ')),
            net.jqwik.api.Tuple.of(1, special));
    // Mostly strings without surrogates, so that most clusters are written field by field.
    Arbitrary<String> plain =
        Arbitraries.strings()
            .withChars("abc XYZ<>&\"\\/\t\n\u00e9\u00a0\u2028\u2029\u6771\u0001")
            .ofMaxLength(12);
    return Arbitraries.oneOf(
        plain,
        plain,
        plain,
        plain,
        plain,
        chars.list().ofMaxSize(12).map(ClusterJsonProperties::join));
  }

  private static String join(List<Character> chars) {
    StringBuilder text = new StringBuilder();
    chars.forEach(text::append);
    return text.toString();
  }

  private static Arbitrary<ItemView> items() {
    // Days of 1970-2079, and now and then a year of fewer or more than four digits, or below 0
    // (written with a sign), around the years written from the array (0 to 9999).
    Arbitrary<Optional<LocalDate>> dates =
        Arbitraries.oneOf(
            Arbitraries.integers()
                .between(-1, 40_000)
                .map(
                    d ->
                        d < 0 ? Optional.<LocalDate>empty() : Optional.of(LocalDate.ofEpochDay(d))),
            Arbitraries.of(-12_000, -1, 0, 7, 99, 999, 1000, 1999, 9999, 10_000, 123_456)
                .flatMap(
                    year ->
                        Arbitraries.integers()
                            .between(1, 365)
                            .map(day -> Optional.of(LocalDate.ofYearDay(year, day)))));
    return Combinators.combine(
            texts(),
            Arbitraries.integers().between(1, 1_000_000),
            dates,
            texts(),
            texts().list().ofMaxSize(3),
            texts().list().ofMaxSize(2))
        .as(
            (source, line, date, title, paragraphs, labels) ->
                new ItemView(
                    source,
                    line,
                    line,
                    line + paragraphs.size(),
                    date,
                    title,
                    paragraphs,
                    "0123abcd",
                    labels,
                    Optional.empty()));
  }

  private static Arbitrary<Map<ItemField, Integer>> sources() {
    return Arbitraries.subsetOf(ItemField.values())
        .map(
            fields -> {
              Map<ItemField, Integer> sources = new EnumMap<>(ItemField.class);
              fields.forEach(f -> sources.put(f, f.ordinal() * 3));
              return sources;
            });
  }

  private static Arbitrary<DedupCommand.Link> links() {
    Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1);
    Arbitrary<Optional<Integer>> days =
        Arbitraries.integers()
            .between(-1, 5000)
            .map(d -> d < 0 ? Optional.<Integer>empty() : Optional.of(d));
    Arbitrary<Map<String, Double>> scores =
        Arbitraries.maps(texts(), unit).ofMaxSize(3).map(TreeMap::new);
    Arbitrary<MatchEvidence> evidence =
        Combinators.combine(
                unit,
                unit,
                unit,
                days,
                texts().list().ofMaxSize(3),
                texts().list().ofMaxSize(2),
                Arbitraries.of(MatchRule.class),
                scores)
            .as(
                (title, body, containment, distance, shared, conflicting, rule, named) ->
                    new MatchEvidence(
                        title,
                        body,
                        containment,
                        distance,
                        shared,
                        conflicting,
                        rule.sameStory(),
                        rule,
                        named,
                        title * body));
    return Combinators.combine(
            Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20), evidence)
        .as(DedupCommand.Link::new);
  }
}
