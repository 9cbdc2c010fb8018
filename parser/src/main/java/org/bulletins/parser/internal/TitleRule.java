package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells titles from paragraphs on pages without date lines.
 *
 * <p>A block (a run of non-blank lines) is <em>surely a paragraph</em> if it is longer than {@value
 * #MAX_TITLE_LENGTH} chars, holds two or more sentences, starts with a lower-case letter, or ends
 * with {@code ,}, {@code ;} or {@code :}. Otherwise it is <em>title-like</em> unless it ends with a
 * period or an ellipsis. A block that is neither (short, one sentence, ending with a period) is a
 * title only if the block after it is surely a paragraph and the block itself stands apart from the
 * text above it: at least two blank lines before it, and at least as many as between it and the
 * paragraph after it (headlines stand apart); otherwise it is a paragraph.
 */
public final class TitleRule {

  /** The longest title, in chars. The seeds' titles reach 151, their paragraphs start at 197. */
  public static final int MAX_TITLE_LENGTH = 160;

  /**
   * A sentence boundary: terminal punctuation, optional closing quote or bracket, space, then an
   * optional opening quote and an upper-case letter or digit, where the word before the punctuation
   * is not a single letter (as in {@code U.S. Army}).
   */
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<![\\s.]\\p{L})(?<!^\\p{L})[.!?][\"”’»)\\]]? [\"“‘«(]?[\\p{Lu}\\d]");

  /**
   * Words that open a line of practical details after a period, as an article ends ({@code
   * Pratique. Inauguration samedi à 10 h}), folded: no kicker of a headline.
   */
  private static final Set<String> NOT_KICKERS =
      ImmutableSet.of(
          "pratique",
          "renseignements",
          "infos",
          "info",
          "contact",
          "contacts",
          "tarif",
          "tarifs",
          "horaires",
          "inscriptions",
          "programme",
          "reservations",
          "acces",
          "note",
          "nota",
          "attention",
          "important",
          "update",
          "correction",
          "details",
          "informacion",
          "informacoes",
          "contacto",
          "horarios");

  /** The most words in a kicker before a title's first period. */
  private static final int MAX_KICKER_WORDS = 3;

  /**
   * The most words of a headline ending with {@code ?} or {@code !} and a read-more link: a longer
   * text is a teaser's sentence.
   */
  private static final int MAX_LINKED_TITLE_WORDS = 10;

  private TitleRule() {}

  /** What a block is, on its own. */
  public enum Shape {
    /** Surely a paragraph. */
    PARAGRAPH,
    /** A title, unless nothing else fits. */
    TITLE,
    /** Short, one sentence, ending with a period: decided by its neighbours. */
    UNDECIDED
  }

  /**
   * Classifies a block's text on its own, without a read-more link after its last sentence ({@link
   * Labels#readMoreTail}); a text with such a link is never surely a title.
   *
   * @param text the normalised text, not empty
   * @return its shape
   */
  public static Shape shape(String text) {
    int readMore = Labels.readMoreTail(text);
    if (readMore > 0) {
      text = text.substring(0, readMore).strip(); // "... on Friday. Read more": the sentence
    }
    if (hasTrailingSeparator(text)) {
      text = text.substring(0, text.length() - 2); // "... on March 29. -": the sentence
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if (text.length() > MAX_TITLE_LENGTH
        || Character.isLowerCase(first)
        || last == ','
        || last == ';'
        || last == ':'
        || hasSentenceBreak(text, last)) {
      return Shape.PARAGRAPH;
    }
    if (last == '.' || last == '…') {
      return Shape.UNDECIDED;
    }
    // "Local bands are back this summer, with free entry on Sunday! Read more": a teaser's
    // sentence, which a link follows; "Is the tram worth the wait? Read more" is a short headline.
    return readMore > 0 && words(text) > MAX_LINKED_TITLE_WORDS ? Shape.UNDECIDED : Shape.TITLE;
  }

  /** The words of a normalised text: one more than its spaces. */
  static int words(String text) {
    int words = 1;
    for (int i = 0; i < text.length(); i++) {
      words += text.charAt(i) == ' ' ? 1 : 0;
    }
    return words;
  }

  /**
   * Whether the text holds a sentence boundary, other than the period after a kicker that opens a
   * title with no period at its end ({@code ENQUÊTE. Comment la mairie a choisi ses bus}, {@code
   * VIDEO. Les images du chantier}, {@code Rouen. Une fresque pour le gymnase}, {@code Municipales
   * 2026. Le marché revient}), as French news sites tag their headlines.
   */
  private static boolean hasSentenceBreak(String text, char last) {
    Matcher breaks = SENTENCE_BREAK.matcher(text);
    if (!breaks.find()) {
      return false;
    }
    if (last == '.' || last == '…' || last == '!' || last == '?' || breaks.start() > MAX_KICKER) {
      return true;
    }
    return !isKicker(text, breaks.start()) || breaks.find();
  }

  /**
   * Whether {@code text[0, period)} is one to three words in capitals, or capitalised words and
   * numbers ({@code Rouen}, {@code Le Havre}, {@code Municipales 2026}), and the text after its
   * period opens with a capital and a lower-case letter: a kicker, not a sentence.
   */
  private static boolean isKicker(String text, int period) {
    if (text.charAt(period) != '.'
        || period + 3 >= text.length()
        || !Character.isLowerCase(text.charAt(period + 3))
        || NOT_KICKERS.contains(DateLineParser.foldText(text.substring(0, period)))) {
      return false;
    }
    int words = 1;
    boolean letter = false;
    boolean wordStart = true;
    for (int i = 0; i < period; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        words++;
        wordStart = true;
        continue;
      }
      if (Character.isLetter(c)) {
        if (wordStart && !Character.isUpperCase(c)) {
          return false; // "Ils ont voté. Le budget ...": a sentence
        }
        letter = true;
      } else if (!Character.isDigit(c) && c != '-' && c != '\'') {
        return false;
      }
      wordStart = false;
    }
    return letter && words <= MAX_KICKER_WORDS;
  }

  /**
   * Whether a line of a block is a title set right above its text with no blank line between
   * ({@code Council approves the budget} over {@code The council voted on Tuesday. ...}): the line
   * is a headline (title-like on its own, or in capitals over text that is not: {@code MADRID. LA
   * ALCALDESA PIDE MAS AUTOBUSES}), the lines under it read as a paragraph (surely one, or a
   * sentence that ends with a period) that opens with a capital, a digit or a quote, and the line
   * is too short to be the first line of a paragraph wrapped at a fixed width (the next line's
   * first word would have fitted on it) and does not end with a word that links it to the next
   * ({@code the}, {@code de}, {@code à}...).
   *
   * @param first the line, normalised
   * @param rest the lines under it, up to the next title, joined by single spaces
   * @param nextFirstWord the length of the next line's first word
   * @param longestLater the length of the block's longest line after its first
   * @return true if the line is the title of the lines under it
   */
  public static boolean isTitleAbove(
      String first, String rest, int nextFirstWord, int longestLater) {
    char opening = rest.charAt(0);
    return (Character.isUpperCase(opening)
            || Character.isDigit(opening)
            || "\"“‘«(".indexOf(opening) >= 0)
        && first.length() + 1 + nextFirstWord <= longestLater
        && !endsWithLinkWord(first)
        && isHeadline(first, rest)
        && shape(rest) != Shape.TITLE;
  }

  /**
   * A title-like line, or a line in capitals (three words or more, no lower-case letter) over text
   * that has some: a capitals headline may hold a period ({@code SEVILLA. EL CONCEJO APRUEBA ...}).
   */
  private static boolean isHeadline(String line, String below) {
    return shape(line) == Shape.TITLE
        || (line.length() <= MAX_TITLE_LENGTH
            && isCapitals(line)
            && line.split(" ", 4).length >= 3
            && !isCapitals(below));
  }

  /** True if the text has a letter and no lower-case one. */
  static boolean isCapitals(String text) {
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /**
   * True if a line ends a sentence: its last char, after closing quotes and brackets, is {@code .},
   * {@code !}, {@code ?} or {@code …}, a separator left after it by a link aside ({@code ... on
   * March 29. -}).
   *
   * @param line a normalised line, not empty
   * @return true if it ends a sentence
   */
  static boolean endsSentence(String line) {
    int i = hasTrailingSeparator(line) ? line.length() - 3 : line.length() - 1;
    while (i > 0 && "\"”’»)]".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return ".!?…".indexOf(line.charAt(i)) >= 0;
  }

  /** The fewest words of a headline with a deck set apart under it ({@link #isDeckUnder}). */
  private static final int MIN_DECKED_HEADLINE_WORDS = 5;

  /** The fewest words of a deck ({@link #isDeckUnder}), and the fewest more than its headline. */
  private static final int MIN_DECK_WORDS = 10;

  private static final int MORE_DECK_WORDS = 3;

  /**
   * Whether a line set apart under a page's first headline is its deck (standfirst), as an article
   * sets one between its headline and its date: the headline is title-like, of {@value
   * #MIN_DECKED_HEADLINE_WORDS} words or more and no section's name ({@code Latest news from the
   * ministry} is a page's header), and the line holds {@value #MIN_DECK_WORDS} words or more,
   * {@value #MORE_DECK_WORDS} more than the headline.
   *
   * @param headline the page's first title-like line
   * @param line the next line, after a blank line
   * @return true if the line is the headline's deck
   */
  static boolean isDeckUnder(String headline, String line) {
    int words = words(headline);
    return words >= MIN_DECKED_HEADLINE_WORDS
        && words(line) >= Math.max(MIN_DECK_WORDS, words + MORE_DECK_WORDS)
        && shape(headline) == Shape.TITLE
        && !Labels.isSectionName(headline)
        && !Labels.isLabel(headline);
  }

  /** Separators a scraped listing leaves after a teaser's sentence, set off by a space. */
  private static final String TRAILING_SEPARATORS = "-–—|";

  /** Whether a text ends with a separator set off by a space ({@code ... on March 29. -}). */
  private static boolean hasTrailingSeparator(String text) {
    int last = text.length() - 1;
    return last > 2
        && text.charAt(last - 1) == ' '
        && TRAILING_SEPARATORS.indexOf(text.charAt(last)) >= 0;
  }

  /** The longest kicker, in chars. */
  private static final int MAX_KICKER = 25;

  /** A word or two in capitals, or one capitalised word, of at most {@value #MAX_KICKER} chars. */
  static boolean isKickerText(String text) {
    if (text.length() > MAX_KICKER || !Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    int words = 1;
    boolean lowerCase = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '-') {
        return false;
      }
      lowerCase |= Character.isLowerCase(c);
      words += c == ' ' ? 1 : 0;
    }
    return words == 1 || (words == 2 && !lowerCase);
  }

  /** Words a title never ends with but a wrapped line often does, in four languages. */
  private static final Set<String> LINK_WORDS =
      ImmutableSet.of(
          "the", "a", "an", "of", "on", "in", "to", "for", "and", "or", "at", "by", "with", "from",
          "that", "as", "is", "was", "el", "la", "los", "las", "de", "del", "en", "y", "o", "que",
          "con", "por", "para", "un", "una", "al", "le", "les", "du", "des", "et", "ou", "à", "au",
          "aux", "pour", "par", "sur", "une", "dans", "os", "do", "da", "dos", "das", "em", "no",
          "na", "e", "com", "um", "uma", "ao");

  /** True if the line's last word is one that links it to a next line ({@link #LINK_WORDS}). */
  private static boolean endsWithLinkWord(String line) {
    String last = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return LINK_WORDS.contains(last);
  }

  /**
   * Decides whether a block starts a new item.
   *
   * @param block the block
   * @param next the block after it in the same section, or null
   * @return true if the block is a title
   */
  public static boolean isTitle(Block block, Block next) {
    return switch (shape(block.text())) {
      case PARAGRAPH -> false;
      case TITLE -> true;
      case UNDECIDED ->
          next != null
              && shape(next.text()) == Shape.PARAGRAPH
              && block.blanksBefore() >= 2
              && block.blanksBefore() >= next.blanksBefore();
    };
  }
}
