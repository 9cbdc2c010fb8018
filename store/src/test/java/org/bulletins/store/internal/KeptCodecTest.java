package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.internal.LanguageOnlyFacts;
import org.bulletins.facts.CountedNumber;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchRule;
import org.bulletins.model.json.BulletinsJson;
import org.junit.jupiter.api.Test;

/**
 * The bytes kept for facts and verdicts read back as the values written, whatever they hold; bytes
 * that are cut, changed or of the other kind read as nothing; and the JSON of older versions is
 * still read.
 */
class KeptCodecTest {

  @Property(tries = 300)
  void factsReadBackEqual(@ForAll("facts") ItemFacts facts) {
    assertThat(KeptCodec.facts(KeptCodec.encode(facts))).contains(facts);
    assertThat(KeptIndex.facts(KeptCodec.encode(facts))).contains(facts);
  }

  @Test
  void aStandInReadsBackAsTheStandInAndExtractedFactsNeverDo() {
    for (Language language : Language.values()) {
      ItemFacts standIn = LanguageOnlyFacts.of(language);
      byte[] bytes = KeptCodec.encode(standIn);
      assertThat(bytes[0]).isEqualTo((byte) 'L');
      assertThat(KeptIndex.facts(bytes)).hasValueSatisfying(f -> assertThat(f).isSameAs(standIn));
      // Extracted facts that hold nothing but the language equal the stand-in, yet stay facts.
      ItemFacts extracted =
          new ItemFacts(language, List.of(), List.of(), List.of(), List.of(), Optional.empty());
      assertThat(extracted).isEqualTo(standIn);
      assertThat(KeptCodec.encode(extracted)[0]).isEqualTo((byte) 'F');
      assertThat(KeptIndex.facts(KeptCodec.encode(extracted)))
          .hasValueSatisfying(f -> assertThat(LanguageOnlyFacts.is(f)).isFalse());
      byte[] damaged = bytes.clone();
      damaged[3] ^= 0x20;
      assertThat(KeptCodec.facts(damaged)).isEmpty();
      assertThat(KeptCodec.facts(Arrays.copyOf(bytes, bytes.length - 1))).isEmpty();
    }
  }

  @Property(tries = 300)
  void evidenceReadsBackEqual(@ForAll("evidence") MatchEvidence evidence) {
    assertThat(KeptCodec.evidence(KeptCodec.encode(evidence))).contains(evidence);
  }

  @Property(tries = 300)
  void damagedBytesReadAsNothing(
      @ForAll("facts") ItemFacts facts,
      @ForAll("evidence") MatchEvidence evidence,
      @ForAll @IntRange(min = 0, max = 10_000) int where) {
    for (byte[] bytes : List.of(KeptCodec.encode(facts), KeptCodec.encode(evidence))) {
      int at = where % bytes.length;
      byte[] flipped = bytes.clone();
      flipped[at] ^= 0x20;
      byte[] cut = Arrays.copyOf(bytes, at);
      assertThat(KeptCodec.facts(flipped)).isEmpty();
      assertThat(KeptCodec.evidence(flipped)).isEmpty();
      assertThat(KeptCodec.facts(cut)).isEmpty();
      assertThat(KeptCodec.evidence(cut)).isEmpty();
    }
    assertThat(KeptCodec.evidence(KeptCodec.encode(facts))).isEmpty();
    assertThat(KeptCodec.facts(KeptCodec.encode(evidence))).isEmpty();
  }

  @Test
  void aDayOutOfRangeUnderAGoodChecksumReadsAsNothing() {
    LocalDate day = LocalDate.of(2026, 11, 29);
    ItemFacts facts =
        new ItemFacts(Language.EN, List.of(), List.of(), List.of(), List.of(day), Optional.empty());
    byte[] bytes = KeptCodec.encode(facts);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    int at = -1;
    for (int i = 0; i + 8 <= bytes.length - 4; i++) {
      if (buffer.getLong(i) == day.toEpochDay()) {
        at = i;
      }
    }
    assertThat(at).isNotNegative();
    buffer.putLong(at, Long.MAX_VALUE); // LocalDate.ofEpochDay throws DateTimeException
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    buffer.putInt(bytes.length - 4, (int) crc.getValue());
    assertThat(KeptCodec.facts(bytes)).isEmpty();
    assertThat(KeptIndex.facts(bytes)).isEmpty();
  }

  @Test
  void theJsonOfOlderVersionsIsStillRead() {
    ItemFacts facts =
        new ItemFacts(
            Language.FR,
            List.of("GT", "HN"),
            List.of("IOM"),
            List.of(new CountedNumber(120, "migrants")),
            List.of(LocalDate.of(2026, 11, 2)),
            Optional.of("Guatemala"));
    byte[] json = BulletinsJson.write(facts).getBytes(StandardCharsets.UTF_8);
    assertThat(KeptIndex.facts(json)).contains(facts);
    assertThat(KeptIndex.facts("not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(KeptIndex.facts("{\"language\":".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(KeptIndex.facts(null)).isEmpty();
  }

  @Provide
  Arbitrary<ItemFacts> facts() {
    Arbitrary<List<String>> words = text().list().ofMaxSize(4);
    Arbitrary<List<CountedNumber>> numbers =
        Combinators.combine(
                Arbitraries.longs(), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(9))
            .as(CountedNumber::new)
            .list()
            .ofMaxSize(3);
    Arbitrary<List<LocalDate>> days =
        Arbitraries.longs()
            .between(-100_000, 100_000)
            .map(LocalDate::ofEpochDay)
            .list()
            .ofMaxSize(3);
    return Combinators.combine(
            Arbitraries.of(Language.class), words, words, numbers, days, text().optional())
        .as(ItemFacts::new);
  }

  @Provide
  Arbitrary<MatchEvidence> evidence() {
    Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1);
    Arbitrary<Map<String, Double>> scores =
        Arbitraries.maps(text(), Arbitraries.doubles().between(-1e9, 1e9)).ofMaxSize(3);
    return Combinators.combine(
            unit,
            unit,
            unit,
            Arbitraries.integers().between(0, 5000).optional(),
            text().list().ofMaxSize(4),
            text().list().ofMaxSize(4),
            Arbitraries.of(MatchRule.class),
            scores)
        .as(
            (t, b, c, d, shared, conflicting, rule, s) ->
                new MatchEvidence(
                    t,
                    b,
                    c,
                    d,
                    new ArrayList<>(shared),
                    new ArrayList<>(conflicting),
                    rule.sameStory(),
                    rule,
                    new TreeMap<>(s),
                    t));
  }

  /** Text with accents and characters beyond Latin-1. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings().alpha().numeric().withChars("éÜçñ中文— ").ofMaxLength(12);
  }
}
