package org.bulletins.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file for {@link BulletinStore#ingestAll}: the name its items carry, and how to read its bytes.
 * The bytes are read once, perhaps on another thread and while the file before it is stored, so
 * that reading, parsing and signing a file overlap the storing of the one before.
 *
 * <pre>{@code
 * List<IngestSource> files = List.of(
 *     IngestSource.of(Path.of("monday.txt")),
 *     IngestSource.of("tuesday.txt", bytes));
 * store.ingestAll(files, r -> System.out.println(r.source() + ": " + r.outcome()));
 * }</pre>
 *
 * @param name the name the items carry as their source
 * @param content reads the file's bytes
 * @since 0.2.0
 */
public record IngestSource(String name, Content content) {

  /** Reads a file's bytes; called once per {@link BulletinStore#ingestAll} call. */
  @FunctionalInterface
  public interface Content {
    /**
     * Reads the bytes.
     *
     * @return the file's bytes
     * @throws IOException if they cannot be read
     */
    byte[] read() throws IOException;
  }

  /**
   * Validates the source.
   *
   * @param name the name the items carry
   * @param content reads the bytes
   */
  public IngestSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  /**
   * A file whose bytes are in memory already.
   *
   * @param name the name the items carry
   * @param bytes the file's bytes (not copied: not to be changed meanwhile)
   * @return the source
   */
  public static IngestSource of(String name, byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new IngestSource(name, () -> bytes);
  }

  /**
   * A file on disk, named by its path as given.
   *
   * @param file the file
   * @return the source, reading the file when its bytes are wanted
   */
  public static IngestSource of(Path file) {
    Objects.requireNonNull(file, "file");
    return new IngestSource(file.toString(), () -> Files.readAllBytes(file));
  }
}
