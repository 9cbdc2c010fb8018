package org.bulletins.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.model.json.BulletinsJson;

/** {@code read(write(x)).equals(x)} for every model type, over generated values. */
class JsonRoundTripProperties {

  @Property
  void itemsRoundTrip(@ForAll("items") NewsItem item) {
    assertThat(BulletinsJson.read(BulletinsJson.write(item), NewsItem.class)).isEqualTo(item);
  }

  @Property
  void documentsRoundTrip(@ForAll("documents") ParsedDocument document) {
    assertThat(BulletinsJson.read(BulletinsJson.write(document), ParsedDocument.class))
        .isEqualTo(document);
  }

  @Property
  void diagnosticsRoundTrip(@ForAll("diagnostics") Diagnostic diagnostic) {
    assertThat(BulletinsJson.read(BulletinsJson.write(diagnostic), Diagnostic.class))
        .isEqualTo(diagnostic);
  }

  @Property
  void evidenceRoundTrips(@ForAll("evidence") MatchEvidence evidence) {
    assertThat(BulletinsJson.read(BulletinsJson.write(evidence), MatchEvidence.class))
        .isEqualTo(evidence);
  }

  @Property(tries = 300)
  void storiesRoundTrip(@ForAll("stories") MergedStory story) {
    assertThat(BulletinsJson.read(BulletinsJson.write(story), MergedStory.class)).isEqualTo(story);
  }

  @Property
  void contentIdSurvivesJson(@ForAll("items") NewsItem item) {
    assertThat(BulletinsJson.read(BulletinsJson.write(item.computeId()), ContentId.class))
        .isEqualTo(item.computeId());
  }

  @Property
  void foldingIsIdempotent(@ForAll("text") String text) {
    String once = TextFolding.fold(text);
    assertThat(TextFolding.fold(once)).isEqualTo(once);
  }

  @Provide
  Arbitrary<String> text() {
    return ModelArbitraries.text();
  }

  @Provide
  Arbitrary<NewsItem> items() {
    return ModelArbitraries.items();
  }

  @Provide
  Arbitrary<ParsedDocument> documents() {
    return ModelArbitraries.documents();
  }

  @Provide
  Arbitrary<Diagnostic> diagnostics() {
    return ModelArbitraries.diagnostics();
  }

  @Provide
  Arbitrary<MatchEvidence> evidence() {
    return ModelArbitraries.evidence();
  }

  @Provide
  Arbitrary<MergedStory> stories() {
    return ModelArbitraries.stories();
  }
}
