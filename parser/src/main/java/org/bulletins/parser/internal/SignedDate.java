package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A date signed with its author's name, as blogs stamp an entry: the byline first ({@code Posted by
 * Jane Doe on March 5, 2024}, {@code Publicado por Ana Costa el 1 de marzo de 2024}, {@code Publié
 * par Marie Dupont le 29 février 2024}, {@code By Tom Lee on 4 March 2024}) or after the date
 * ({@code March 3, 2024 by Ana Costa}, {@code 3 de março de 2024 por Ana Costa}). The name must be
 * one ({@link Byline#isName}): {@code March 3, 2024 by the harbour} is a date in a title.
 */
final class SignedDate {

  /** The verbs (folded) a byline may follow: {@code Posted by}, {@code Publié par}. */
  static final Set<String> VERBS =
      ImmutableSet.of(
          "posted",
          "published",
          "written",
          "publicado",
          "publicada",
          "escrito",
          "escrita",
          "postado",
          "postada",
          "publie",
          "publiee",
          "ecrit",
          "redige",
          "redigee");

  /** The words (folded) between a name and its date: {@code on}, {@code el}, {@code le}. */
  private static final Set<String> BEFORE_DATE = ImmutableSet.of("on", "el", "le", "em", "a", "o");

  private SignedDate() {}

  /**
   * Reads a date signed with a name.
   *
   * @param written the text as written (normalised)
   * @param folded the same text folded, of the same length
   * @param dates the date recogniser
   * @return the date line, or empty if the text is no signed date
   */
  static Optional<DateLine> parse(String written, String folded, DateLineParser dates) {
    if (written.length() != folded.length()
        || (!folded.contains("by ") && !folded.contains("por ") && !folded.contains("par "))) {
      return Optional.empty(); // no byline, or a char folded to two: the words would not line up
    }
    Optional<DateLine> first = bylineFirst(written.split(" "), folded.split(" "), dates);
    return first.isPresent() ? first : dateFirst(written, folded, dates);
  }

  /** {@code [verb] by NAME [on] DATE}. */
  private static Optional<DateLine> bylineFirst(
      String[] written, String[] folded, DateLineParser dates) {
    int by = folded.length > 0 && VERBS.contains(folded[0]) ? 1 : 0;
    if (folded.length < by + 3 || !Byline.WORDS.contains(folded[by])) {
      return Optional.empty();
    }
    String byline = String.join(" ", Arrays.asList(written).subList(by, written.length));
    int lastName = Math.min(folded.length - 2, by + Byline.MAX_WORDS);
    for (int end = by + 2; end <= lastName + 1 && end < folded.length; end++) {
      // words by+1 .. end-1 are the name; the date starts at end, after an optional "on"
      if (!Byline.isName(byline, end - by)) {
        continue;
      }
      int start = BEFORE_DATE.contains(folded[end]) ? end + 1 : end;
      if (start < folded.length) {
        Optional<DateLine> date =
            dates.parse(String.join(" ", Arrays.asList(folded).subList(start, folded.length)));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** {@code DATE by NAME}. */
  private static Optional<DateLine> dateFirst(String written, String folded, DateLineParser dates) {
    for (String word : Byline.WORDS) {
      int at = folded.indexOf(" " + word + " ");
      if (at > 0
          && Byline.is(written.substring(at + 1), folded.substring(at + 1))
          && dates.parse(folded.substring(0, at)).isPresent()) {
        return dates.parse(folded.substring(0, at));
      }
    }
    return Optional.empty();
  }
}
