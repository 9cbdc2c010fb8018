package org.bulletins.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.bulletins.model.json.BulletinsJson;
import org.bulletins.model.json.JsonFormatException;
import org.junit.jupiter.api.Test;

/**
 * Any text read as any model type either gives a valid value or a {@link JsonFormatException}:
 * never another exception, a stack overflow or an out-of-memory. Mutations of valid JSON (bytes
 * changed, cut, duplicated) reach the model's validation; hostile shapes reach the limits.
 */
class UntrustedJsonProperties {

  static final List<Class<?>> TYPES =
      List.of(
          NewsItem.class,
          ParsedDocument.class,
          Diagnostic.class,
          SourceSpan.class,
          MergedStory.class,
          MatchLink.class,
          MatchEvidence.class,
          ContentId.class,
          ClusterKind.class,
          Severity.class,
          ItemField.class);

  @Property
  void mutatedJsonOfAnyModelValueFailsCleanly(
      @ForAll("values") Object value, @ForAll long seed, @ForAll("types") Class<?> type) {
    String json = BulletinsJson.write(value);
    String mutated = mutate(json, new Random(seed));
    readCleanly(mutated, type);
    readCleanly(mutated, value.getClass());
  }

  @Property
  void arbitraryTextFailsCleanly(@ForAll String text, @ForAll("types") Class<?> type) {
    readCleanly(text, type);
  }

  @Test
  void hostileShapesFailCleanlyForEveryType() {
    List<String> hostile =
        List.of(
            "[".repeat(100_000),
            "{\"a\":".repeat(50_000),
            "\"" + "x".repeat(BulletinsJson.MAX_STRING_LENGTH + 1) + "\"",
            "1" + "0".repeat(100_000),
            "1e999999999",
            "-0",
            "NaN",
            "\"\\ud800\"",
            "{\"@class\":\"java.lang.ProcessBuilder\"}",
            "[\"java.util.HashMap\",{}]",
            "{\"members\":" + "[{},".repeat(10_000) + "]}",
            "{\"source\":\"s\",\"items\":[],\"diagnostics\":["
                + "{\"severity\":\"error\"},".repeat(10_000)
                + "{}]}",
            "\u0000",
            "\uFEFF{}",
            "{\"title\":\"T\"}/*",
            "{\"value\":\"" + "0".repeat(64) + "\"}");
    List<String> accepted = new java.util.ArrayList<>();
    for (Class<?> type : TYPES) {
      for (String json : hostile) {
        try {
          Object value = BulletinsJson.read(json, type);
          accepted.add(
              (json.length() > 60 ? json.substring(0, 60) : json)
                  + " as "
                  + type.getSimpleName()
                  + " = "
                  + value);
        } catch (JsonFormatException expected) {
          // clean
        }
      }
    }
    assertThat(accepted).isEmpty();
    System.out.printf(
        "UntrustedJsonProperties: %d hostile documents x %d types rejected%n",
        hostile.size(), TYPES.size());
  }

  /** Found by {@link #hostileShapesFailCleanlyForEveryType}: enums used to accept ordinals. */
  @Test
  void enumOrdinalsAreRejected() {
    String diagnostic =
        "{\"severity\":1,\"code\":\"c\",\"message\":\"m\",\"source\":\"s\",\"line\":1,\"column\":1}";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> BulletinsJson.read(diagnostic, Diagnostic.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("Severity");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> BulletinsJson.read("0", ClusterKind.class))
        .isInstanceOf(JsonFormatException.class);
  }

  private static void readCleanly(String json, Class<?> type) {
    try {
      Object back = BulletinsJson.read(json, type);
      assertThat(back).isNotNull();
    } catch (JsonFormatException expected) {
      assertThat(expected.getMessage()).contains(type.getSimpleName());
    }
  }

  private static final String NOISE = "{}[]\",:0-9.eE\\ntfu\u0000é\ud800";

  private static String mutate(String json, Random random) {
    StringBuilder s = new StringBuilder(json);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(6)) {
        case 0 -> s.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
        case 1 -> s.deleteCharAt(at);
        case 2 -> s.setLength(at);
        case 3 -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(40))));
        case 4 ->
            s.insert(
                at,
                List.of(
                        "null",
                        "-1",
                        "2147483648",
                        "\"\"",
                        "[]",
                        "{}",
                        "1e308",
                        "\"2021-02-30\"",
                        "\"ERROR\"")
                    .get(random.nextInt(9)));
        default -> s.replace(at, Math.min(s.length(), at + 5), "");
      }
    }
    return s.toString();
  }

  @Provide
  Arbitrary<Class<?>> types() {
    return Arbitraries.of(TYPES);
  }

  @Provide
  Arbitrary<Object> values() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, ModelArbitraries.items().map(Object.class::cast)),
        Tuple.of(2, ModelArbitraries.documents().map(Object.class::cast)),
        Tuple.of(1, ModelArbitraries.diagnostics().map(Object.class::cast)),
        Tuple.of(2, ModelArbitraries.stories().map(Object.class::cast)),
        Tuple.of(1, ModelArbitraries.evidence().map(Object.class::cast)),
        Tuple.of(1, ModelArbitraries.spans().map(Object.class::cast)));
  }
}
