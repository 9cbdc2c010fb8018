package org.bulletins.dedup.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.bulletins.dedup.DistinctiveTerms;
import org.bulletins.dedup.TermExtractor;
import org.bulletins.model.NewsItem;
import org.bulletins.model.TextFolding;

/**
 * What the stages need to know about one item, computed once: folded title and body, word sets,
 * shingles and distinctive terms.
 *
 * @param item the item
 * @param foldedTitle the folded title without site affixes
 * @param foldedBody the folded body without a teaser ending
 * @param titleWords the content words of the title without site affixes
 * @param bodyShingles the word shingles of the body without a teaser ending
 * @param allShingles the word shingles of title and body, for MinHash
 * @param contentWords the content words of title and body
 * @param bodyWordCount the number of words of the body
 * @param teaser true if the body ends like a teaser
 * @param allCapsTitle true if the title is written in capitals
 * @param affixedTitle true if the title carries a site prefix or suffix
 * @param terms the distinctive terms of title and body
 */
public record ItemFeatures(
    NewsItem item,
    String foldedTitle,
    String foldedBody,
    ImmutableSet<String> titleWords,
    ImmutableSet<String> bodyShingles,
    ImmutableSet<String> allShingles,
    ImmutableSet<String> contentWords,
    int bodyWordCount,
    boolean teaser,
    boolean allCapsTitle,
    boolean affixedTitle,
    DistinctiveTerms terms) {

  /**
   * Computes the features of an item.
   *
   * @param item the item
   * @param shingleSize words per shingle
   * @return the features
   */
  public static ItemFeatures of(NewsItem item, int shingleSize) {
    String strippedTitle = TextShape.stripSiteAffixes(item.title());
    List<String> titleWords = TextShape.words(strippedTitle);
    String body = TextShape.bodyWithoutTeaserEnd(item.paragraphs());
    List<String> bodyWords = TextShape.words(body);
    List<String> all = new ArrayList<>(titleWords);
    all.addAll(bodyWords);
    List<String> titleContent = TextShape.contentWords(titleWords);
    return new ItemFeatures(
        item,
        TextFolding.fold(TextShape.decodeEntities(strippedTitle)),
        TextFolding.fold(TextShape.decodeEntities(body)),
        ImmutableSet.copyOf(titleContent.isEmpty() ? titleWords : titleContent),
        TextShape.shingles(bodyWords, shingleSize),
        TextShape.shingles(all, shingleSize),
        ImmutableSet.copyOf(TextShape.contentWords(ImmutableList.copyOf(all))),
        bodyWords.size(),
        TextShape.isTeaser(item.paragraphs()),
        TextShape.isAllCaps(item.title()),
        !strippedTitle.equals(item.title().strip()),
        TermExtractor.create().extract(item));
  }
}
