package org.bulletins.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
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
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
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

  /** A list of strings. */
  public static List<String> strings(String json) {
    return read(json, STRINGS);
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
