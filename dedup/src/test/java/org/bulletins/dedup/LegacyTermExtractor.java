package org.bulletins.dedup;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletins.dedup.internal.terms.Countries;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.dedup.internal.terms.Numerals;
import org.bulletins.dedup.internal.terms.RomanceWords;
import org.bulletins.dedup.internal.terms.Term;
import org.bulletins.dedup.internal.terms.TermOccurrence;
import org.bulletins.dedup.internal.text.TextShape;
import org.bulletins.model.NewsItem;
import org.bulletins.model.TextFolding;
import org.bulletins.model.text.HtmlEntities;

/**
 * The term extractor as it was before tokens became offsets into the text (a {@code String} and a
 * lower-case {@code String} per word, a record per token), kept verbatim as the oracle of {@link
 * TermExtractorEquivalenceTest}: the rewrite must find exactly the same terms, occurrences and
 * expansions.
 */
final class LegacyTermExtractor {

  private static final Pattern ROMAN = Pattern.compile("(?:X{0,2})(?:IX|IV|V?I{0,3})");
  private static final ImmutableMap<String, String> NUMBER_WORDS =
      words(
          "two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12"
              + " thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18"
              + " nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 hundred=100 thousand=1000");
  private static final ImmutableMap<String, String> ORDINAL_WORDS =
      words(
          "first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10");
  private static final ImmutableSet<String> CONNECTORS =
      ImmutableSet.of(
          "of", "for", "and", "de", "del", "la", "las", "los", "y", "on", "against", "&");
  private static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.copyOf(
          ("the a an on in at with within since during from for by to of and but this that these"
                  + " those its their our his her as after before last next closing through between"
                  + " among under over while when where according both all some more most many"
                  + " also new read it we they he she there here today yesterday")
              .split(" "));
  private static final ImmutableSet<String> CALENDAR =
      ImmutableSet.copyOf(
          ("january february march april may june july august september october november december"
                  + " monday tuesday wednesday thursday friday saturday sunday")
              .split(" "));

  // Lexicon flags: which of the word lists above a lower-case word is in.
  private static final int FUNCTION = 1;
  private static final int CONNECTOR = 2;
  private static final int MONTH_OR_DAY = 4;
  private static final int NUMBER_WORD = 8;
  private static final int ORDINAL_WORD = 16;

  /**
   * Every word of the lists above with its flags: one hash look-up per token when it is read, not
   * one per list per question.
   */
  private static final ImmutableMap<String, Integer> LEXICON = lexicon();

  private LegacyTermExtractor() {}

  /**
   * Extracts the terms of a body text.
   *
   * @param text any text
   * @return its terms
   */
  static DistinctiveTerms extract(String text) {
    Objects.requireNonNull(text, "text");
    Collector collector = new Collector();
    scan(text, false, collector);
    return collector.build();
  }

  /**
   * Extracts the terms of an item's title and body; occurrences in the title are marked.
   *
   * @param item a news item
   * @return the terms of title and body together
   */
  static DistinctiveTerms extract(NewsItem item) {
    Objects.requireNonNull(item, "item");
    Collector collector = new Collector();
    scan(item.title(), true, collector);
    scan(item.body(), false, collector);
    return collector.build();
  }

  private static ImmutableMap<String, Integer> lexicon() {
    Map<String, Integer> flags = new HashMap<>();
    FUNCTION_WORDS.forEach(w -> flags.merge(w, FUNCTION, (x, y) -> x | y));
    CONNECTORS.forEach(w -> flags.merge(w, CONNECTOR, (x, y) -> x | y));
    CALENDAR.forEach(w -> flags.merge(w, MONTH_OR_DAY, (x, y) -> x | y));
    NUMBER_WORDS.keySet().forEach(w -> flags.merge(w, NUMBER_WORD, (x, y) -> x | y));
    ORDINAL_WORDS.keySet().forEach(w -> flags.merge(w, ORDINAL_WORD, (x, y) -> x | y));
    // The Spanish, French and Portuguese words issue 17 added, so that both read the same lexicon.
    RomanceWords.FUNCTION_WORDS.forEach(w -> flags.merge(w, FUNCTION, (x, y) -> x | y));
    RomanceWords.CONNECTORS.forEach(w -> flags.merge(w, CONNECTOR, (x, y) -> x | y));
    RomanceWords.CALENDAR.forEach(w -> flags.merge(w, MONTH_OR_DAY, (x, y) -> x | y));
    return ImmutableMap.copyOf(flags);
  }

  private static ImmutableMap<String, String> words(String spec) {
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    for (String pair : spec.split(" ")) {
      String[] kv = pair.split("=");
      map.put(kv[0], kv[1]);
    }
    return map.buildOrThrow();
  }

  /**
   * A word token and what the gap before it holds: flags read off the text in the one pass that
   * finds the word, rather than a {@code String} per gap searched again for every question.
   *
   * @param text the word as written, without a possessive {@code 's}
   * @param lower the word in lower case
   * @param sentenceStart the first token, or the gap holds one of {@code . ! ? : ;} or a line break
   * @param possessive the word ended in {@code 's}
   * @param spaceGap the gap is white space only (or empty), without a line break
   * @param parenGap the gap holds an opening parenthesis
   * @param lexicon the {@link #LEXICON} flags of the lower-case word, 0 for none
   * @param letters the letters of the word ({@link Character#isLetter(char)})
   * @param upperLetters the letters that are upper case
   * @param acronymShape at least two upper-case chars, and more upper- than lower-case ones
   */
  private record Token(
      String text,
      String lower,
      boolean sentenceStart,
      boolean possessive,
      boolean spaceGap,
      boolean parenGap,
      int lexicon,
      int letters,
      int upperLetters,
      boolean acronymShape,
      boolean oneSpaceBefore,
      boolean colonBefore) {

    boolean is(int flags) {
      return (lexicon & flags) != 0;
    }
  }

  /**
   * The tokens of a text, and their lower-case words as a list (for {@link Countries#atLowerCase}).
   */
  private record Tokens(List<Token> tokens, List<String> lower) {}

  private static Tokens tokenize(String raw) {
    String text =
        withoutIgnorables(Normalizer.normalize(HtmlEntities.decode(raw), Normalizer.Form.NFKC))
            .replace('\u2019', '\'');
    List<Token> tokens = new ArrayList<>();
    List<String> lowers = new ArrayList<>();
    int last = 0;
    for (int from = TextShape.skipToWord(text, 0);
        from < text.length();
        from = TextShape.skipToWord(text, last)) {
      int end = endOfWord(text, from);
      int wordEnd = end;
      boolean possessive = false;
      if (end - from >= 2
          && text.charAt(end - 2) == '\''
          && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
        wordEnd -= 2;
        possessive = true;
      }
      if (wordEnd > from) {
        String word = text.substring(from, wordEnd);
        String lower = word.toLowerCase(Locale.ROOT);
        int gap = gapFlags(text, last, from);
        int letters = 0;
        int upperLetters = 0;
        int upper = 0;
        int lowerCase = 0;
        for (int i = 0; i < word.length(); i++) {
          char c = word.charAt(i);
          boolean isUpper = Character.isUpperCase(c);
          if (isUpper) {
            upper++;
          } else if (Character.isLowerCase(c)) {
            lowerCase++;
          }
          if (Character.isLetter(c)) {
            letters++;
            if (isUpper) {
              upperLetters++;
            }
          }
        }
        tokens.add(
            new Token(
                word,
                lower,
                tokens.isEmpty() || (gap & ENDS_SENTENCE) != 0,
                possessive,
                (gap & NOT_SPACE) == 0,
                (gap & PAREN) != 0,
                LEXICON.getOrDefault(lower, 0),
                letters,
                upperLetters,
                upper >= 2 && upper > lowerCase,
                !tokens.isEmpty()
                    && !tokens.get(tokens.size() - 1).possessive()
                    && text.substring(last, from).equals(" "),
                !tokens.isEmpty()
                    && !tokens.get(tokens.size() - 1).possessive()
                    && text.substring(last, from).equals(":")));
        lowers.add(lower);
      }
      last = end;
    }
    return new Tokens(tokens, lowers);
  }

  private static final int ENDS_SENTENCE = 1;
  private static final int NOT_SPACE = 2;
  private static final int PAREN = 4;

  /**
   * What the gap {@code text[from, to)} holds, in one pass: {@link #ENDS_SENTENCE} for one of
   * {@code . ! ? : ;} or a line break; {@link #NOT_SPACE} unless every code point is white space
   * (as {@link String#isBlank}) and none is a line break; {@link #PAREN} for {@code (}.
   */
  private static int gapFlags(String text, int from, int to) {
    int flags = 0;
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      switch (cp) {
        case '.', '!', '?', ':', ';' -> flags |= ENDS_SENTENCE | NOT_SPACE;
        case '\n' -> flags |= ENDS_SENTENCE | NOT_SPACE;
        case '(' -> flags |= PAREN | NOT_SPACE;
        default -> {
          if (!Character.isWhitespace(cp)) {
            flags |= NOT_SPACE;
          }
        }
      }
      i += Character.charCount(cp);
    }
    return flags;
  }

  /**
   * The text without default-ignorable code points (invisible operators, variation selectors,
   * joiners...), which would otherwise cut a word in two; normalised again if any was removed, as
   * {@link TextFolding#fold} does, so that a letter and an accent they kept apart compose.
   */
  private static String withoutIgnorables(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (TextFolding.isDefaultIgnorable(cp)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i = next;
    }
    return out == null ? text : Normalizer.normalize(out, Normalizer.Form.NFKC);
  }

  /**
   * The end of the word that starts at {@code from}: runs of letters and numbers joined by one of
   * {@code ' - & . ,} (so "O'Neill", "Costa-Rica", "1,200", "U.S"). A loop equal to the regex
   * {@code [\\p{L}\\p{N}]+(?:['\\-&.,][\\p{L}\\p{N}]+)*}, which cost a third of term extraction.
   */
  private static int endOfWord(String text, int from) {
    int end = TextShape.endOfRun(text, from);
    while (end + 1 < text.length()
        && "'-&.,".indexOf(text.charAt(end)) >= 0
        && TextShape.isLetterOrNumber(text.codePointAt(end + 1))) {
      end = TextShape.endOfRun(text, end + 1);
    }
    return end;
  }

  private static void scan(String raw, boolean title, Collector out) {
    Tokens tokenized = tokenize(raw);
    List<Token> tokens = tokenized.tokens();
    if (tokens.isEmpty()) {
      return;
    }
    Mode mode = Mode.of(tokens, title);
    int n = tokens.size();
    Term[] single = new Term[n];
    for (int i = 0; i < n; i++) {
      single[i] = classify(tokens.get(i), mode);
    }
    List<String> lower = tokenized.lower();
    // Countries, possibly several words.
    for (int i = 0; i < n; ) {
      Optional<Countries.Match> country = Countries.atLowerCase(lower, i);
      if (country.isPresent()) {
        int end = i + country.get().words() - 1;
        Term term =
            new Term(
                Term.Kind.COUNTRY,
                country.get().canonical(),
                Countries.display(country.get().canonical()));
        out.add(term, context(tokens, i, end, title));
        i = end + 1;
      } else {
        i++;
      }
    }
    // Numbers, ordinals, acronyms.
    for (int i = 0; i < n; i++) {
      if (single[i] != null && single[i].kind() == Term.Kind.NUMBER) {
        Optional<Term> time = clockTime(tokens, i);
        if (time.isPresent()) {
          int last = i + time.get().text().split("[ :]").length - 1;
          out.add(time.get(), numberContext(tokens, i, last, title));
          i = last;
          continue;
        }
        int last = single[i].key().contains(":") ? i : numberRunEnd(tokens, single[i], i);
        out.add(numberRun(tokens, i, last, single[i]), numberContext(tokens, i, last, title));
        i = last;
      } else if (single[i] != null) {
        out.add(single[i], context(tokens, i, i, title));
      }
    }
    if (mode != Mode.PLAIN) {
      return;
    }
    // Names.
    for (int i = 0; i < n; ) {
      if (!isNameWord(tokens.get(i), single[i])) {
        i++;
        continue;
      }
      int end = i;
      int k = i + 1;
      while (k < n && tokens.get(k).spaceGap() && !tokens.get(end).possessive()) {
        if (isNameWord(tokens.get(k), single[k])) {
          end = k++;
        } else if (tokens.get(k).is(CONNECTOR)
            && k + 1 < n
            && tokens.get(k + 1).spaceGap()
            && isNameWord(tokens.get(k + 1), single[k + 1])) {
          k++;
        } else {
          break;
        }
      }
      addName(tokens, lower, single, i, end, title, out);
      i = end + 1;
    }
  }

  private static void addName(
      List<Token> tokens,
      List<String> lower,
      Term[] single,
      int start,
      int end,
      boolean title,
      Collector out) {
    while (start <= end && tokens.get(start).is(FUNCTION | CONNECTOR)) {
      start++;
    }
    if (start > end) {
      return;
    }
    if (start == end && tokens.get(start).sentenceStart() && !capitalisedElsewhere(tokens, start)) {
      return;
    }
    Optional<Countries.Match> country = Countries.atLowerCase(lower, start);
    if (country.isPresent() && country.get().words() == end - start + 1) {
      return; // already a country
    }
    StringBuilder text = new StringBuilder(tokens.get(start).text());
    for (int i = start + 1; i <= end; i++) {
      text.append(' ').append(tokens.get(i).text());
    }
    String written = text.toString();
    // An acronym in parentheses right after the name: the name is its expansion.
    if (end + 1 < tokens.size()
        && single[end + 1] != null
        && single[end + 1].kind() == Term.Kind.ACRONYM
        && tokens.get(end + 1).parenGap()) {
      String acronym = single[end + 1].key();
      out.expansion(acronym, written);
      // Context of the whole "Name (ACR)", so that "from the Permanent Contingency Commission
      // (COPECO) participated" and "from the Honduran Red Cross (HRC) participated" align.
      out.add(
          new Term(Term.Kind.ACRONYM, acronym, written + " (" + acronym + ")"),
          context(tokens, start, end + 1, title));
      return;
    }
    out.add(
        new Term(Term.Kind.NAME, TextFolding.fold(written), written),
        context(tokens, start, end, title));
  }

  private static boolean capitalisedElsewhere(List<Token> tokens, int index) {
    String word = tokens.get(index).text();
    for (int i = 0; i < tokens.size(); i++) {
      if (i != index && !tokens.get(i).sentenceStart() && tokens.get(i).text().equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameWord(Token token, Term single) {
    char first = token.text().charAt(0);
    return Character.isUpperCase(first)
        && single == null
        && !token.is(MONTH_OR_DAY)
        && !token.acronymShape();
  }

  private static Term classify(Token token, Mode mode) {
    String word = token.text();
    int digitsEnd = numberEnd(word);
    if (digitsEnd > 0) {
      return new Term(Term.Kind.NUMBER, Numerals.numberKey(word.substring(0, digitsEnd)), word);
    }
    Matcher time = TIME_WORD.matcher(word);
    if (time.matches()) {
      Optional<String> key = timeKey(time.group(1), time.group(2), time.group(3));
      if (key.isPresent()) {
        return new Term(Term.Kind.NUMBER, key.get(), word);
      }
    }
    if (token.is(NUMBER_WORD)) {
      return new Term(Term.Kind.NUMBER, NUMBER_WORDS.get(token.lower()), word);
    }
    if (token.is(ORDINAL_WORD)) {
      return new Term(Term.Kind.ORDINAL, ORDINAL_WORDS.get(token.lower()), word);
    }
    if (mode == Mode.CAPITALS) {
      return null;
    }
    if (!word.equals("I") && isRomanShape(word) && ROMAN.matcher(word).matches()) {
      return new Term(Term.Kind.ORDINAL, Integer.toString(romanValue(word)), word);
    }
    if (token.acronymShape()) {
      return new Term(Term.Kind.ACRONYM, word.replace(".", "").toUpperCase(Locale.ROOT), word);
    }
    return null;
  }

  /**
   * If the word is a number ({@code 260}, {@code 1,000}, {@code 3.5}, {@code 26th}: ASCII digits in
   * groups joined by one {@code .} or {@code ,}, then perhaps an ordinal suffix), the end of its
   * digits; else 0. A loop, not the regex {@code \\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?}, whose repeated
   * group recursed once per group and overflowed the stack on a run such as {@code 1,2,3,...,1500}.
   */
  static int numberEnd(String word) {
    int end = word.length();
    if (end > 2 && isOrdinalSuffix(word.charAt(end - 2), word.charAt(end - 1))) {
      end -= 2;
    }
    if (end == 0 || !isAsciiDigit(word.charAt(0)) || !isAsciiDigit(word.charAt(end - 1))) {
      return 0;
    }
    for (int i = 1; i < end - 1; i++) {
      char c = word.charAt(i);
      if (!isAsciiDigit(c)
          && !((c == '.' || c == ',')
              && isAsciiDigit(word.charAt(i - 1))
              && isAsciiDigit(word.charAt(i + 1)))) {
        return 0;
      }
    }
    return end;
  }

  private static boolean isOrdinalSuffix(char a, char b) {
    return (a == 's' && b == 't')
        || (a == 'n' && b == 'd')
        || (a == 'r' && b == 'd')
        || (a == 't' && b == 'h');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isRomanShape(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != 'I' && c != 'V' && c != 'X') {
        return false;
      }
    }
    return !word.isEmpty();
  }

  private static int romanValue(String roman) {
    Map<Character, Integer> values = Map.of('I', 1, 'V', 5, 'X', 10);
    int total = 0;
    for (int i = 0; i < roman.length(); i++) {
      int v = values.get(roman.charAt(i));
      if (i + 1 < roman.length() && values.get(roman.charAt(i + 1)) > v) {
        total -= v;
      } else {
        total += v;
      }
    }
    return total;
  }

  private static final Pattern FIRST_GROUP = Pattern.compile("[0-9]{1,3}");
  private static final Pattern NEXT_GROUP = Pattern.compile("[0-9]{3}");

  /** The production's words of scale (data, not logic: the reading of runs is this class's own). */
  private static final Map<String, java.math.BigDecimal> SCALES =
      org.bulletins.dedup.internal.terms.NumberRuns.SCALES;

  /** 14h30, 9h, 4pm, 11AM: a time in one word. */
  private static final Pattern TIME_WORD =
      Pattern.compile("([0-9]{1,2})(?:[hH]([0-9]{2})?|([aApP][mM]))");

  private static final Pattern CLOCK = Pattern.compile("([0-9]{1,2})(?:\\.([0-9]{2}))?");

  /** The key H:MM of an hour, its minutes (or null) and am/pm (or null), if it is a time. */
  private static Optional<String> timeKey(String hour, String minutes, String half) {
    int h = Integer.parseInt(hour);
    int m = minutes == null ? 0 : Integer.parseInt(minutes);
    if (half != null) {
      if (h == 0 || h > 12) {
        return Optional.empty();
      }
      h = h % 12 + (half.equalsIgnoreCase("pm") || half.equalsIgnoreCase("p.m") ? 12 : 0);
    }
    return h > 24 || m > 59 ? Optional.empty() : Optional.of(String.format("%d:%02d", h, m));
  }

  /**
   * The clock time at word {@code i}: {@code 4:00}, {@code 4:00 pm}, {@code 3 p.m.}, {@code 10.30
   * am}; its text as written (the words' own text, one space or colon between).
   */
  private static Optional<Term> clockTime(List<Token> tokens, int i) {
    Token first = tokens.get(i);
    Matcher clock = CLOCK.matcher(first.text());
    if (!clock.matches()) {
      return Optional.empty();
    }
    String hour = clock.group(1);
    String minutes = clock.group(2);
    String written = first.text();
    int last = i;
    if (minutes == null
        && i + 1 < tokens.size()
        && tokens.get(i + 1).colonBefore()
        && tokens.get(i + 1).text().matches("[0-9]{2}")) {
      minutes = tokens.get(i + 1).text();
      written += ":" + minutes;
      last = i + 1;
    }
    if (minutes == null
        && last == i
        && i + 1 < tokens.size()
        && tokens.get(i + 1).spaceGap()
        && List.of("h", "heures", "heure", "horas", "hora", "hrs")
            .contains(tokens.get(i + 1).lower())) {
      written += " " + tokens.get(i + 1).text();
      last = i + 1;
      if (tokens.get(last).lower().equals("h")
          && last + 1 < tokens.size()
          && tokens.get(last + 1).spaceGap()
          && tokens.get(last + 1).text().matches("[0-9]{2}")) {
        last++;
        minutes = tokens.get(last).text();
        written += " " + tokens.get(last).text();
      }
      String text = written;
      return timeKey(hour, minutes, null).map(k -> new Term(Term.Kind.NUMBER, k, text));
    }
    String half = null;
    if (last + 1 < tokens.size()
        && tokens.get(last + 1).spaceGap()
        && List.of("am", "a.m", "pm", "p.m").contains(tokens.get(last + 1).lower())) {
      half = tokens.get(last + 1).lower();
      written += " " + tokens.get(last + 1).text();
      last++;
    }
    if (last == i || (half == null && clock.group(2) != null)) {
      return Optional.empty();
    }
    String text = written;
    return timeKey(hour, minutes, half).map(k -> new Term(Term.Kind.NUMBER, k, text));
  }

  /** The last word of the number that starts at word {@code i}: thousands, then a scale. */
  private static int numberRunEnd(List<Token> tokens, Term single, int i) {
    int last = i;
    if (FIRST_GROUP.matcher(tokens.get(i).text()).matches()) {
      while (last + 1 < tokens.size()
          && last - i < 5
          && tokens.get(last + 1).oneSpaceBefore()
          && NEXT_GROUP.matcher(tokens.get(last + 1).text()).matches()) {
        last++;
      }
    }
    if (single.key().length() + 3 * (last - i) <= 18
        && last + 1 < tokens.size()
        && tokens.get(last + 1).oneSpaceBefore()
        && SCALES.containsKey(tokens.get(last + 1).lower())) {
      last++;
      if (last + 1 < tokens.size()
          && tokens.get(last).lower().equals("mil")
          && tokens.get(last + 1).oneSpaceBefore()
          && List.of("millones", "milhões", "milhoes").contains(tokens.get(last + 1).lower())) {
        last++;
      }
    }
    return last;
  }

  /** The number written over words {@code i} to {@code last}. */
  private static Term numberRun(List<Token> tokens, int i, int last, Term single) {
    if (last == i) {
      return single;
    }
    StringBuilder digits = new StringBuilder(single.key());
    java.math.BigDecimal factor = java.math.BigDecimal.ONE;
    List<String> written = new ArrayList<>();
    written.add(tokens.get(i).text());
    for (int k = i + 1; k <= last; k++) {
      Token t = tokens.get(k);
      written.add(t.text());
      if (SCALES.containsKey(t.lower())) {
        factor = factor.multiply(SCALES.get(t.lower()));
      } else {
        digits.append(t.text());
      }
    }
    String key =
        factor.equals(java.math.BigDecimal.ONE)
            ? digits.toString()
            : new java.math.BigDecimal(digits.toString())
                .multiply(factor)
                .stripTrailingZeros()
                .toPlainString();
    return new Term(Term.Kind.NUMBER, key, String.join(" ", written));
  }

  private static final java.util.Set<String> QUALIFIERS =
      org.bulletins.dedup.internal.terms.QualifiedNumbers.QUALIFIERS;

  /** A number's context: "more than" and "mais de" are one word before it. */
  private static String[] numberContext(List<Token> tokens, int start, int end, boolean title) {
    String[] context = context(tokens, start, end, title);
    if (start >= 2
        && List.of("than", "de").contains(context[0])
        && tokens.get(start - 1).oneSpaceBefore()
        && QUALIFIERS.contains(tokens.get(start - 2).lower())) {
      context[0] = tokens.get(start - 2).lower() + " " + context[0];
    }
    return context;
  }

  private static String[] context(List<Token> tokens, int start, int end, boolean title) {
    String before = start == 0 ? "^" : tokens.get(start - 1).lower();
    String after = end + 1 >= tokens.size() ? "$" : tokens.get(end + 1).lower();
    return new String[] {before, after, title ? "t" : "b"};
  }

  /** How a text is written, which decides what may be a name or an acronym. */
  private enum Mode {
    PLAIN,
    TITLE_CASE,
    CAPITALS;

    static Mode of(List<Token> tokens, boolean title) {
      int letters = 0;
      int upper = 0;
      int words = 0;
      int capitalised = 0;
      for (Token t : tokens) {
        letters += t.letters();
        upper += t.upperLetters();
        if (Character.isLetter(t.text().charAt(0)) && !t.is(FUNCTION)) {
          words++;
          if (Character.isUpperCase(t.text().charAt(0))) {
            capitalised++;
          }
        }
      }
      if (tokens.size() >= 3 && letters > 0 && upper * 10 >= letters * 7) {
        return CAPITALS;
      }
      if (title && words >= 3 && capitalised * 10 >= words * 6) {
        return TITLE_CASE;
      }
      return PLAIN;
    }
  }

  /** Collects occurrences, keeping each term once and mapping expansions to their acronym. */
  private static final class Collector {
    private final Map<String, Term> terms = new LinkedHashMap<>();
    private final List<Term> occurrenceTerms = new ArrayList<>();
    private final List<String[]> contexts = new ArrayList<>();
    private final Map<String, String> expansions = new TreeMap<>();

    void add(Term term, String[] context) {
      occurrenceTerms.add(term);
      contexts.add(context);
    }

    void expansion(String acronym, String written) {
      expansions.putIfAbsent(acronym, written);
    }

    DistinctiveTerms build() {
      Map<String, String> byExpansion = new HashMap<>();
      expansions.forEach((acronym, written) -> byExpansion.put(TextFolding.fold(written), acronym));
      List<TermOccurrence> occurrences = new ArrayList<>();
      for (int i = 0; i < occurrenceTerms.size(); i++) {
        Term term = occurrenceTerms.get(i);
        if (term.kind() == Term.Kind.NAME && byExpansion.containsKey(term.key())) {
          term = new Term(Term.Kind.ACRONYM, byExpansion.get(term.key()), term.text());
        }
        String[] c = contexts.get(i);
        occurrences.add(new TermOccurrence(term, c[0], c[1], c[2].equals("t")));
        String id = term.id();
        Term known = terms.get(id);
        if (known == null
            || (term.kind() == Term.Kind.ACRONYM && term.text().length() > known.text().length())) {
          terms.put(id, term);
        }
      }
      return new DistinctiveTerms(List.copyOf(terms.values()), occurrences, expansions);
    }
  }
}
