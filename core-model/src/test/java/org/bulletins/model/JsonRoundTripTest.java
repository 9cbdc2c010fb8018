package org.bulletins.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletins.model.json.BulletinsJson;
import org.bulletins.model.json.JsonFormatException;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

  static final NewsItem DATED =
      new NewsItem(
          Optional.of(LocalDate.of(2021, 6, 9)),
          "Guatemala: IOM Trains IGM Staff",
          List.of("The Guatemalan Migration Institute (IGM) trains staff.", "Second paragraph."),
          new SourceSpan("seeds/000.txt", 1, 3, 6));

  static final NewsItem UNDATED =
      new NewsItem(
          Optional.empty(),
          "Why choose E-learning?",
          List.of("Learning is no exception!"),
          new SourceSpan("seeds/003.txt", 30, 30, 32));

  @Test
  void writesItemWithIsoDateAndDerivedId() {
    String json = BulletinsJson.write(DATED);
    assertThat(json)
        .isEqualTo(
            "{\"date\":\"2021-06-09\",\"title\":\"Guatemala: IOM Trains IGM Staff\","
                + "\"paragraphs\":[\"The Guatemalan Migration Institute (IGM) trains staff.\","
                + "\"Second paragraph.\"],\"span\":{\"source\":\"seeds/000.txt\",\"firstLine\":1,"
                + "\"titleLine\":3,\"lastLine\":6},\"id\":\""
                + DATED.computeId().value()
                + "\"}");
    assertThat(BulletinsJson.read(json, NewsItem.class)).isEqualTo(DATED);
  }

  @Test
  void writesAbsentDateAsNull() {
    String json = BulletinsJson.write(UNDATED);
    assertThat(json).startsWith("{\"date\":null,");
    assertThat(BulletinsJson.read(json, NewsItem.class)).isEqualTo(UNDATED);
  }

  @Test
  void roundTripsStory() {
    MatchEvidence evidence =
        new MatchEvidence(
            0.9,
            0.8,
            1.0,
            Optional.of(1),
            List.of("IGM", "IOM"),
            List.of(),
            true,
            "teaser-contained",
            Map.of("jaccard", 0.5));
    MergedStory story =
        new MergedStory(
            ClusterKind.NEAR_DUPLICATE,
            DATED,
            List.of(DATED, DATED.withSpan(new SourceSpan("seeds/001.txt", 10, 12, 14))),
            Map.of(ItemField.DATE, 0, ItemField.TITLE, 1, ItemField.BODY, 0),
            List.of(DATED.title()),
            List.of(new MatchLink(0, 1, evidence)));
    String json = BulletinsJson.write(story);
    assertThat(json)
        .contains(
            "\"rule\":\"teaser-contained\"",
            "\"kind\":\"near-duplicate\"",
            "\"fieldSources\":{\"date\":0,\"title\":1,\"body\":0}");
    assertThat(BulletinsJson.read(json, MergedStory.class)).isEqualTo(story);
  }

  @Test
  void malformedJsonGivesClearError() {
    assertThatThrownBy(() -> BulletinsJson.read("{\"date\":\"2021-13-01\"", NewsItem.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("JSON is not a valid NewsItem at line 1");
  }

  @Test
  void markupCharactersAreEscapedSoTheJsonIsSafeInHtml() throws Exception {
    NewsItem item =
        new NewsItem(
            Optional.empty(),
            "</script><img src=x onerror=alert(1)> & more",
            List.of("line\u2028separator\u2029paragraph"),
            new SourceSpan("a<b>&c.txt", 1, 1, 1));
    String json = BulletinsJson.write(item);
    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(json)
        .contains("\\u003C/script\\u003E\\u003Cimg src=x onerror=alert(1)\\u003E \\u0026 more")
        .contains("line\\u2028separator\\u2029paragraph")
        .contains("a\\u003Cb\\u003E\\u0026c.txt");
    assertThat(BulletinsJson.read(json, NewsItem.class)).isEqualTo(item);
    assertThat(BulletinsJson.newMapper().writer().writeValueAsString(item)).isEqualTo(json);
  }
}
