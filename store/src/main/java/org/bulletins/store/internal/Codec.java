package org.bulletins.store.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;
import org.bulletins.model.json.BulletinsJson;

/**
 * The JSON columns of the store (string lists, field sources, evidence, merged items), written and
 * read with the model's one JSON configuration, and dates as epoch days.
 */
public final class Codec {

  private static final JsonMapper JSON = BulletinsJson.newMapper();
  private static final TypeReference<EnumMap<ItemField, Integer>> FIELDS = new TypeReference<>() {};

  private Codec() {}

  /** The JSON of any model value. */
  public static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A list of strings. Read with the streaming parser rather than the mapper: opening a store reads
   * every stored item's paragraphs, and the mapper's generic collection path cost about twice as
   * much (s8-18a's profile of opening a store).
   */
  public static List<String> strings(String json) {
    try (JsonParser parser = JSON.getFactory().createParser(json)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalStateException("damaged JSON column: not an array of strings");
      }
      List<String> out = new ArrayList<>();
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        if (t != JsonToken.VALUE_STRING) {
          throw new IllegalStateException("damaged JSON column: not an array of strings");
        }
        out.add(parser.getText());
      }
      if (parser.nextToken() != null) {
        throw new IllegalStateException("damaged JSON column: text after the array");
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("damaged JSON column: " + e.getMessage(), e);
    }
  }

  /** A field-sources map. */
  public static Map<ItemField, Integer> fieldSources(String json) {
    return read(json, FIELDS);
  }

  /** A piece of evidence. */
  public static MatchEvidence evidence(String json) {
    return BulletinsJson.read(json, MatchEvidence.class);
  }

  /** An item. */
  public static NewsItem item(String json) {
    return BulletinsJson.read(json, NewsItem.class);
  }

  /** The epoch day of a date, or null for none (an SQL NULL). */
  public static Long day(Optional<LocalDate> date) {
    return date.map(LocalDate::toEpochDay).orElse(null);
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("damaged JSON column: " + e.getOriginalMessage(), e);
    }
  }
}
