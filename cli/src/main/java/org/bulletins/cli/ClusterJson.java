package org.bulletins.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;

/**
 * Writes one {@link DedupCommand.Cluster} as UTF-8 JSON, one level deeper, field by field: the
 * bytes that {@link Formats#JSON_PRETTY} gives for the cluster inside the report (its form is the
 * records' annotations: field order, {@code labels} only when there are some, {@code facts} never
 * in {@code dedup}, the evidence's fields unwrapped into the link, enums by their JSON names).
 * {@code dedup} writes about 1.7 GB of this at a million items; data binding (a serializer looked
 * up per value, a map serializer per item's field sources) and encoding characters to bytes in a
 * second pass took most of the time of writing, with both cores busy.
 *
 * <p>Jackson's UTF-8 generator writes a character outside the Basic Multilingual Plane (a surrogate
 * pair) as two escapes (<code>&#92;uD83D&#92;uDE00</code>) where the text form writes its four
 * bytes, and a surrogate without its pair otherwise than the text form's {@code ?}: {@link #write}
 * declines a cluster whose strings hold any surrogate, and the caller renders that one the old way.
 */
final class ClusterJson {

  private static final Map<ClusterKind, String> KINDS = names(ClusterKind.class);

  /** The field sources' names, encoded once (Jackson copies their bytes). */
  private static final Map<ItemField, SerializedString> FIELDS = encoded(ItemField.class);

  // The records' property names, encoded once: the generator copies their quoted bytes instead of
  // escaping each name's characters again for every one of the million items.
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString MEMBERS = new SerializedString("members");
  private static final SerializedString MERGED = new SerializedString("merged");
  private static final SerializedString FIELD_SOURCES = new SerializedString("fieldSources");
  private static final SerializedString TITLE_VARIANTS = new SerializedString("titleVariants");
  private static final SerializedString EVIDENCE = new SerializedString("evidence");
  private static final SerializedString SOURCE = new SerializedString("source");
  private static final SerializedString LINE = new SerializedString("line");
  private static final SerializedString FIRST_LINE = new SerializedString("firstLine");
  private static final SerializedString LAST_LINE = new SerializedString("lastLine");
  private static final SerializedString DATE = new SerializedString("date");
  private static final SerializedString TITLE = new SerializedString("title");
  private static final SerializedString PARAGRAPHS = new SerializedString("paragraphs");
  private static final SerializedString LABELS = new SerializedString("labels");
  private static final SerializedString LEFT = new SerializedString("left");
  private static final SerializedString RIGHT = new SerializedString("right");
  private static final SerializedString SAME_STORY = new SerializedString("sameStory");
  private static final SerializedString RULE = new SerializedString("rule");
  private static final SerializedString TITLE_SIMILARITY = new SerializedString("titleSimilarity");
  private static final SerializedString BODY_SIMILARITY = new SerializedString("bodySimilarity");
  private static final SerializedString CONTAINMENT = new SerializedString("containment");
  private static final SerializedString DATE_DISTANCE_DAYS =
      new SerializedString("dateDistanceDays");
  private static final SerializedString SHARED_TERMS = new SerializedString("sharedTerms");
  private static final SerializedString CONFLICTING_TERMS =
      new SerializedString("conflictingTerms");
  private static final SerializedString SCORES = new SerializedString("scores");
  private static final SerializedString STRENGTH = new SerializedString("strength");

  /** The report's pretty printer, its objects' lines indented one level more. */
  private static final DefaultPrettyPrinter NESTED =
      new EncodedPrinter(new DefaultPrettyPrinter().withObjectIndenter(new NestedIndenter()));

  private ClusterJson() {}

  /**
   * Writes a cluster, unless a string in it holds a surrogate.
   *
   * <p>There is no pass over the cluster's strings before writing: the generator's escapes are
   * asked about every character above ASCII of every string and field name it writes, and note a
   * surrogate ({@link SurrogateNoting}); a cluster found to hold one has its bytes taken back. Each
   * string is copied into a character array and written from there ({@link Writing#string}):
   * Jackson's loops over a {@code String} read it by {@code charAt}, which for a string of the
   * two-byte coding checked each index (a third of the rendering threads' samples in a fresh
   * process); its loops over an array do not.
   *
   * @param out where the bytes go; its size is as before when this returns false
   * @param cluster the cluster
   * @return false when the cluster holds a surrogate and was not written
   * @throws IOException when writing fails
   */
  static boolean write(NestedUtf8Buffer out, DedupCommand.Cluster cluster) throws IOException {
    try (Chunk chunk = new Chunk(out)) {
      return chunk.write(cluster);
    }
  }

  /**
   * Clusters written one after the other into one buffer by one generator ({@link #write} for
   * each): a generator per cluster cost its creation and its buffers' release (a tenth of the
   * rendering threads' samples). Each cluster is a root value of the generator, whose printer
   * writes no separator between root values, and is flushed to the buffer when written, so the
   * buffer's size is the cluster's end and a declined cluster's bytes can be taken back.
   */
  static final class Chunk implements AutoCloseable {
    private final NestedUtf8Buffer out;
    private final SurrogateNoting escapes = new SurrogateNoting(ESCAPES);
    private final JsonGenerator json;
    private final Writing writing;

    /**
     * Starts writing into a buffer.
     *
     * @param out where the bytes go
     * @throws IOException when the generator cannot be made
     */
    Chunk(NestedUtf8Buffer out) throws IOException {
      this.out = out;
      this.json = Formats.JSON_PRETTY.getFactory().createGenerator(out.bytes());
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(NESTED.createInstance());
      json.setCharacterEscapes(escapes);
      this.writing = new Writing(json, out, CHARS.get());
    }

    /**
     * Writes a cluster, unless a string in it holds a surrogate (see {@link ClusterJson#write}).
     *
     * @param cluster the cluster
     * @return false when the cluster holds a surrogate and was not written; the buffer's size is
     *     then as before
     * @throws IOException when writing fails
     */
    boolean write(DedupCommand.Cluster cluster) throws IOException {
      int start = out.size(); // the generator holds no bytes: flushed after each cluster
      escapes.seen = false;
      writing.cluster(cluster);
      json.flush();
      if (escapes.seen) {
        out.truncate(start);
        return false;
      }
      return true;
    }

    @Override
    public void close() throws IOException {
      json.close();
    }
  }

  /**
   * Clusters' writing: their generator, the array each string is copied into, and the buffer the
   * generator writes to, whose bytes of a member are copied as the merged item's when the two are
   * equal.
   */
  private static final class Writing {
    private final JsonGenerator json;
    private final NestedUtf8Buffer out;
    private final OutputStream bytes;
    private char[] chars;

    // Where the member equal to the cluster's merged item was written, [from, to); from -1: none.
    private int equalFrom = -1;
    private int equalTo = -1;

    Writing(JsonGenerator json, NestedUtf8Buffer out, char[] chars) {
      this.json = json;
      this.out = out;
      this.bytes = out.bytes();
      this.chars = chars;
    }

    private void cluster(DedupCommand.Cluster cluster) throws IOException {
      json.writeStartObject();
      json.writeFieldName(KIND);
      json.writeString(KINDS.get(cluster.kind()));
      json.writeFieldName(ID);
      string(cluster.id());
      json.writeFieldName(MEMBERS);
      members(cluster.members(), cluster.merged());
      json.writeFieldName(MERGED);
      merged(cluster.merged());
      json.writeFieldName(FIELD_SOURCES);
      json.writeStartObject();
      for (Map.Entry<ItemField, Integer> source : cluster.fieldSources().entrySet()) {
        json.writeFieldName(FIELDS.get(source.getKey()));
        json.writeNumber(source.getValue());
      }
      json.writeEndObject();
      json.writeFieldName(TITLE_VARIANTS);
      strings(cluster.titleVariants());
      json.writeFieldName(EVIDENCE);
      json.writeStartArray();
      for (DedupCommand.Link link : cluster.evidence()) {
        link(link);
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    /**
     * Writes the members, noting where the first one equal to the merged item was written: a story
     * of one item (most stories of a large run) merges into that item, whose bytes are then copied
     * rather than made again.
     */
    private void members(List<ItemView> members, ItemView merged) throws IOException {
      equalFrom = -1;
      json.writeStartArray();
      for (ItemView member : members) {
        if (equalFrom < 0 && member.id().equals(merged.id()) && member.equals(merged)) {
          json.flush(); // the buffer's size is then where the member starts
          int before = out.size();
          item(member);
          json.flush();
          equalTo = out.size();
          equalFrom = objectStart(before, equalTo);
        } else {
          item(member);
        }
      }
      json.writeEndArray();
    }

    /**
     * Writes the merged item, or copies the equal member's bytes: members (objects in an array) and
     * the merged item (an object's field) are at the same nesting depth, and arrays indent nothing,
     * so equal items have the same bytes.
     */
    private void merged(ItemView merged) throws IOException {
      if (equalFrom < 0) {
        item(merged);
        return;
      }
      // The field's value begins: the generator writes its " : " and counts the value as written.
      json.writeRawValue("");
      json.flush();
      bytes.write(out.array(), equalFrom, equalTo - equalFrom);
    }

    /**
     * Where the object written in {@code [from, to)} starts: after the separator that the array
     * wrote before it (spaces and a comma, never a brace); -1 if there is no brace.
     */
    private int objectStart(int from, int to) {
      byte[] written = out.array();
      for (int at = from; at < to; at++) {
        if (written[at] == '{') {
          return at;
        }
      }
      return -1;
    }

    private void item(ItemView item) throws IOException {
      json.writeStartObject();
      json.writeFieldName(SOURCE);
      string(item.source());
      number(LINE, item.line());
      number(FIRST_LINE, item.firstLine());
      number(LAST_LINE, item.lastLine());
      json.writeFieldName(DATE);
      if (item.date().isPresent()) {
        date(item.date().get());
      } else {
        json.writeNull();
      }
      json.writeFieldName(TITLE);
      string(item.title());
      json.writeFieldName(PARAGRAPHS);
      strings(item.paragraphs());
      json.writeFieldName(ID);
      string(item.id());
      if (!item.labels().isEmpty()) {
        json.writeFieldName(LABELS);
        strings(item.labels());
      }
      if (item.facts().isPresent()) {
        throw new IllegalArgumentException("dedup's items carry no facts");
      }
      json.writeEndObject();
    }

    /**
     * A date as the JavaTimeModule writes it ({@link LocalDate#toString}): a year of four digits
     * from the array, any other year by {@code toString} (a sign, or more digits).
     */
    private void date(LocalDate date) throws IOException {
      int year = date.getYear();
      if (year < 0 || year > 9999) {
        string(date.toString());
        return;
      }
      char[] c = chars; // at least ten long: KEPT_CHARS, or longer
      c[0] = (char) ('0' + year / 1000);
      c[1] = (char) ('0' + year / 100 % 10);
      c[2] = (char) ('0' + year / 10 % 10);
      c[3] = (char) ('0' + year % 10);
      c[4] = '-';
      c[5] = (char) ('0' + date.getMonthValue() / 10);
      c[6] = (char) ('0' + date.getMonthValue() % 10);
      c[7] = '-';
      c[8] = (char) ('0' + date.getDayOfMonth() / 10);
      c[9] = (char) ('0' + date.getDayOfMonth() % 10);
      json.writeString(c, 0, 10);
    }

    private void link(DedupCommand.Link link) throws IOException {
      MatchEvidence e = link.evidence();
      json.writeStartObject();
      number(LEFT, link.left());
      number(RIGHT, link.right());
      json.writeFieldName(SAME_STORY);
      json.writeBoolean(e.sameStory());
      json.writeFieldName(RULE);
      json.writeString(e.rule().id());
      number(TITLE_SIMILARITY, e.titleSimilarity());
      number(BODY_SIMILARITY, e.bodySimilarity());
      number(CONTAINMENT, e.containment());
      json.writeFieldName(DATE_DISTANCE_DAYS);
      if (e.dateDistanceDays().isPresent()) {
        json.writeNumber(e.dateDistanceDays().get());
      } else {
        json.writeNull();
      }
      json.writeFieldName(SHARED_TERMS);
      strings(e.sharedTerms());
      json.writeFieldName(CONFLICTING_TERMS);
      strings(e.conflictingTerms());
      json.writeFieldName(SCORES);
      json.writeStartObject();
      for (Map.Entry<String, Double> score : e.scores().entrySet()) {
        json.writeNumberField(score.getKey(), score.getValue());
      }
      json.writeEndObject();
      number(STRENGTH, e.strength());
      json.writeEndObject();
    }

    /** A field with a whole number: {@code "name" : 12}. */
    private void number(SerializedString name, int value) throws IOException {
      json.writeFieldName(name);
      json.writeNumber(value);
    }

    /** A field with a measure: {@code "name" : 0.75}. */
    private void number(SerializedString name, double value) throws IOException {
      json.writeFieldName(name);
      json.writeNumber(value);
    }

    private void strings(List<String> values) throws IOException {
      json.writeStartArray();
      // By index, not by iterator: the lists are the model's immutable lists (random access), and
      // an iterator per list of every item was a few percent of the rendering threads' time.
      for (int k = 0, n = values.size(); k < n; k++) {
        string(values.get(k));
      }
      json.writeEndArray();
    }

    /** A string value, written from its copy. */
    private void string(String value) throws IOException {
      int length = copy(value); // first: it may replace the array
      json.writeString(chars, 0, length);
    }

    /**
     * Copies a string into {@link #chars}.
     *
     * @return its length
     */
    private int copy(String value) {
      // A copy, not charAt: a charAt loop compiled on the strings of one of String's two codings
      // is thrown away (profile_predicate traps) at the first string of the other; getChars tests
      // the coding once.
      int n = value.length();
      if (n > chars.length) {
        chars = new char[n]; // for this chunk only; the thread keeps its usual array
      }
      value.getChars(0, n, chars, 0);
      return n;
    }
  }

  /** The factory's escapes (the HTML-safe ones), which {@link SurrogateNoting} passes on. */
  private static final CharacterEscapes ESCAPES =
      Formats.JSON_PRETTY.getFactory().getCharacterEscapes();

  /**
   * The factory's escapes, noting a surrogate. Jackson's UTF-8 generator, given escapes, asks them
   * about every character above ASCII that it writes in a string or a field name (ASCII goes by the
   * table, which is the factory's), so a string holding a surrogate is seen here whichever field it
   * is in; the bytes written are those of the factory's escapes.
   */
  private static final class SurrogateNoting extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final CharacterEscapes escapes;
    private boolean seen;

    SurrogateNoting(CharacterEscapes escapes) {
      this.escapes = escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes.getEscapeCodesForAscii();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (Character.isSurrogate((char) ch)) {
        seen = true;
      }
      return escapes.getEscapeSequence(ch);
    }
  }

  /** Longer than nearly every paragraph, so the copy is made once per rendering thread. */
  private static final int KEPT_CHARS = 1 << 14;

  @SuppressWarnings("ThreadLocalUsage") // one, static
  private static final ThreadLocal<char[]> CHARS =
      ThreadLocal.withInitial(() -> new char[KEPT_CHARS]);

  /** Each constant's name in JSON, from its {@link JsonProperty} (the name it is written by). */
  private static <E extends Enum<E>> Map<E, String> names(Class<E> type) {
    Map<E, String> names = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      try {
        JsonProperty property = type.getField(constant.name()).getAnnotation(JsonProperty.class);
        names.put(constant, property != null ? property.value() : constant.name());
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
    }
    return names;
  }

  /** Each name encoded once. */
  private static <E extends Enum<E>> Map<E, SerializedString> encoded(Class<E> type) {
    Map<E, SerializedString> encoded = new EnumMap<>(type);
    names(type).forEach((constant, name) -> encoded.put(constant, new SerializedString(name)));
    return encoded;
  }

  /**
   * The default pretty printer's separators (its own strings, copied from it) written as encoded
   * strings: the generator copies their bytes, where it copies a plain string's characters into a
   * buffer and encodes them one by one, at every field of every item.
   */
  private static final class EncodedPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    private final SerializedString fieldValueSeparator;
    private final SerializedString entrySeparator;
    private final SerializedString arrayValueSeparator;

    /**
     * The entry separator followed by {@link NestedIndenter}'s indentation of each level (the
     * indenter indents level {@code n} as level {@code n + 1}: index {@code n + 1} here).
     */
    private final SerializedString[] entryLevels;

    EncodedPrinter(DefaultPrettyPrinter base) {
      super(base);
      if (base instanceof EncodedPrinter encoded) { // a cluster's instance: the same strings
        this.fieldValueSeparator = encoded.fieldValueSeparator;
        this.entrySeparator = encoded.entrySeparator;
        this.arrayValueSeparator = encoded.arrayValueSeparator;
        this.entryLevels = encoded.entryLevels;
      } else {
        this.fieldValueSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
        this.entrySeparator = new SerializedString(_objectEntrySeparator);
        this.arrayValueSeparator = new SerializedString(_arrayValueSeparator);
        this.entryLevels = NestedIndenter.levels(_objectEntrySeparator, 16);
      }
    }

    @Override
    public EncodedPrinter createInstance() {
      return new EncodedPrinter(this);
    }

    /**
     * Nothing between two clusters of one generator ({@link Chunk}): the array writer places them.
     */
    @Override
    public void writeRootValueSeparator(JsonGenerator json) {}

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
      json.writeRaw(fieldValueSeparator);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
      // The separator and the next line's indentation as one copy where they are encoded together.
      if (_objectIndenter instanceof NestedIndenter && _nesting + 1 < entryLevels.length) {
        json.writeRaw(entryLevels[_nesting + 1]);
      } else {
        json.writeRaw(entrySeparator);
        _objectIndenter.writeIndentation(json, _nesting);
      }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
      json.writeRaw(arrayValueSeparator);
      _arrayIndenter.writeIndentation(json, _nesting);
    }
  }

  /**
   * The report's object indentation one level deeper: the cluster sits inside its array. The
   * default indenter's line break and spaces, encoded once per level.
   */
  private static final class NestedIndenter implements DefaultPrettyPrinter.Indenter {
    private static final DefaultIndenter LINES = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE;

    /** Levels encoded in advance; a cluster's items nest four deep. */
    private static final SerializedString[] LEVELS = levels("", 16);

    @Override
    public void writeIndentation(JsonGenerator json, int level) throws IOException {
      if (level + 1 < LEVELS.length) {
        json.writeRaw(LEVELS[level + 1]);
      } else {
        LINES.writeIndentation(json, level + 1);
      }
    }

    /**
     * A prefix, then the line break and the spaces of each level below {@code count}, as LINES
     * writes them.
     */
    static SerializedString[] levels(String prefix, int count) {
      SerializedString[] levels = new SerializedString[count];
      for (int level = 0; level < count; level++) {
        levels[level] =
            new SerializedString(prefix + LINES.getEol() + LINES.getIndent().repeat(level));
      }
      return levels;
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }
}
