package org.bulletins.dedup.internal.sketch;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.CRC32;
import org.bulletins.dedup.DedupOptions;

/**
 * Bytes for an item's {@linkplain ItemSigner.Signed signature and blocking keys}, so that a store
 * can keep them and feed an index without signing its items again. A blob names the format and the
 * engine options it was made under and ends in a CRC-32; {@link #decode} returns nothing for a blob
 * of another format, other options, a wrong length or a bad checksum, and the caller signs that
 * item again. Immutable and thread-safe.
 *
 * <p>Layout (big-endian): format (int), options tag (long), content key, epoch day, text hash
 * (longs), body word count, flags, the lengths of title words, body shingles, content words and
 * keys (ints), those three int arrays, the long keys, then the CRC-32 of all before it (int).
 */
public final class SignedCodec {

  /**
   * The format of the blobs and of what the signer computes: raise it whenever {@link ItemSigner}
   * computes anything differently, so that blobs of older code are signed again, not trusted.
   */
  public static final int FORMAT = 1;

  private static final int HEADER = 4 + 8 + 3 * 8 + 2 * 4 + 4 * 4;
  private static final int TEASER = 1;
  private static final int ALL_CAPS_TITLE = 2;
  private static final int AFFIXED_TITLE = 4;

  private final long optionsTag;

  /**
   * A codec for the blobs of one engine's options.
   *
   * @param options the options the signatures are made under
   */
  public SignedCodec(DedupOptions options) {
    this.optionsTag = Hash64.of(options.toString());
  }

  /**
   * The bytes of a signed item.
   *
   * @param signed a signature and its keys
   * @return the blob
   */
  public byte[] encode(ItemSigner.Signed signed) {
    ItemSignature s = signed.signature();
    long[] keys = signed.keys();
    int size =
        HEADER
            + 4 * (s.titleWords().length + s.bodyShingles().length + s.contentWords().length)
            + 8 * keys.length
            + 4;
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(FORMAT).putLong(optionsTag);
    out.putLong(s.contentKey()).putLong(s.epochDay()).putLong(s.textHash());
    int flags =
        (s.teaser() ? TEASER : 0)
            | (s.allCapsTitle() ? ALL_CAPS_TITLE : 0)
            | (s.affixedTitle() ? AFFIXED_TITLE : 0);
    out.putInt(s.bodyWordCount()).putInt(flags);
    out.putInt(s.titleWords().length)
        .putInt(s.bodyShingles().length)
        .putInt(s.contentWords().length)
        .putInt(keys.length);
    putAll(out, s.titleWords());
    putAll(out, s.bodyShingles());
    putAll(out, s.contentWords());
    for (long key : keys) {
      out.putLong(key);
    }
    out.putInt(crc(out.array(), size - 4));
    return out.array();
  }

  /**
   * A signed item back from its bytes, without terms ({@link ItemSigner.Signed#terms()} is null).
   *
   * @param blob bytes from {@link #encode}, or anything else
   * @return the signature and keys; empty if the blob is of another format or other options, or
   *     damaged
   */
  public Optional<ItemSigner.Signed> decode(byte[] blob) {
    if (blob == null || blob.length < HEADER + 4 || crc(blob, blob.length - 4) != tail(blob)) {
      return Optional.empty();
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(blob, 0, blob.length - 4);
      if (in.getInt() != FORMAT || in.getLong() != optionsTag) {
        return Optional.empty();
      }
      long contentKey = in.getLong();
      long epochDay = in.getLong();
      long textHash = in.getLong();
      int bodyWordCount = in.getInt();
      int flags = in.getInt();
      long titles = in.getInt();
      long shingles = in.getInt();
      long words = in.getInt();
      long keyCount = in.getInt();
      if (titles < 0
          || shingles < 0
          || words < 0
          || keyCount < 0
          || HEADER + 4 * (titles + shingles + words) + 8 * keyCount + 4 != blob.length) {
        return Optional.empty();
      }
      int[] titleWords = getAll(in, (int) titles);
      int[] bodyShingles = getAll(in, (int) shingles);
      int[] contentWords = getAll(in, (int) words);
      long[] keys = new long[(int) keyCount];
      in.asLongBuffer().get(keys); // one bulk copy: opening a store decodes a blob per item
      in.position(in.position() + 8 * keys.length); // a view's reads do not move the buffer
      ItemSignature signature =
          new ItemSignature(
              contentKey,
              epochDay,
              textHash,
              titleWords,
              bodyShingles,
              contentWords,
              bodyWordCount,
              (flags & TEASER) != 0,
              (flags & ALL_CAPS_TITLE) != 0,
              (flags & AFFIXED_TITLE) != 0);
      return Optional.of(new ItemSigner.Signed(signature, keys, null));
    } catch (BufferUnderflowException e) {
      return Optional.empty(); // cannot happen after the length check; a damaged blob is no crash
    }
  }

  private static void putAll(ByteBuffer out, int[] values) {
    for (int v : values) {
      out.putInt(v);
    }
  }

  private static int[] getAll(ByteBuffer in, int n) {
    int[] out = new int[n];
    in.asIntBuffer().get(out); // a bulk copy, then past what it read
    in.position(in.position() + 4 * n);
    return out;
  }

  private static int crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  private static int tail(byte[] blob) {
    return ByteBuffer.wrap(blob, blob.length - 4, 4).getInt();
  }
}
