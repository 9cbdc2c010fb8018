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
    index.addAll(
        List.of(
            new NewsItem(
                Optional.of(LocalDate.of(2021, 6, 9)),
                "Title",
                List.of("Body of 40 words about IOM."),
                new SourceSpan("p.txt", 1, 3, 5))));
    return index;
  }

  @Test
  void aNewIndexIsReadableByOthersAndARewrittenOneKeepsItsMode(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("stories.index");
    oneItemIndex().save(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r--r--");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    oneItemIndex().save(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-rw----");
  }

  @Test
  void aPathWithNoFileNameIsRejectedWithTheIndexError() {
    assertThatThrownBy(() -> oneItemIndex().save(Path.of("/")))
        .isInstanceOf(DedupIndexException.class)
        .hasMessage("/: cannot write the index: not a file path");
  }

  @Test
  void aFolderThatCannotHoldTheIndexIsNamedNotTheHiddenTemporaryFile(@TempDir Path dir)
      throws Exception {
    // A regular file where the folder should be: fails for root too, unlike a read-only folder.
    Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
    Path file = notAFolder.resolve("stories.index");
    assertThatThrownBy(() -> oneItemIndex().save(file))
        .isInstanceOf(DedupIndexException.class)
        .hasMessage(
            file
                + ": cannot write the index: Not a directory (while writing a new copy in "
                + notAFolder
                + " to replace stories.index)")
        .message()
        .doesNotContain(".tmp");
  }

  @Test
  void aReadOnlyFolderSaysPermissionDenied(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        !"root".equals(System.getProperty("user.name")),
        "root writes into a read-only folder anyway");
    Path folder = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
    try {
      Path file = folder.resolve("stories.index");
      assertThatThrownBy(() -> oneItemIndex().save(file))
          .hasMessage(
              file
                  + ": cannot write the index: permission denied (while writing a new copy in "
                  + folder
                  + " to replace stories.index)");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFileSavedBeforeJsonEscapedMarkupKeepsItsChecksum(@TempDir Path dir) throws Exception {
    DedupIndex index = DedupEngine.create().newIndex();
    NewsItem item =
        new NewsItem(
            Optional.of(LocalDate.of(2021, 6, 9)),
            "Cats & dogs <at> sea",
            List.of("Body of words about IOM & friends."),
            new SourceSpan("p.txt", 1, 3, 5));
    index.addAll(List.of(item));
    Path file = dir.resolve("stories.index");
    index.save(file);
    String written = Files.readString(file);
    assertThat(written).contains("Cats \\u0026 dogs \\u003Cat\\u003E sea");
    // The bytes an earlier version wrote: markup unescaped, checksum over that compact JSON.
    String body =
        written
            .replaceFirst(",\"crc32c\":[0-9]+}$", "")
            .replace("\\u0026", "&")
            .replace("\\u003C", "<")
            .replace("\\u003E", ">");
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update((body + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.writeString(file, body + ",\"crc32c\":" + crc.getValue() + "}");
    assertThat(DedupIndex.load(file).stories().get(0).merged().title())
        .isEqualTo("Cats & dogs <at> sea");
  }
}
