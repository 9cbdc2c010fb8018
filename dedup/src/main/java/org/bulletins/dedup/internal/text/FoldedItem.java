package org.bulletins.dedup.internal.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import org.bulletins.dedup.internal.sketch.Hash64;
import org.bulletins.model.ContentId;
import org.bulletins.model.NewsItem;
import org.bulletins.model.TextFolding;
import org.bulletins.model.text.HtmlEntities;

/**
 * An item's text folded for signing, each paragraph folded once: the content key (the 64 bits of
 * {@link NewsItem#computeId()}, which folds the title and every paragraph) and the folded title and
 * body that the token hashes are read from (entities decoded, site affixes and the teaser ending
 * removed). The body is the paragraphs' folds joined by a space when that is what folding the
 * joined body gives; {@code FoldedItemTest} checks both against the definitions.
 *
 * <p>Most paragraphs are {@linkplain PlainAscii plain ASCII}, whose fold is their lower case: such
 * a paragraph is not copied at all. The content key's digest, the body's tokens and its hash read
 * it as written and lower its capitals on the way, and the body is kept as its parts, not joined:
 * only {@link #body()} (for tests and diagnostics) makes the string.
 */
public final class FoldedItem {

  private static final byte[] VERSION = "bulletins-id-v1\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NO_DATE = {'-'};

  // A digest per thread: getInstance looks the provider up each time.
  private static final PerThread<MessageDigest> SHA256 =
      PerThread.withInitial(FoldedItem::newDigest);

  /** A byte buffer per thread for {@link #update}; a string longer than this is not copied in. */
  private static final PerThread<byte[]> BYTES = PerThread.withInitial(() -> new byte[256]);

  private static final int KEPT_BYTES = 1 << 16;

  private final long contentKey;
  private final String title;
  // The body is these parts joined by one space; a part whose flag is set is plain ASCII, and the
  // body holds its lower case.
  private final String[] parts;
  private final boolean[] lowerCase;

  private FoldedItem(long contentKey, String title, String[] parts, boolean[] lowerCase) {
    this.contentKey = contentKey;
    this.title = title;
    this.parts = parts;
    this.lowerCase = lowerCase;
  }

  /**
   * Folds an item.
   *
   * @param item an item
   * @param strippedTitle its title without site affixes ({@link TextShape#stripSiteAffixes})
   * @return its folded pieces
   */
  public static FoldedItem of(NewsItem item, String strippedTitle) {
    List<String> paragraphs = item.paragraphs();
    // Null for a plain ASCII paragraph: its fold is its lower case, read from it where needed.
    String[] folded = new String[paragraphs.size()];
    String foldedTitle = TextFolding.fold(item.title());
    long key = foldedContentKey(item.date().orElse(null), foldedTitle, paragraphs, folded);
    // A title without site affixes nor entity (most) is folded once, for both.
    String title =
        strippedTitle.equals(item.title()) && strippedTitle.indexOf('&') < 0
            ? foldedTitle
            : TextFolding.fold(HtmlEntities.decode(strippedTitle));
    return body(key, title, paragraphs, folded);
  }

  /**
   * The content id's 64 bits.
   *
   * @return the first 64 bits of {@link NewsItem#computeId()}
   */
  public long contentKey() {
    return contentKey;
  }

  /**
   * The folded title, without site affixes.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The folded body, without a teaser ending, as one string (made on each call: signing reads the
   * parts instead).
   *
   * @return the body
   */
  public String body() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(lowerCase[i] ? PlainAscii.lowerCase(parts[i]) : parts[i]);
    }
    return out.toString();
  }

  /**
   * Appends the body's tokens, as {@code tokens.append(body())} would, and gives the body's hash,
   * {@code Hash64.of(body())}, read in the same copy of each part's chars.
   *
   * @param tokens a token list
   * @return the body's hash
   */
  public long appendBodyTokens(TokenHashes tokens) {
    // A space between parts is no letter nor number: the parts' tokens are the joined body's.
    long h = Hash64.start();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        h = Hash64.add(h, ' ');
      }
      h = tokens.appendHashing(parts[i], lowerCase[i], h);
    }
    return Hash64.mix(h);
  }

  /**
   * Appends the title's tokens, as {@code tokens.append(title())} would, and gives the title's
   * hash, {@code Hash64.of(title())}.
   *
   * @param tokens a token list
   * @return the title's hash
   */
  public long appendTitleTokens(TokenHashes tokens) {
    return Hash64.mix(tokens.appendHashing(title, false, Hash64.start()));
  }

  /**
   * The first 64 bits of the content id's SHA-256, as {@link ContentId#of} derives it (its class
   * comment gives the canonical form), from the folded title and the paragraphs, which are folded
   * here: each paragraph's fold goes into {@code folded} (null for a plain ASCII one, whose fold is
   * its lower case) and into the digest as it is made. A plain paragraph is tested and its lower
   * case's bytes written in one pass ({@link PlainAscii#lowerCaseBytes}), then digested; the
   * title's fold, first in the digest, does not depend on the paragraphs.
   *
   * @param folded filled with each paragraph's fold, or null for a plain ASCII one
   */
  private static long foldedContentKey(
      LocalDate date, String foldedTitle, List<String> paragraphs, String[] folded) {
    MessageDigest sha = startDigest(date);
    byte[] kept = BYTES.get();
    byte[] buffer = update(sha, foldedTitle, kept);
    for (int i = 0; i < folded.length; i++) {
      sha.update((byte) '\n');
      String paragraph = paragraphs.get(i);
      int n = paragraph.length();
      if (n <= KEPT_BYTES) {
        if (buffer.length < n) {
          buffer = new byte[Math.max(n, 2 * buffer.length)];
        }
        if (PlainAscii.lowerCaseBytes(paragraph, buffer)) {
          sha.update(buffer, 0, n);
          continue;
        }
      } else if (PlainAscii.is(paragraph)) {
        buffer = updateLowerCase(sha, paragraph, buffer); // a huge one in pieces, as before
        continue;
      }
      folded[i] = TextFolding.fold(paragraph);
      buffer = update(sha, folded[i], buffer);
    }
    if (buffer != kept) {
      BYTES.set(buffer); // grown
    }
    return keyOf(sha.digest());
  }

  /** This thread's digest, reset and fed the canonical form's version and date lines. */
  private static MessageDigest startDigest(LocalDate date) {
    MessageDigest sha = SHA256.get();
    sha.reset();
    sha.update(VERSION);
    if (date == null) {
      sha.update(NO_DATE);
    } else {
      updateDate(sha, date, BYTES.get());
    }
    sha.update((byte) '\n');
    return sha;
  }

  /** The first 64 bits of a digest. */
  private static long keyOf(byte[] digest) {
    long key = 0;
    for (int i = 0; i < 8; i++) {
      key = key << 8 | (digest[i] & 0xFF);
    }
    return key;
  }

  /**
   * Feeds {@link LocalDate#toString}'s bytes to the digest: for a year of four digits (every dated
   * item's), {@code yyyy-MM-dd} written into the buffer (at least 256 bytes), without the string
   * and its builder; any other year by {@code toString}, which writes its sign and digits.
   */
  static void updateDate(MessageDigest sha, LocalDate date, byte[] buffer) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      sha.update(date.toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    buffer[0] = (byte) ('0' + year / 1000);
    buffer[1] = (byte) ('0' + year / 100 % 10);
    buffer[2] = (byte) ('0' + year / 10 % 10);
    buffer[3] = (byte) ('0' + year % 10);
    buffer[4] = '-';
    buffer[5] = (byte) ('0' + month / 10);
    buffer[6] = (byte) ('0' + month % 10);
    buffer[7] = '-';
    buffer[8] = (byte) ('0' + day / 10);
    buffer[9] = (byte) ('0' + day % 10);
    sha.update(buffer, 0, 10);
  }

  /**
   * Feeds a string's UTF-8 bytes to the digest: an ASCII string (most) through this thread's
   * buffer, byte for char, rather than a new array per string; any other by {@link
   * String#getBytes}, whose encoding (surrogates included) is the definition.
   *
   * @return the buffer, grown if the string needed a larger one
   */
  private static byte[] update(MessageDigest sha, String s, byte[] buffer) {
    int n = s.length();
    if (n > KEPT_BYTES) {
      sha.update(s.getBytes(StandardCharsets.UTF_8));
      return buffer;
    }
    if (buffer.length < n) {
      buffer = new byte[Math.max(n, 2 * buffer.length)];
    }
    char[] chars = StringChars.of(s); // no charAt loop: see StringChars
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c >= 0x80) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        return buffer;
      }
      buffer[i] = (byte) c;
    }
    sha.update(buffer, 0, n);
    return buffer;
  }

  /**
   * Feeds the UTF-8 bytes of a plain ASCII string's lower case to the digest (a byte per char),
   * through this thread's buffer in pieces.
   *
   * @return the buffer
   */
  private static byte[] updateLowerCase(MessageDigest sha, String plain, byte[] buffer) {
    int n = plain.length();
    char[] chars = StringChars.of(plain); // no charAt loop: see StringChars
    for (int from = 0; from < n; from += buffer.length) {
      int to = Math.min(n, from + buffer.length);
      for (int i = from; i < to; i++) {
        buffer[i - from] = (byte) PlainAscii.lowerCase(chars[i]);
      }
      sha.update(buffer, 0, to - from);
    }
    return buffer;
  }

  /**
   * The body, {@code fold(decode(bodyWithoutTeaserEnd(paragraphs)))}, as parts made from the folds
   * made for the content key where that gives the same: folding the body joined by blank lines is
   * folding each paragraph and joining the folds by one space, when no paragraph holds an entity
   * (the content key's folds are not decoded) and none folds to nothing. A line break is a boundary
   * that every step of folding treats alike on both sides: NFKC composes nothing with it, the
   * whitespace run it is in becomes the one space, and lower-casing's context rules (the final
   * sigma) stop at it, as at the end of a paragraph.
   */
  private static FoldedItem body(long key, String title, List<String> paragraphs, String[] folded) {
    List<String> kept = TextShape.paragraphsWithoutTeaserEnd(paragraphs);
    String[] parts = new String[kept.size()];
    boolean[] lowerCase = new boolean[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String paragraph = kept.get(i);
      if (paragraph.indexOf('&') >= 0) {
        return whole(key, title, kept);
      }
      // All but the last kept paragraph are the body's own; the last may have lost its ending.
      boolean own = paragraph.equals(paragraphs.get(i));
      String part = own ? folded[i] : PlainAscii.is(paragraph) ? null : TextFolding.fold(paragraph);
      if (part == null) {
        // Plain ASCII (the fold is the lower case, as long as the paragraph): kept as written.
        part = paragraph;
        lowerCase[i] = true;
      }
      if (part.isEmpty()) {
        return whole(key, title, kept);
      }
      parts[i] = part;
    }
    return new FoldedItem(key, title, parts, lowerCase);
  }

  private static FoldedItem whole(long key, String title, List<String> kept) {
    String body = TextFolding.fold(HtmlEntities.decode(String.join("\n\n", kept)));
    return new FoldedItem(key, title, new String[] {body}, new boolean[1]);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
