package org.bulletins.dedup.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.bulletins.dedup.DedupIndexException;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.MergePolicy;
import org.bulletins.model.NewsItem;
import org.bulletins.model.json.BulletinsJson;

/**
 * The file format of a saved index, version 2: a JSON object {@code {"format":
 * "bulletins-dedup-index", "version": 2, "options": {...}, "itemCount": N, "items": [...],
 * "crc32c": C}}. The options hold every engine setting, the hash seed included; the items are in
 * the order they were added, so that loading replays the same additions. {@code crc32c} is the
 * CRC-32C of the compact JSON of the object without it, so that a flipped bit in a title or in the
 * hash seed is caught rather than loaded. Version 1 files (without the checksum) are still read.
 *
 * <p>Writing is crash-safe: the bytes go to a temporary file in the same folder, which is forced to
 * disk, renamed atomically over the target, and the folder is forced too, so that after a crash or
 * a power cut the target holds either the old index or the new one, never a mix.
 */
public final class IndexFile {

  /** The format name in every index file. */
  public static final String FORMAT = "bulletins-dedup-index";

  /** The version this library writes and the newest it reads. */
  public static final int VERSION = 2;

  private static final JsonMapper MAPPER =
      BulletinsJson.newMapper(BulletinsJson.defaultConstraints());

  /**
   * The checksum's canonical JSON: without the HTML-safe escapes of {@code <}, {@code >}, {@code &}
   * that {@link BulletinsJson} writes since they were added, so that files saved before keep their
   * checksum (the escapes change the bytes, not the strings).
   */
  private static final JsonMapper CHECKSUM_MAPPER = canonicalMapper();

  private IndexFile() {}

  /** What a file holds. */
  public record Contents(DedupOptions options, List<NewsItem> items) {}

  /**
   * Writes atomically: to a temporary file in the same folder, then renamed over the target.
   *
   * @param file the target
   * @param options the engine options
   * @param items the items in order of addition
   */
  public static void write(Path file, DedupOptions options, List<NewsItem> items) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    ObjectNode o = root.putObject("options");
    o.put("dateWindowDays", options.dateWindowDays());
    o.put("shingleSize", options.shingleSize());
    o.put("bands", options.bands());
    o.put("rows", options.rows());
    o.put("titleBands", options.titleBands());
    o.put("titleRows", options.titleRows());
    o.put("maxTermsPerItem", options.maxTermsPerItem());
    o.put("maxBlockSize", options.maxBlockSize());
    o.put("maxTermBlockSize", options.maxTermBlockSize());
    o.put("maxClusterSize", options.maxClusterSize());
    o.put("nearDuplicateContainment", options.nearDuplicateContainment());
    o.put("rewriteWordContainment", options.rewriteWordContainment());
    o.put("minSharedTerms", options.minSharedTerms());
    o.put("hashSeed", options.hashSeed());
    o.put("crossLanguage", options.crossLanguage());
    ObjectNode policy = o.putObject("mergePolicy");
    policy.put("title", options.mergePolicy().title().name());
    policy.put("body", options.mergePolicy().body().name());
    policy.put("date", options.mergePolicy().date().name());
    root.put("itemCount", items.size());
    ArrayNode array = root.putArray("items");
    for (NewsItem item : items) {
      array.add(MAPPER.valueToTree(item));
    }
    Path absolute = file.toAbsolutePath();
    if (absolute.getFileName() == null || absolute.getParent() == null) {
      throw new DedupIndexException(file, "cannot write the index: not a file path", null);
    }
    Path temp = null;
    try {
      root.put("crc32c", checksum(root));
      temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
      keepPermissions(absolute, temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
        out.flush(); // the channel stays open until forced
        channel.force(true); // the bytes are on disk before the rename makes them the index
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      forceDirectory(absolute.getParent());
    } catch (IOException e) {
      throw new DedupIndexException(file, "cannot write the index: " + reason(e, absolute), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the write failed already; a leftover temporary file is harmless
        }
      }
    }
  }

  /**
   * Why a write failed, naming the index and its folder rather than the hidden temporary file the
   * exception names: a read-only folder fails at the temporary file, which the user never asked
   * for.
   */
  private static String reason(IOException e, Path target) {
    String why;
    if (e instanceof java.nio.file.AccessDeniedException) {
      why = "permission denied";
    } else if (e instanceof java.nio.file.FileSystemException fileSystem
        && fileSystem.getReason() != null) {
      why = fileSystem.getReason();
    } else if (e instanceof java.nio.file.FileSystemException) {
      why = e.getClass().getSimpleName().replace("Exception", "");
    } else {
      why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return why
        + " (while writing a new copy in "
        + target.getParent()
        + " to replace "
        + target.getFileName()
        + ")";
  }

  /**
   * Temporary files start owner-only; the index keeps the mode of the file it replaces, and a new
   * index gets the usual {@code rw-r--r--}.
   */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> mode =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, mode);
  }

  /** Forces the folder entry of the rename to disk; not every platform can open a folder. */
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // Windows cannot open a directory; its rename is durable on its own
    }
  }

  /** CRC-32C of the compact JSON of the root without its checksum field, which it removes. */
  private static long checksum(ObjectNode root) throws IOException {
    root.remove("crc32c");
    CheckedOutputStream sink =
        new CheckedOutputStream(OutputStream.nullOutputStream(), new CRC32C());
    CHECKSUM_MAPPER.writeValue(sink, root);
    return sink.getChecksum().getValue();
  }

  private static JsonMapper canonicalMapper() {
    JsonMapper mapper = BulletinsJson.newMapper(BulletinsJson.defaultConstraints());
    mapper.getFactory().setCharacterEscapes(null);
    return mapper;
  }

  /**
   * Reads and checks a file.
   *
   * @param file the file
   * @return its options and items
   * @throws DedupIndexException naming the file if it is unreadable, corrupt, foreign or newer
   */
  public static Contents read(Path file) {
    JsonNode root;
    try {
      // A FIFO, a device or a folder would block or fail half-way: only a regular file is read.
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new DedupIndexException(file, "cannot read the index: not a regular file", null);
      }
      long size = Files.size(file);
      if (size > BulletinsJson.MAX_DOCUMENT_LENGTH) {
        throw new DedupIndexException(
            file,
            "the index is "
                + size
                + " bytes, larger than the "
                + BulletinsJson.MAX_DOCUMENT_LENGTH
                + " bytes an index may have (BulletinsJson.MAX_DOCUMENT_LENGTH)",
            null);
      }
      root = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new DedupIndexException(
          file, "not a bulletins dedup index (corrupt JSON: " + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new DedupIndexException(file, "cannot read the index: " + e, e);
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
      throw new DedupIndexException(
          file, "not a bulletins dedup index (no \"format\": \"" + FORMAT + "\")", null);
    }
    JsonNode version = root.get("version");
    if (version == null
        || !version.isIntegralNumber()
        || !version.canConvertToInt()
        || version.asInt() < 1) {
      throw new DedupIndexException(file, "corrupt dedup index: bad \"version\" " + version, null);
    }
    if (version.asInt() > VERSION) {
      throw new DedupIndexException(
          file,
          "dedup index format version "
              + version.asInt()
              + " was written by a newer version; this library reads up to version "
              + VERSION,
          null);
    }
    if (version.asInt() >= 2 || root.has("crc32c")) {
      JsonNode stored = root.get("crc32c");
      long actual;
      try {
        actual = checksum((ObjectNode) root);
      } catch (IOException e) {
        throw new DedupIndexException(file, "corrupt dedup index: " + e.getMessage(), e);
      }
      if (stored == null || !stored.isIntegralNumber() || stored.asLong() != actual) {
        throw new DedupIndexException(
            file,
            "corrupt dedup index: checksum \"crc32c\" is "
                + stored
                + " but the contents give "
                + actual
                + " (damaged or edited file)",
            null);
      }
    }
    try {
      DedupOptions options = options(root.get("options"));
      JsonNode array = root.get("items");
      if (array == null || !array.isArray()) {
        throw new IllegalArgumentException("missing \"items\" array");
      }
      JsonNode count = root.get("itemCount");
      if (count == null
          || !count.isIntegralNumber()
          || !count.canConvertToInt()
          || count.asInt() < 0) {
        throw new IllegalArgumentException("bad \"itemCount\" " + count);
      }
      if (count.asInt() != array.size()) {
        throw new IllegalArgumentException(
            "itemCount " + root.path("itemCount") + " but " + array.size() + " items (truncated?)");
      }
      List<NewsItem> items = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        try {
          items.add(MAPPER.treeToValue(array.get(i), NewsItem.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
          throw new IllegalArgumentException("item " + i + ": " + e.getMessage(), e);
        }
      }
      return new Contents(options, items);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DedupIndexException(file, "corrupt dedup index: " + e.getMessage(), e);
    }
  }

  private static DedupOptions options(JsonNode o) {
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("missing \"options\"");
    }
    o.fieldNames()
        .forEachRemaining(
            name -> {
              if (!OPTION_NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option \"" + name + "\"");
              }
            });
    JsonNode p = required(o, "mergePolicy");
    p.fieldNames()
        .forEachRemaining(
            name -> {
              if (!Set.of("title", "body", "date").contains(name)) {
                throw new IllegalArgumentException("unknown merge policy field \"" + name + "\"");
              }
            });
    MergePolicy policy =
        new MergePolicy(
            rule(p, "title", MergePolicy.TitleRule.class),
            rule(p, "body", MergePolicy.BodyRule.class),
            rule(p, "date", MergePolicy.DateRule.class));
    return new DedupOptions(
        integer(o, "dateWindowDays"),
        integer(o, "shingleSize"),
        integer(o, "bands"),
        integer(o, "rows"),
        integer(o, "titleBands"),
        integer(o, "titleRows"),
        integer(o, "maxTermsPerItem"),
        integer(o, "maxBlockSize"),
        // Absent in files written before the option existed: the default.
        o.has("maxTermBlockSize")
            ? integer(o, "maxTermBlockSize")
            : DedupOptions.DEFAULT_MAX_TERM_BLOCK_SIZE,
        integer(o, "maxClusterSize"),
        fraction(o, "nearDuplicateContainment"),
        fraction(o, "rewriteWordContainment"),
        integer(o, "minSharedTerms"),
        longValue(o, "hashSeed"),
        policy,
        // Absent in files written before the cross-language rule: on, the default.
        !o.has("crossLanguage") || bool(o, "crossLanguage"));
  }

  /** Every option a file may set; any other name is an error, not silently ignored. */
  private static final Set<String> OPTION_NAMES =
      Set.of(
          "dateWindowDays",
          "shingleSize",
          "bands",
          "rows",
          "titleBands",
          "titleRows",
          "maxTermsPerItem",
          "maxBlockSize",
          "maxTermBlockSize",
          "maxClusterSize",
          "nearDuplicateContainment",
          "rewriteWordContainment",
          "minSharedTerms",
          "hashSeed",
          "mergePolicy",
          "crossLanguage");

  private static <E extends Enum<E>> E rule(JsonNode policy, String name, Class<E> type) {
    String value = required(policy, name).asText();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "merge policy "
            + name
            + " \""
            + value
            + "\" is none of "
            + java.util.Arrays.toString(type.getEnumConstants()));
  }

  private static double fraction(JsonNode o, String name) {
    JsonNode v = required(o, name);
    if (!v.isNumber()) {
      throw new IllegalArgumentException("option \"" + name + "\" must be a number, was " + v);
    }
    return v.asDouble();
  }

  private static JsonNode required(JsonNode o, String name) {
    JsonNode v = o.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing option \"" + name + "\"");
    }
    return v;
  }

  private static int integer(JsonNode o, String name) {
    JsonNode v = required(o, name);
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new IllegalArgumentException("option \"" + name + "\" must be an integer, was " + v);
    }
    return v.asInt();
  }

  private static boolean bool(JsonNode o, String name) {
    JsonNode v = required(o, name);
    if (!v.isBoolean()) {
      throw new IllegalArgumentException("option \"" + name + "\" must be true or false, was " + v);
    }
    return v.asBoolean();
  }

  private static long longValue(JsonNode o, String name) {
    JsonNode v = required(o, name);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new IllegalArgumentException("option \"" + name + "\" must be an integer, was " + v);
    }
    return v.asLong();
  }
}
