package org.bulletins.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one JSON configuration of the bulletins model, for writing and for reading untrusted input.
 *
 * <p>The mapper writes dates as ISO {@code yyyy-MM-dd}, an absent {@code Optional} as {@code null},
 * enums in lower case, and properties in a documented order. It escapes {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 as <code>&#92;u003C</code> and so on, so that its JSON is safe to
 * embed in HTML and JavaScript (as Go's {@code encoding/json} does); readers see the same strings.
 * When reading it never uses default or polymorphic typing, rejects duplicate keys, trailing
 * tokens, unknown properties and numbers for enums, and applies {@link StreamReadConstraints}:
 * documents up to {@value #MAX_DOCUMENT_LENGTH} bytes, strings up to {@value #MAX_STRING_LENGTH}
 * characters, nesting up to {@value #MAX_NESTING_DEPTH} levels, numbers up to {@value
 * #MAX_NUMBER_LENGTH} digits. Use {@link #newMapper(StreamReadConstraints)} for other limits.
 *
 * <pre>{@code
 * String json = BulletinsJson.write(item);
 * NewsItem back = BulletinsJson.read(json, NewsItem.class); // back.equals(item)
 *
 * JsonMapper mapper = BulletinsJson.newMapper();          // for streaming or custom use
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BulletinsJson {

  /** Default largest document read, in bytes (or chars): 256 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /** Default longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 10_000_000;

  /** Default deepest nesting of arrays and objects. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Default longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  private static final JsonMapper SHARED = newMapper();

  private BulletinsJson() {}

  /**
   * The default read limits described in the class comment.
   *
   * @return the constraints that {@link #newMapper()} applies
   */
  public static StreamReadConstraints defaultConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build();
  }

  /**
   * A new mapper with the library's configuration and default limits. Each call returns a fresh
   * mapper, so callers may configure theirs further without affecting others.
   *
   * @return a new, configured mapper
   */
  public static JsonMapper newMapper() {
    return newMapper(defaultConstraints());
  }

  /**
   * A new mapper with the library's configuration and the given read limits.
   *
   * @param constraints the read limits, such as a larger {@code maxDocumentLength} for big indexes
   * @return a new, configured mapper
   */
  public static JsonMapper newMapper(StreamReadConstraints constraints) {
    Objects.requireNonNull(constraints, "constraints");
    JsonFactory factory =
        new JsonFactoryBuilder()
            .characterEscapes(new HtmlSafeEscapes())
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // enums are written by name; an ordinal such as {"severity": 0} is not a value we wrote
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
        .build();
  }

  /**
   * Writes a model value as compact JSON.
   *
   * @param value a model value (item, document, diagnostic, story...)
   * @return its JSON text
   */
  public static String write(Object value) {
    try {
      return SHARED.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * Reads a model value from JSON text.
   *
   * @param json the JSON text
   * @param type the model type to read
   * @param <T> the model type
   * @return the value, never null
   * @throws JsonFormatException if the text is not valid JSON for {@code type}, or is {@code null}
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    T value;
    try {
      value = SHARED.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw formatError("JSON", type, e);
    }
    return requirePresent(value, "JSON", type);
  }

  /**
   * Reads a model value from a JSON file.
   *
   * @param file the file
   * @param type the model type to read
   * @param <T> the model type
   * @return the value, never null
   * @throws JsonFormatException if the file is not valid JSON for {@code type}; the message names
   *     the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T read(Path file, Class<T> type) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return requirePresent(SHARED.readValue(in, type), file.toString(), type);
    } catch (JsonProcessingException e) {
      throw formatError(file.toString(), type, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The JSON {@code null} (or an empty document) is no model value. */
  private static <T> T requirePresent(T value, String source, Class<T> type) {
    if (value == null) {
      throw new JsonFormatException(
          source + " is not a valid " + type.getSimpleName() + ": it holds null, not a value",
          null);
    }
    return value;
  }

  private static JsonFormatException formatError(
      String source, Class<?> type, JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    String location =
        where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    return new JsonFormatException(
        source
            + " is not a valid "
            + type.getSimpleName()
            + location
            + ": "
            + e.getOriginalMessage(),
        e);
  }
}
