package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving keeps the index file's mode and rejects paths that name no file. */
class IndexFileModeTest {

  private static DedupIndex oneItemIndex() {
    DedupIndex index = DedupEngine.create().newIndex();
    index.addAll(List.of(new NewsItem(Optional.of(LocalDate.of(2021, 6, 9)), "Title",
        List.of("Body of 40 words about IOM."), new SourceSpan("p.txt", 1, 3, 5))));
    return index;
  }

  @Test
  void aNewIndexIsReadableByOthersAndARewrittenOneKeepsItsMode(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("stories.index");
    oneItemIndex().save(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    oneItemIndex().save(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
  }

  @Test
  void aPathWithNoFileNameIsRejectedWithTheIndexError() {
    assertThatThrownBy(() -> oneItemIndex().save(Path.of("/")))
        .isInstanceOf(DedupIndexException.class)
        .hasMessage("/: cannot write the index: not a file path");
  }
}
