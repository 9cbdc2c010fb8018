package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulletins.dedup.Items.IGM;
import static org.bulletins.dedup.Items.IGM_BODY;
import static org.bulletins.dedup.Items.item;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupIndexTest {

  @TempDir Path dir;

  @Test
  void findsKnownItemsAndCopies() {
    DedupIndex index = DedupEngine.create().newIndex().addAll(SeedItems.items());
    assertThat(index.size()).isEqualTo(48);
    assertThat(index.find(SeedItems.items().get(0))).isPresent();
    assertThat(
            index.find(
                item(
                    "x",
                    1,
                    "2021-06-10",
                    "IOM: " + SeedItems.items().get(0).title(),
                    SeedItems.items().get(0).paragraphs().toArray(String[]::new))))
        .isPresent();
    // The hand-made IGM item is a cut-down copy of the first seed story: known.
    assertThat(index.find(IGM))
        .hasValueSatisfying(
            s -> assertThat(s.merged().title()).startsWith("Guatemala: IOM Trains IGM Staff"));
    assertThat(
            index.find(
                item(
                    "x",
                    1,
                    "2021-06-10",
                    "A story nobody wrote",
                    "Its body is not in the index at all, nowhere.")))
        .isEmpty();
  }

  @Test
  void savesAndLoadsTheSameIndex() throws IOException {
    DedupIndex index =
        DedupEngine.of(DedupOptions.builder().hashSeed(42).build())
            .newIndex()
            .addAll(SeedItems.items());
    Path file = dir.resolve("stories.idx.json");
    index.save(file);
    DedupIndex loaded = DedupIndex.load(file);
    assertThat(loaded.engine().options()).isEqualTo(index.engine().options());
    assertThat(loaded.engine().options().hashSeed()).isEqualTo(42);
    assertThat(loaded.stories()).isEqualTo(index.stories());
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file); // no temporary file left behind
    }
    loaded.addAll(List.of(item("n", 1, "2021-06-09", IGM.title(), IGM_BODY)));
    assertThat(loaded.size()).isEqualTo(49);
  }

  @Test
  void theCrossLanguageOptionIsSavedAndOlderFilesLoadWithItOn() throws IOException {
    Path file = dir.resolve("off.idx.json");
    DedupEngine.of(DedupOptions.builder().crossLanguage(false).build())
        .newIndex()
        .addAll(List.of(IGM))
        .save(file);
    assertThat(DedupIndex.load(file).engine().options().crossLanguage()).isFalse();
    // A version 1 file (no checksum) written before the option existed loads with the rule on.
    Path older = dir.resolve("older.idx.json");
    String text =
        Files.readString(file)
            .replace(",\"crossLanguage\":false", "")
            .replace("\"version\":2", "\"version\":1")
            .replaceAll(",\"crc32c\":[0-9]+", "");
    Files.writeString(older, text);
    assertThat(text).doesNotContain("crossLanguage").doesNotContain("crc32c");
    assertThat(DedupIndex.load(older).engine().options().crossLanguage()).isTrue();
  }

  @Test
  void corruptForeignAndNewerFilesAreRejectedByName() throws IOException {
    Path corrupt =
        Files.writeString(
            dir.resolve("corrupt.json"), "{\"format\": \"bulletins-dedup-index\", \"vers");
    assertThatThrownBy(() -> DedupIndex.load(corrupt))
        .isInstanceOf(DedupIndexException.class)
        .hasMessageStartingWith(corrupt.toString())
        .hasMessageContaining("corrupt");
    Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"name\": \"package.json\"}");
    assertThatThrownBy(() -> DedupIndex.load(foreign))
        .isInstanceOf(DedupIndexException.class)
        .hasMessageStartingWith(foreign.toString())
        .hasMessageContaining("not a bulletins dedup index");
    Path newer =
        Files.writeString(
            dir.resolve("newer.json"), "{\"format\": \"bulletins-dedup-index\", \"version\": 99}");
    assertThatThrownBy(() -> DedupIndex.load(newer))
        .isInstanceOf(DedupIndexException.class)
        .hasMessageContaining("newer version");
    Path saved = dir.resolve("ok.json");
    DedupEngine.create().newIndex().addAll(List.of(IGM)).save(saved);
    Path truncated =
        Files.writeString(
            dir.resolve("truncated.json"),
            Files.readString(saved).replace("\"itemCount\":1", "\"itemCount\":2"));
    // The checksum catches an edited count before the count check would.
    assertThatThrownBy(() -> DedupIndex.load(truncated))
        .hasMessageContaining("corrupt dedup index");
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> DedupIndex.load(missing))
        .isInstanceOf(DedupIndexException.class)
        .hasMessageStartingWith(missing.toString());
  }
}
