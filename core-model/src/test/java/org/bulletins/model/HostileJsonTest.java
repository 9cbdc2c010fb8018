package org.bulletins.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletins.model.json.BulletinsJson;
import org.bulletins.model.json.JsonFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted JSON fails cleanly, with messages that say what and where. */
class HostileJsonTest {

  private static final String SPAN =
      "\"span\":{\"source\":\"s\",\"firstLine\":1,\"titleLine\":1,\"lastLine\":1}";

  @Test
  void rejectsDeepNesting() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    // Databind stops at the first wrong token; the stream limit guards generic tree reads too.
    assertThatThrownBy(() -> BulletinsJson.read(deep, ParsedDocument.class))
        .isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> BulletinsJson.newMapper().readTree(deep))
        .hasMessageContaining("Document nesting depth (65) exceeds the maximum allowed (64");
  }

  @Test
  void rejectsHugeStrings() {
    String huge =
        "{\"date\":null,\"title\":\""
            + "x".repeat(BulletinsJson.MAX_STRING_LENGTH + 1)
            + "\",\"paragraphs\":[],"
            + SPAN
            + "}";
    assertThatThrownBy(() -> BulletinsJson.read(huge, NewsItem.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("String value length");
  }

  @Test
  void rejectsDuplicateKeysTrailingTokensAndUnknownFields() {
    assertThatThrownBy(() -> BulletinsJson.read("{\"date\":null,\"date\":null}", NewsItem.class))
        .hasMessageContaining("Duplicate field 'date'");
    String item = "{\"date\":null,\"title\":\"T\",\"paragraphs\":[]," + SPAN + "}";
    assertThat(BulletinsJson.read(item, NewsItem.class).title()).isEqualTo("T");
    assertThatThrownBy(() -> BulletinsJson.read(item + " {}", NewsItem.class))
        .hasMessageContaining("Trailing token");
    assertThatThrownBy(
            () ->
                BulletinsJson.read(
                    item.replace("\"title\"", "\"@class\":\"java.lang.Runtime\",\"title\""),
                    NewsItem.class))
        .hasMessageContaining("Unrecognized field \"@class\"");
  }

  @Test
  void jsonNullIsNoValue() {
    assertThatThrownBy(() -> BulletinsJson.read("null", NewsItem.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("JSON is not a valid NewsItem: it holds null, not a value");
  }

  @Test
  void modelValidationErrorsBecomeFormatErrors() {
    String blankTitle = "{\"date\":\"2021-06-09\",\"title\":\" \",\"paragraphs\":[]," + SPAN + "}";
    assertThatThrownBy(() -> BulletinsJson.read(blankTitle, NewsItem.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("title must not be blank");
    String nullParagraph = "{\"date\":null,\"title\":\"T\",\"paragraphs\":[null]," + SPAN + "}";
    assertThatThrownBy(() -> BulletinsJson.read(nullParagraph, NewsItem.class))
        .isInstanceOf(JsonFormatException.class);
    String badDate = "{\"date\":\"2021-02-30\",\"title\":\"T\",\"paragraphs\":[]," + SPAN + "}";
    assertThatThrownBy(() -> BulletinsJson.read(badDate, NewsItem.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("2021-02-30");
  }

  @Test
  void errorsFromFilesNameTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("item.json");
    Files.writeString(file, "{\"date\":");
    assertThatThrownBy(() -> BulletinsJson.read(file, NewsItem.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith(file + " is not a valid NewsItem");
  }
}
