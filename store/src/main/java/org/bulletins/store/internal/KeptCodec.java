package org.bulletins.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.bulletins.dedup.internal.LanguageOnlyFacts;
import org.bulletins.facts.CountedNumber;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchRule;

/**
 * Bytes for what {@link KeptIndex} keeps per item and per verdict (an item's {@link ItemFacts}, a
 * same-story verdict's {@link MatchEvidence}), read back on every open of a store: decoding JSON
 * with a general mapper cost more than reading the rows (s8-18a's profile of opening a 300k store).
 *
 * <p>Layout (big-endian): a tag byte ({@code F} facts, {@code L} the language only, for facts the
 * index has not extracted, see {@link LanguageOnlyFacts}; {@code E} evidence), the fields in record
 * order (strings as a length in bytes, int, and UTF-8; enums by name, so that constants added later
 * do not shift; doubles as their exact bits; an absent value as a 0 flag byte), then the CRC-32 of
 * all before it (int). {@link #facts} and {@link #evidence} return nothing for bytes of another
 * tag, a wrong length, a bad checksum or a value its record refuses: the caller then computes that
 * state again, never trusts it.
 */
final class KeptCodec {

  private static final byte FACTS = 'F';
  private static final byte EVIDENCE = 'E';
  // A version before session 10 reads these as missing facts, and extracts and rewrites them.
  private static final byte LANGUAGE_ONLY = 'L';

  private KeptCodec() {}

  /** The bytes of an item's facts, or of their stand-in (the language only). */
  static byte[] encode(ItemFacts facts) {
    if (LanguageOnlyFacts.is(facts)) {
      return write(LANGUAGE_ONLY, out -> putString(out, facts.language().name()));
    }
    return write(
        FACTS,
        out -> {
          putString(out, facts.language().name());
          putStrings(out, facts.countries());
          putStrings(out, facts.organizations());
          out.writeInt(facts.numbers().size());
          for (CountedNumber n : facts.numbers()) {
            out.writeLong(n.value());
            putString(out, n.counts());
          }
          out.writeInt(facts.eventDates().size());
          for (LocalDate day : facts.eventDates()) {
            out.writeLong(day.toEpochDay());
          }
          out.writeBoolean(facts.dateline().isPresent());
          if (facts.dateline().isPresent()) {
            putString(out, facts.dateline().get());
          }
        });
  }

  /** The bytes of a verdict's evidence. */
  static byte[] encode(MatchEvidence e) {
    return write(
        EVIDENCE,
        out -> {
          out.writeDouble(e.titleSimilarity());
          out.writeDouble(e.bodySimilarity());
          out.writeDouble(e.containment());
          out.writeBoolean(e.dateDistanceDays().isPresent());
          if (e.dateDistanceDays().isPresent()) {
            out.writeInt(e.dateDistanceDays().get());
          }
          putStrings(out, e.sharedTerms());
          putStrings(out, e.conflictingTerms());
          out.writeBoolean(e.sameStory());
          putString(out, e.rule().name());
          out.writeInt(e.scores().size());
          for (Map.Entry<String, Double> score : e.scores().entrySet()) {
            putString(out, score.getKey());
            out.writeDouble(score.getValue());
          }
          out.writeDouble(e.strength());
        });
  }

  /** An item's facts (or their stand-in) from their bytes, if they are whole and valid. */
  static Optional<ItemFacts> facts(byte[] bytes) {
    if (bytes != null && bytes.length > 0 && bytes[0] == LANGUAGE_ONLY) {
      return read(bytes, LANGUAGE_ONLY, in -> LanguageOnlyFacts.of(Language.valueOf(string(in))));
    }
    return read(
        bytes,
        FACTS,
        in -> {
          Language language = Language.valueOf(string(in));
          List<String> countries = strings(in);
          List<String> organizations = strings(in);
          List<CountedNumber> numbers = new ArrayList<>();
          for (int i = count(in, 12); i > 0; i--) {
            numbers.add(new CountedNumber(in.getLong(), string(in)));
          }
          List<LocalDate> days = new ArrayList<>();
          for (int i = count(in, 8); i > 0; i--) {
            days.add(LocalDate.ofEpochDay(in.getLong()));
          }
          Optional<String> dateline = flag(in) ? Optional.of(string(in)) : Optional.empty();
          return new ItemFacts(language, countries, organizations, numbers, days, dateline);
        });
  }

  /** A verdict's evidence from its bytes, if they are whole and valid. */
  static Optional<MatchEvidence> evidence(byte[] bytes) {
    return read(
        bytes,
        EVIDENCE,
        in -> {
          double title = in.getDouble();
          double body = in.getDouble();
          double containment = in.getDouble();
          Optional<Integer> distance = flag(in) ? Optional.of(in.getInt()) : Optional.empty();
          List<String> shared = strings(in);
          List<String> conflicting = strings(in);
          boolean sameStory = flag(in);
          MatchRule rule = MatchRule.valueOf(string(in));
          Map<String, Double> scores = new LinkedHashMap<>();
          for (int i = count(in, 12); i > 0; i--) {
            scores.put(string(in), in.getDouble());
          }
          double strength = in.getDouble();
          return new MatchEvidence(
              title,
              body,
              containment,
              distance,
              shared,
              conflicting,
              sameStory,
              rule,
              scores,
              strength);
        });
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private interface Reader<T> {
    T read(ByteBuffer in);
  }

  private static byte[] write(byte tag, Writer body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    DataOutputStream out = new DataOutputStream(bytes);
    try {
      out.writeByte(tag);
      body.write(out);
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeInt((int) crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array never fails
    }
    return bytes.toByteArray();
  }

  private static <T> Optional<T> read(byte[] bytes, byte tag, Reader<T> body) {
    if (bytes == null || bytes.length < 5 || bytes[0] != tag) {
      return Optional.empty();
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer in = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
    if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
      return Optional.empty();
    }
    try {
      T value = body.read(in);
      return in.remaining() == 4 ? Optional.of(value) : Optional.empty();
    } catch (RuntimeException e) {
      // truncated, or a value its record or java.time refuses (an epoch day out of range)
      return Optional.empty();
    }
  }

  private static void putString(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static void putStrings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      putString(out, s);
    }
  }

  private static String string(ByteBuffer in) {
    int length = count(in, 1);
    byte[] utf8 = new byte[length];
    in.get(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  private static List<String> strings(ByteBuffer in) {
    int n = count(in, 4);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(string(in));
    }
    return out;
  }

  private static boolean flag(ByteBuffer in) {
    byte b = in.get();
    if (b != 0 && b != 1) {
      throw new IllegalArgumentException("not a flag: " + b);
    }
    return b == 1;
  }

  /**
   * A count read from the bytes, checked against what is left (each element at least min bytes).
   */
  private static int count(ByteBuffer in, int min) {
    int n = in.getInt();
    if (n < 0 || (long) n * min > in.remaining()) {
      throw new BufferUnderflowException();
    }
    return n;
  }
}
