package org.bulletins.dedup.internal.terms;

import java.util.Optional;

/**
 * Names: runs of capitalised words, joined by connectors ({@code of, for, and, de, la, ...}); a
 * leading function word ({@code The}) is dropped, and a single capitalised word that starts a
 * sentence counts only if the text capitalises it elsewhere too. Months and weekdays are not names,
 * nor is a run that is a country. A name right before an acronym in parentheses is its expansion:
 * {@code Guatemalan Migration Institute (IGM)}.
 */
final class NameRuns {

  private NameRuns() {}

  /**
   * Finds the names of a text written in {@link TextMode#PLAIN}.
   *
   * @param tokens the words of the text
   * @param single the term each word makes alone ({@link SingleWordTerms}), null for none
   * @param title the text is the title
   * @param out where the names go
   */
  static void find(WordTokens tokens, Term[] single, boolean title, TermCollector out) {
    int n = tokens.count();
    for (int i = 0; i < n; ) {
      if (!isNameWord(tokens, i, single[i])) {
        i++;
        continue;
      }
      int end = i;
      int k = i + 1;
      while (k < n && tokens.spaceGap(k) && !tokens.possessive(end)) {
        if (isNameWord(tokens, k, single[k])) {
          end = k++;
        } else if (tokens.is(k, Lexicon.CONNECTOR)
            && k + 1 < n
            && tokens.spaceGap(k + 1)
            && isNameWord(tokens, k + 1, single[k + 1])) {
          k++;
        } else {
          break;
        }
      }
      add(tokens, single, i, end, title, out);
      i = end + 1;
    }
  }

  private static void add(
      WordTokens tokens, Term[] single, int start, int end, boolean title, TermCollector out) {
    // `< end + 1`, not `<= end`: C2 (JDK 17) deoptimizes the compiled caller, once, when a `<=`
    // bound allows a single pass.
    int stop = end + 1;
    while (start < stop && tokens.is(start, Lexicon.FUNCTION | Lexicon.CONNECTOR)) {
      start++;
    }
    if (start > end) {
      return;
    }
    if (start == end && tokens.sentenceStart(start) && !capitalisedElsewhere(tokens, start)) {
      return;
    }
    if (tokens.mayStartCountry(start)) {
      Optional<Countries.Match> country = Countries.atLowerCase(tokens.lowerWords(), start);
      if (country.isPresent() && country.get().words() == end - start + 1) {
        return; // already a country
      }
    }
    String written = tokens.joined(start, end);
    // An acronym in parentheses right after the name: the name is its expansion.
    if (end + 1 < tokens.count()
        && single[end + 1] != null
        && single[end + 1].kind() == Term.Kind.ACRONYM
        && tokens.parenGap(end + 1)) {
      String acronym = single[end + 1].key();
      out.expansion(acronym, written);
      // Context of the whole "Name (ACR)", so that "from the Permanent Contingency Commission
      // (COPECO) participated" and "from the Honduran Red Cross (HRC) participated" align.
      out.add(
          new Term(Term.Kind.ACRONYM, acronym, written + " (" + acronym + ")"),
          tokens,
          start,
          end + 1,
          title);
      return;
    }
    out.add(
        new Term(Term.Kind.NAME, tokens.foldedJoined(start, end, written), written),
        tokens,
        start,
        end,
        title);
  }

  private static boolean capitalisedElsewhere(WordTokens tokens, int index) {
    for (int i = 0; i < tokens.count(); i++) {
      if (i != index && !tokens.sentenceStart(i) && tokens.sameWord(i, index)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameWord(WordTokens tokens, int i, Term single) {
    return tokens.nameShape(i) && single == null;
  }
}
