package org.bulletins.dedup.internal.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
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
 * @param contentKey the content id's 64 bits
 * @param title the folded title, without site affixes
 * @param body the folded body, without a teaser ending
 */
public record FoldedItem(long contentKey, String title, String body) {

  private static final byte[] VERSION = "bulletins-id-v1\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NO_DATE = {'-'};

  // A digest per thread: getInstance looks the provider up each time.
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(FoldedItem::newDigest);

  /** A byte buffer per thread for {@link #update}; a string longer than this is not copied in. */
  private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[256]);

  private static final int KEPT_BYTES = 1 << 16;

  /**
   * Folds an item.
   *
   * @param item an item
   * @param strippedTitle its title without site affixes ({@link TextShape#stripSiteAffixes})
   * @return its folded pieces
   */
  public static FoldedItem of(NewsItem item, String strippedTitle) {
    List<String> paragraphs = item.paragraphs();
    String[] folded = new String[paragraphs.size()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = TextFolding.fold(paragraphs.get(i));
    }
    String foldedTitle = TextFolding.fold(item.title());
    long key = contentKey(item.date().orElse(null), foldedTitle, folded);
    // A title without site affixes nor entity (most) is folded once, for both.
    String title =
        strippedTitle.equals(item.title()) && strippedTitle.indexOf('&') < 0
            ? foldedTitle
            : TextFolding.fold(HtmlEntities.decode(strippedTitle));
    return new FoldedItem(key, title, body(paragraphs, folded));
  }

  /**
   * The first 64 bits of the content id's SHA-256, as {@link ContentId#of} derives it (its class
   * comment gives the canonical form), from the folded title and paragraphs.
   */
  static long contentKey(LocalDate date, String foldedTitle, String[] foldedParagraphs) {
    MessageDigest sha = SHA256.get();
    sha.reset();
    sha.update(VERSION);
    sha.update(date == null ? NO_DATE : date.toString().getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
    byte[] buffer = BYTES.get();
    buffer = update(sha, foldedTitle, buffer);
    for (String paragraph : foldedParagraphs) {
      sha.update((byte) '\n');
      buffer = update(sha, paragraph, buffer);
    }
    BYTES.set(buffer);
    byte[] digest = sha.digest();
    long key = 0;
    for (int i = 0; i < 8; i++) {
      key = key << 8 | (digest[i] & 0xFF);
    }
    return key;
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
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
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
   * {@code fold(decode(bodyWithoutTeaserEnd(paragraphs)))}, from the folds made for the content key
   * where that gives the same: folding the body joined by blank lines is folding each paragraph and
   * joining the folds by one space, when no paragraph holds an entity (the content key's folds are
   * not decoded) and none folds to nothing. A line break is a boundary that every step of folding
   * treats alike on both sides: NFKC composes nothing with it, the whitespace run it is in becomes
   * the one space, and lower-casing's context rules (the final sigma) stop at it, as at the end of
   * a paragraph.
   */
  static String body(List<String> paragraphs, String[] foldedParagraphs) {
    List<String> kept = TextShape.paragraphsWithoutTeaserEnd(paragraphs);
    String[] parts = new String[kept.size()];
    for (int i = 0; i < parts.length; i++) {
      String paragraph = kept.get(i);
      if (paragraph.indexOf('&') >= 0) {
        return foldedWhole(kept);
      }
      // All but the last kept paragraph are the body's own; the last may have lost its ending.
      String folded =
          paragraph.equals(paragraphs.get(i)) ? foldedParagraphs[i] : TextFolding.fold(paragraph);
      if (folded.isEmpty()) {
        return foldedWhole(kept);
      }
      parts[i] = folded;
    }
    return String.join(" ", parts);
  }

  private static String foldedWhole(List<String> kept) {
    return TextFolding.fold(HtmlEntities.decode(String.join("\n\n", kept)));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
