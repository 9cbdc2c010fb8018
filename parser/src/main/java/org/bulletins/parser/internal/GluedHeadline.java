package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableSet;

/**
 * A headline in capitals glued to the sentence that follows it, as a listing scraped without a
 * break between a heading and its teaser gives: {@code MADRID. LA ALCALDESA PIDE MAS AUTOBUSES
 * NOCTURNOSLa alcaldesa reclamó hoy ...}, {@code EL SINDICATO CONVOCA UNA HUELGA "INDEFINIDA"El
 * comité ...}. The line is cut where the text first turns to lower case: the capital before that
 * letter opens the sentence, and everything before it is the headline.
 *
 * <p>The headline has no lower-case letter and at least four words; the char before the cut is
 * neither a space (a headline is glued, {@code WASHINGTON The} is a sentence) nor part of a short
 * bracket ({@code NEW YORK (AP)The president}: a dateline) nor an apostrophe ({@code SEAN
 * O’Brien}); the headline's last word has three letters or more ({@code UK MPs back} is no cut);
 * the sentence has at least three words. Brand names ({@code THE NEW iPhone}, {@code US FIRM
 * OpenAI}) are not cut: the lower-case letter there follows a space or a lone capital.
 */
final class GluedHeadline {

  private static final int MIN_HEADLINE_WORDS = 4;
  private static final int MIN_SENTENCE_WORDS = 3;

  /** The fewest lower-case letters before the capital of a sentence-case glue. */
  private static final int MIN_LOWER_BEFORE_GLUE = 3;

  /** The fewest words of a headline in sentence case glued to its teaser. */
  private static final int MIN_SENTENCE_CASE_HEADLINE_WORDS = 3;

  /** The most words of a stamp glued to a paragraph ({@code Updated 2 hours ago}). */
  private static final int MAX_STAMP_WORDS = 4;

  /** The fewest words of a teaser glued to a headline in sentence case. */
  private static final int MIN_TEASER_WORDS = 6;

  /**
   * The words that open a teaser glued to a headline in sentence case: articles, demonstratives and
   * possessives, in the four languages, as written at a sentence's start.
   */
  private static final ImmutableSet<String> OPENERS =
      ImmutableSet.of(
          "The", "A", "An", "This", "These", "Those", "Its", "Their", "Our", // English
          "El", "La", "Los", "Las", "Un", "Una", "Unos", "Unas", "Este", "Esta", "Estos", "Estas",
          "Su", "Sus", // Spanish
          "Le", "Les", "Une", "Des", "Ce", "Cette", "Ces", "Son", "Sa", "Ses", // French
          "O", "Os", "As", "Um", "Uma", "Esse", "Essa", "Seu", "Sua"); // Portuguese

  /**
   * The fewest letters of the headline's last word: a shorter one is a plural acronym or a unit
   * ({@code MPs}, {@code ONGs}, {@code 50MWh}, {@code /PRNewswire/}), not a word glued to a
   * sentence.
   */
  private static final int MIN_LAST_WORD = 3;

  /** Longest bracket at a headline's end that is a news agency's mark, not a headline's words. */
  private static final int AGENCY_MARK = 8;

  private GluedHeadline() {}

  /**
   * Where the sentence after a glued headline starts.
   *
   * @param line a normalised line
   * @return the index of the sentence's first char, or -1 if the line opens with no glued headline
   */
  static int cut(String line) {
    return cut(line, true);
  }

  /**
   * Where the sentence after a glued headline starts, a headline in sentence case only when asked:
   * a block under a title is its body, where such a cut would part a caption, a stamp or an
   * article's heading from its text ({@code Foto: Ana Costa/AgênciaO prefeito ...}).
   *
   * @param line a normalised line
   * @param sentenceCase whether a headline in sentence case may be cut off
   * @return the index of the sentence's first char, or -1 if the line opens with no glued headline
   */
  static int cut(String line, boolean sentenceCase) {
    int capitals = capitalsCut(line);
    return capitals > 0 || !sentenceCase ? capitals : sentenceCaseCut(line);
  }

  /** The cut after a headline in capitals, or -1. */
  private static int capitalsCut(String line) {
    int lower = firstLowerCase(line);
    if (lower < 2 || lower > TitleRule.MAX_TITLE_LENGTH) {
      return -1;
    }
    int at = lower - 1; // the sentence's capital
    char before = line.charAt(at - 1);
    if (!Character.isUpperCase(line.charAt(at))
        || Character.isWhitespace(before)
        || (!Character.isLetterOrDigit(before) && "\"”»)?!.".indexOf(before) < 0)
        || lastWordLetters(line, at) < MIN_LAST_WORD
        || words(line, 0, at) < MIN_HEADLINE_WORDS
        || words(line, at, line.length()) < MIN_SENTENCE_WORDS
        || TitleRule.shape(line.substring(at)) == TitleRule.Shape.TITLE
        || endsWithAgencyMark(line, at)) {
      return -1;
    }
    return at;
  }

  /**
   * The cut after a headline in sentence case glued to its teaser, as a listing scraped without the
   * breaks between its blocks gives: {@code El Gobierno aprueba un abono para jóvenesEl Consejo de
   * Ministros aprobó ...}, and after a kicker glued to the headline ({@code TransporteEl Gobierno
   * ...}), which stays in the title as written. The cut is at a capital right after three
   * lower-case letters (or after them a closing quote or bracket), and the teaser opens with an
   * article or a demonstrative ({@link #OPENERS}), has {@link #MIN_TEASER_WORDS} words or more and
   * reads as a sentence or runs longer than the headline; the headline reads as a title of three
   * words or more. Brand names ({@code WhatsApp}, {@code PlayStation}, {@code YouTube}) make no
   * cut: the part after their capital is no article.
   *
   * @return the index of the teaser's first char, or -1
   */
  private static int sentenceCaseCut(String line) {
    int limit = Math.min(line.length() - 1, TitleRule.MAX_TITLE_LENGTH);
    for (int at = MIN_LOWER_BEFORE_GLUE; at < limit; at++) {
      char c = line.charAt(at);
      if (Character.isUpperCase(c) && isGlueAt(line, at) && isTeaserAt(line, at)) {
        String headline = line.substring(0, at);
        int words = words(line, 0, at);
        if (words >= MIN_SENTENCE_CASE_HEADLINE_WORDS
            && TitleRule.shape(headline) == TitleRule.Shape.TITLE
            && !isStampOrLabel(headline, words)) {
          return at;
        }
      }
    }
    return -1;
  }

  /**
   * Whether a glued line's head is no headline: a field or a caption ({@code Tiempo de lectura: 3
   * min}, {@code Foto: Ana Costa}), a label ({@code Share on Facebook}), or a few words with a
   * number (a stamp: {@code Há 2 horas}, {@code Madrid, 3 de marzo}, {@code 5 min read}).
   */
  private static boolean isStampOrLabel(String head, int words) {
    if (head.indexOf(':') >= 0 || Labels.isWordLabel(head)) {
      return true;
    }
    if (words > MAX_STAMP_WORDS) {
      return false;
    }
    for (int i = 0; i < head.length(); i++) {
      if (Character.isDigit(head.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether three lower-case letters, alone or before a closing mark, stand right before {@code
   * at}.
   */
  private static boolean isGlueAt(String line, int at) {
    int end = at;
    if ("\"”»)’'".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
      while (end > 0 && line.charAt(end - 1) == ' ') {
        end--; // "« plan vélo »La mairie": French sets spaces inside its quotes
      }
    }
    if (end < MIN_LOWER_BEFORE_GLUE) {
      return false;
    }
    for (int i = end - MIN_LOWER_BEFORE_GLUE; i < end; i++) {
      if (!Character.isLowerCase(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text from {@code at} opens with an opener and reads as a sentence, or is longer
   * than the headline before it (teasers cut short end with no period).
   */
  private static boolean isTeaserAt(String line, int at) {
    int space = line.indexOf(' ', at);
    if (space < 0 || !OPENERS.contains(line.substring(at, space))) {
      return false;
    }
    int teaserWords = words(line, at, line.length());
    return teaserWords >= MIN_TEASER_WORDS
        && (teaserWords > words(line, 0, at)
            || TitleRule.shape(line.substring(at)) != TitleRule.Shape.TITLE);
  }

  /** The letters of the headline's last word, up to the cut. */
  private static int lastWordLetters(String line, int end) {
    int letters = 0;
    for (int i = end - 1; i >= 0 && line.charAt(i) != ' '; i--) {
      letters += Character.isLetter(line.charAt(i)) ? 1 : 0;
    }
    return letters;
  }

  private static int firstLowerCase(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLowerCase(line.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The words (runs of non-spaces) in {@code line[from, to)} that hold a letter or a digit. */
  private static int words(String line, int from, int to) {
    int words = 0;
    boolean counted = false; // the current word has been counted
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        words++;
        counted = true;
      }
    }
    return words;
  }

  /** True if the headline ends with a short bracket, as {@code (AP)} or {@code (EFE)}. */
  private static boolean endsWithAgencyMark(String line, int end) {
    if (line.charAt(end - 1) != ')') {
      return false;
    }
    int open = line.lastIndexOf('(', end - 1);
    return open >= 0 && end - open <= AGENCY_MARK;
  }
}
