package org.bulletins.dedup.internal.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

class SignedCodecTest {

  private static final DedupOptions OPTIONS = DedupOptions.defaults();

  private static NewsItem item(String title, String... paragraphs) {
    return new NewsItem(
        Optional.of(LocalDate.of(2026, 11, 2)),
        title,
        List.of(paragraphs),
        new SourceSpan("a.txt", 1, 3, 5),
        List.of());
  }

  private final NewsItem flood =
      item(
          "RIVER BOARD: Flood gates opened at Tarvin as the NRA warns of 40 mm of rain",
          "The river board opened the flood gates at Tarvin on Monday after 40 mm of rain fell in"
              + " two days, the National Rivers Authority said.",
          "Residents of Lower Tarvin were told to move cars from the embankment. Read more...");

  private static void assertSame(ItemSigner.Signed a, ItemSigner.Signed b) {
    ItemSignature x = a.signature();
    ItemSignature y = b.signature();
    assertThat(y.contentKey()).isEqualTo(x.contentKey());
    assertThat(y.epochDay()).isEqualTo(x.epochDay());
    assertThat(y.textHash()).isEqualTo(x.textHash());
    assertThat(y.titleWords()).containsExactly(x.titleWords());
    assertThat(y.bodyShingles()).containsExactly(x.bodyShingles());
    assertThat(y.contentWords()).containsExactly(x.contentWords());
    assertThat(y.bodyWordCount()).isEqualTo(x.bodyWordCount());
    assertThat(y.teaser()).isEqualTo(x.teaser());
    assertThat(y.allCapsTitle()).isEqualTo(x.allCapsTitle());
    assertThat(y.affixedTitle()).isEqualTo(x.affixedTitle());
    assertThat(b.keys()).containsExactly(a.keys());
  }

  @Test
  void roundTripsEverySignatureField() {
    ItemSigner signer = new ItemSigner(OPTIONS);
    SignedCodec codec = new SignedCodec(OPTIONS);
    for (NewsItem item :
        List.of(
            flood,
            item("The", "Of the."), // empty word sets
            new NewsItem(
                Optional.empty(), "UNDATED NOTE", List.of("One line."), flood.span(), List.of()))) {
      ItemSigner.Signed signed = signer.sign(item);
      ItemSigner.Signed back = codec.decode(codec.encode(signed)).orElseThrow();
      assertSame(signed, back);
      assertThat(back.terms()).isNull();
    }
    ItemSigner.Signed signed = signer.sign(flood);
    assertThat(signed.signature().teaser() || signed.signature().allCapsTitle()).isTrue();
    assertThat(signed.keys()).isNotEmpty();
  }

  @Test
  void termPairKeysAreKeptAsTheirTermsAndBlobsOfTheFirstLayoutAreStillRead() {
    ItemSigner signer = new ItemSigner(OPTIONS);
    SignedCodec codec = new SignedCodec(OPTIONS);
    ItemSigner.Signed signed = signer.sign(flood);
    long pairKeys = Arrays.stream(signed.keys()).filter(k -> k < 0).count();
    assertThat(pairKeys).isGreaterThan(3); // the flood names several terms
    byte[] compact = codec.encode(signed);
    assertThat(ByteBuffer.wrap(compact).getInt())
        .isEqualTo(SignedCodec.FORMAT | SignedCodec.TERM_HASHES);
    // Without its terms, the item is written with every key (the first layout), and read back.
    byte[] whole = codec.encode(new ItemSigner.Signed(signed.signature(), signed.keys(), null));
    assertThat(ByteBuffer.wrap(whole).getInt()).isEqualTo(SignedCodec.FORMAT);
    assertThat(compact.length).isLessThan(whole.length - 8 * (int) pairKeys / 2);
    assertSame(signed, codec.decode(compact).orElseThrow());
    assertSame(signed, codec.decode(whole).orElseThrow());
    // Keys that are not exactly the pairs of the item's terms are written whole, not remade.
    long[] changed = signed.keys().clone();
    changed[changed.length - 1] ^= 1;
    ItemSigner.Signed odd = new ItemSigner.Signed(signed.signature(), changed, signed.terms());
    assertWrittenWholeAndReadBack(codec, odd);
  }

  @Test
  void anItemWithThreeTermsOrFewerKeepsItsPairKeysWhichTakeNoMoreBytes() {
    ItemSigner signer = new ItemSigner(OPTIONS);
    SignedCodec codec = new SignedCodec(OPTIONS);
    ItemSigner.Signed signed =
        signer.sign(item("Talks held", "The NRA met officials from Tarvin in Geneva."));
    long pairKeys = Arrays.stream(signed.keys()).filter(k -> k < 0).count();
    assertThat(pairKeys).isBetween(1L, 3L); // two or three terms
    assertWrittenWholeAndReadBack(codec, signed);
  }

  /**
   * An item signed without its terms, its pair keys unmade (as a store signs a file's items), gives
   * the very blob of the item signed with them: the compact layout where the terms pay, every key
   * where they do not (three terms or fewer, none).
   */
  @Test
  void aCompactSignatureWithoutTermsGivesTheBlobOfTheItemSignedWithThem() {
    ItemSigner signer = new ItemSigner(OPTIONS);
    SignedCodec codec = new SignedCodec(OPTIONS);
    List<NewsItem> items =
        List.of(
            flood,
            item("Talks held", "The NRA met officials from Tarvin in Geneva."),
            item("The", "Of the."),
            item(
                "NATO, the EU and the UN meet in Lisbon, Madrid and Paris",
                "Leaders of Portugal, Spain, France, Brazil and Canada met the IMF and the WHO in"
                    + " 2026 with 45 ministers, 12 envoys and 300 delegates from the OECD."));
    int compactLayouts = 0;
    for (NewsItem item : items) {
      ItemSigner.CompactSigned compact = signer.signCompactWithoutTerms(item);
      assertThat(compact.terms()).isNull();
      byte[] expected = codec.encode(signer.sign(item));
      assertThat(codec.encode(compact)).as(item.title()).isEqualTo(expected);
      compactLayouts += ByteBuffer.wrap(expected).getInt() == SignedCodec.FORMAT ? 0 : 1;
    }
    assertThat(compactLayouts).isBetween(1, items.size() - 1); // both layouts met
  }

  /** The item's blob is in the first layout (every key written) and decodes to the item. */
  private static void assertWrittenWholeAndReadBack(SignedCodec codec, ItemSigner.Signed signed) {
    byte[] blob = codec.encode(signed);
    assertThat(ByteBuffer.wrap(blob).getInt()).isEqualTo(SignedCodec.FORMAT);
    assertSame(signed, codec.decode(blob).orElseThrow());
  }

  /**
   * A blob whose checksum holds but which claims more term hashes than any item has (65; options
   * allow 64) is refused, not decoded into the pair keys of its claim.
   */
  @Test
  void aBlobClaimingMoreTermHashesThanOptionsAllowIsRejected() {
    SignedCodec codec = new SignedCodec(OPTIONS);
    byte[] blob = codec.encode(new ItemSigner(OPTIONS).sign(flood));
    int termCountAt = 60; // after the format, options tag, three longs and six ints
    int terms = ByteBuffer.wrap(blob).getInt(termCountAt);
    assertThat(codec.decode(withTermCount(blob, termCountAt, terms, 64))).isPresent();
    assertThat(codec.decode(withTermCount(blob, termCountAt, terms, 65))).isEmpty();
  }

  /** The blob with term hashes added to make {@code count}, its count and checksum made again. */
  private static byte[] withTermCount(byte[] blob, int termCountAt, int terms, int count) {
    ByteBuffer out = ByteBuffer.allocate(blob.length + 8 * (count - terms));
    out.put(blob, 0, blob.length - 4);
    for (int i = terms; i < count; i++) {
      out.putLong(i);
    }
    out.putInt(termCountAt, count);
    CRC32 crc = new CRC32();
    crc.update(out.array(), 0, out.capacity() - 4);
    out.putInt((int) crc.getValue());
    return out.array();
  }

  @Test
  void everyTruncationAndEveryChangedByteIsRejected() {
    SignedCodec codec = new SignedCodec(OPTIONS);
    byte[] blob = codec.encode(new ItemSigner(OPTIONS).sign(flood));
    for (int n = 0; n < blob.length; n++) {
      assertThat(codec.decode(Arrays.copyOf(blob, n))).as("first %d bytes", n).isEmpty();
    }
    for (int i = 0; i < blob.length; i++) {
      byte[] changed = blob.clone();
      changed[i] ^= 0x10;
      assertThat(codec.decode(changed)).as("byte %d changed", i).isEmpty();
    }
    byte[] longer = Arrays.copyOf(blob, blob.length + 4);
    assertThat(codec.decode(longer)).isEmpty();
    assertThat(codec.decode(null)).isEmpty();
  }

  @Test
  void blobsOfOtherOptionsAreRejected() {
    DedupOptions other = OPTIONS.toBuilder().maxBlockSize(OPTIONS.maxBlockSize() + 1).build();
    byte[] blob = new SignedCodec(OPTIONS).encode(new ItemSigner(OPTIONS).sign(flood));
    assertThat(new SignedCodec(other).decode(blob)).isEmpty();
    assertThat(new SignedCodec(OPTIONS.toBuilder().build()).decode(blob)).isPresent();
  }
}
