package org.bulletins.dedup.internal.sketch;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
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
 *
 * <p>Since session 14 a blob keeps the item's blocking term hashes instead of its term-pair keys
 * (about 10 longs instead of 51, a third of the blob), marked by {@link #TERM_HASHES} in the format
 * int: the keys count is then that of the other keys (the bands'), and an int after it counts the
 * term hashes, which follow those keys. Decoding makes the pair keys again as the signer does (two
 * hash combinations each). A signed item whose pair keys are not exactly those of its terms (or
 * that carries no terms) is written in the first layout; both layouts are read.
 */
public final class SignedCodec {

  /**
   * The format of the blobs and of what the signer computes: raise it whenever {@link ItemSigner}
   * computes anything differently, so that blobs of older code are signed again, not trusted.
   */
  public static final int FORMAT = 1;

  /**
   * The format int's flag of the second layout: the term hashes instead of the term-pair keys. Not
   * part of {@link #FORMAT}, which names what the signer computes.
   */
  static final int TERM_HASHES = 1 << 16;

  private static final int HEADER = 4 + 8 + 3 * 8 + 2 * 4 + 4 * 4;
  // The most blocking terms an item has (DedupOptions' bound on maxTermsPerItem): a damaged blob
  // that claims more is refused before its pair keys are allocated.
  private static final int MAX_TERMS = 64;
  private static final int TEASER = 1;
  private static final int ALL_CAPS_TITLE = 2;
  private static final int AFFIXED_TITLE = 4;

  private final long optionsTag;
  private final ItemSigner signer; // for the blocking term hashes of a signed item's terms

  /**
   * A codec for the blobs of one engine's options.
   *
   * @param options the options the signatures are made under
   */
  public SignedCodec(DedupOptions options) {
    this.optionsTag = Hash64.of(options.toString());
    this.signer = new ItemSigner(options);
  }

  /**
   * The bytes of a signed item.
   *
   * @param signed a signature and its keys
   * @return the blob
   */
  public byte[] encode(ItemSigner.Signed signed) {
    long[] keys = signed.keys();
    long[] terms = termHashes(signed);
    int otherKeys = terms == null ? keys.length : keys.length - pairs(terms.length);
    return write(signed.signature(), keys, otherKeys, terms);
  }

  /**
   * The bytes of an item signed with its term-pair keys left unmade: the same blob as {@link
   * #encode(ItemSigner.Signed)} of the item signed with its terms, without needing them (the
   * compact keys end with the term hashes the blob keeps).
   *
   * @param compact a signature, its band keys and its blocking term hashes
   * @return the blob
   */
  public byte[] encode(ItemSigner.CompactSigned compact) {
    long[] keys = compact.keys();
    int termCount = compact.termHashes();
    int otherKeys = keys.length - termCount;
    if (!hashesPay(termCount)) {
      long[] all = withPairKeys(keys, termCount); // every key written, as termHashes declines
      return write(compact.signature(), all, all.length, null);
    }
    return write(
        compact.signature(), keys, otherKeys, Arrays.copyOfRange(keys, otherKeys, keys.length));
  }

  /**
   * A blob: the signature, the first {@code otherKeys} keys, then the term hashes if not null (the
   * second layout), else no more.
   */
  private byte[] write(ItemSignature s, long[] keys, int otherKeys, long[] terms) {
    int size =
        HEADER
            + 4 * (s.titleWords().length + s.bodyShingles().length + s.contentWords().length)
            + 8 * otherKeys
            + 4;
    if (terms != null) {
      size += 4 + 8 * terms.length;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(terms == null ? FORMAT : FORMAT | TERM_HASHES).putLong(optionsTag);
    out.putLong(s.contentKey()).putLong(s.epochDay()).putLong(s.textHash());
    int flags =
        (s.teaser() ? TEASER : 0)
            | (s.allCapsTitle() ? ALL_CAPS_TITLE : 0)
            | (s.affixedTitle() ? AFFIXED_TITLE : 0);
    out.putInt(s.bodyWordCount()).putInt(flags);
    out.putInt(s.titleWords().length)
        .putInt(s.bodyShingles().length)
        .putInt(s.contentWords().length)
        .putInt(otherKeys);
    if (terms != null) {
      out.putInt(terms.length);
    }
    putAll(out, s.titleWords());
    putAll(out, s.bodyShingles());
    putAll(out, s.contentWords());
    for (int i = 0; i < otherKeys; i++) {
      out.putLong(keys[i]);
    }
    for (long term : terms == null ? new long[0] : terms) {
      out.putLong(term);
    }
    out.putInt(crc(out.array(), size - 4));
    return out.array();
  }

  /**
   * The blocking term hashes whose pair keys end the item's keys, exactly: null if the item carries
   * no terms, if it has three or fewer (their pairs take no more bytes), or if the keys do not end
   * with the pairs made from them (then all keys are written).
   */
  private long[] termHashes(ItemSigner.Signed signed) {
    if (signed.terms() == null) {
      return null;
    }
    long[] terms = signer.blockingTermHashes(signed.terms().terms());
    long[] keys = signed.keys();
    int from = keys.length - pairs(terms.length);
    if (from < 0 || !hashesPay(terms.length)) {
      return null;
    }
    long[] made = new long[keys.length];
    pairKeys(terms, made, from);
    return Arrays.equals(made, from, keys.length, keys, from, keys.length) ? terms : null;
  }

  /**
   * Whether a blob keeps this many term hashes in place of their pair keys: not past {@link
   * #MAX_TERMS}, nor where the hashes (a count and 8 bytes each) would be no smaller than their
   * pairs (three terms or fewer).
   */
  private static boolean hashesPay(int termCount) {
    return termCount <= MAX_TERMS && 4 + 8L * termCount < 8L * pairs(termCount);
  }

  private static int pairs(int terms) {
    return terms * (terms - 1) / 2;
  }

  /**
   * The term-pair keys of sorted blocking term hashes, in the signer's order (each term with every
   * term after it), written into {@code out} from {@code n}: the one place they are made, for the
   * signer, a blob's decoding and a store's scan of its kept keys.
   *
   * @param terms the term hashes, sorted as the signer sorts them
   * @param from the first term
   * @param to the end of the terms
   * @param out where the keys go, with room for {@link #pairCount} of {@code to - from}
   * @param n the number of keys in {@code out} already
   * @return the new number of keys in {@code out}
   */
  public static int pairKeys(long[] terms, int from, int to, long[] out, int n) {
    for (int i = from; i < to; i++) {
      long first =
          Hash64.combine(ItemSigner.TERMS_KIND, terms[i]); // the same for every pair (i, j)
      for (int j = i + 1; j < to; j++) {
        out[n++] = Hash64.combine(first, terms[j]) | Long.MIN_VALUE;
      }
    }
    return n;
  }

  /**
   * Keys whose last {@code termHashes} are blocking term hashes, with those replaced by their pair
   * keys.
   *
   * @param keys the other keys, then the term hashes in the signer's order
   * @param termHashes how many term hashes end the keys
   * @return {@code keys} itself without term hashes, else a new array
   */
  static long[] withPairKeys(long[] keys, int termHashes) {
    if (termHashes == 0) {
      return keys;
    }
    int other = keys.length - termHashes;
    long[] all = Arrays.copyOf(keys, other + pairs(termHashes));
    pairKeys(keys, other, keys.length, all, other);
    return all;
  }

  private static void pairKeys(long[] terms, long[] out, int n) {
    pairKeys(terms, 0, terms.length, out, n);
  }

  /**
   * The number of pair keys of this many blocking terms.
   *
   * @param terms how many terms
   * @return their pairs
   */
  public static int pairCount(int terms) {
    return pairs(terms);
  }

  /**
   * A signed item as a blob keeps it: its signature and its keys, the last {@code termHashes} of
   * which are blocking term hashes standing for their pair keys (the keys {@link #signed()} makes
   * after the ones before them). Opening a store keeps the keys this way (a third of their size:
   * about 20 longs per item, not 60) and makes the pair keys only when it scans them.
   *
   * @param signature the signature
   * @param keys the keys other than the term pairs', then the term hashes
   * @param termHashes how many of the keys are term hashes, at the end, sorted as the signer sorts
   *     them; 0 if the keys are all there
   */
  public record Compact(ItemSignature signature, long[] keys, int termHashes) {

    /**
     * The compact form of whole keys.
     *
     * @param signed a signed item
     * @return its signature and its keys, none of them term hashes
     */
    public static Compact of(ItemSigner.Signed signed) {
      return new Compact(signed.signature(), signed.keys(), 0);
    }

    /**
     * The signed item with its pair keys made.
     *
     * @return the signature and every key, without terms
     */
    public ItemSigner.Signed signed() {
      return new ItemSigner.Signed(signature, withPairKeys(keys, termHashes), null);
    }
  }

  /**
   * A signed item back from its bytes, without terms ({@link ItemSigner.Signed#terms()} is null).
   *
   * @param blob bytes from {@link #encode}, or anything else
   * @return the signature and keys; empty if the blob is of another format or other options, or
   *     damaged
   */
  public Optional<ItemSigner.Signed> decode(byte[] blob) {
    return decodeCompact(blob).map(Compact::signed);
  }

  /**
   * As {@link #decode}, with the term hashes the blob keeps instead of their pair keys.
   *
   * @param blob bytes from {@link #encode}, or anything else
   * @return the signature and keys, compact; empty if {@link #decode} would return nothing
   */
  public Optional<Compact> decodeCompact(byte[] blob) {
    if (blob == null || blob.length < HEADER + 4 || crc(blob, blob.length - 4) != tail(blob)) {
      return Optional.empty();
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(blob, 0, blob.length - 4);
      int format = in.getInt();
      boolean termHashes = format == (FORMAT | TERM_HASHES);
      if ((format != FORMAT && !termHashes) || in.getLong() != optionsTag) {
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
      long termCount = termHashes ? in.getInt() : 0;
      if (titles < 0
          || shingles < 0
          || words < 0
          || keyCount < 0
          || termCount < 0
          || termCount > MAX_TERMS
          || (termHashes ? 4 : 0)
                  + HEADER
                  + 4 * (titles + shingles + words)
                  + 8 * (keyCount + termCount)
                  + 4
              != blob.length) {
        return Optional.empty();
      }
      int[] titleWords = getAll(in, (int) titles);
      int[] bodyShingles = getAll(in, (int) shingles);
      int[] contentWords = getAll(in, (int) words);
      // The other keys, then the term hashes: one bulk copy (opening a store decodes a blob per
      // item); their pair keys are made by Compact.signed, or by whoever scans them.
      long[] keys = new long[(int) (keyCount + termCount)];
      in.asLongBuffer().get(keys);
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
      return Optional.of(new Compact(signature, keys, (int) termCount));
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
