package org.bulletins.dedup.internal.terms;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small gazetteer of countries, their names and demonyms, matched on lower-case words.
 *
 * <p>Each entry is {@code canonical=form|form|...}; a form may have several words. Matching takes
 * the longest form starting at a word.
 */
public final class Countries {

  private static final List<String> ENTRIES =
      List.of(
          "argentina=argentina|argentinian|argentine",
          "bahamas=bahamas|bahamian",
          "barbados=barbados|barbadian",
          "belize=belize|belizean",
          "bolivia=bolivia|bolivian",
          "brazil=brazil|brazilian",
          "canada=canada|canadian",
          "chile=chile|chilean",
          "colombia=colombia|colombian",
          "costa rica=costa rica|costa rican|costarican",
          "cuba=cuba|cuban",
          "dominica=dominica",
          "dominican republic=dominican republic|dominican",
          "ecuador=ecuador|ecuadorian",
          "el salvador=el salvador|salvadoran|salvadorean",
          "guatemala=guatemala|guatemalan",
          "guyana=guyana|guyanese",
          "haiti=haiti|haitian",
          "honduras=honduras|honduran",
          "jamaica=jamaica|jamaican",
          "mexico=mexico|mexican|méxico",
          "nicaragua=nicaragua|nicaraguan",
          "panama=panama|panamanian|panamá",
          "paraguay=paraguay|paraguayan",
          "peru=peru|peruvian|perú",
          "suriname=suriname|surinamese",
          "trinidad and tobago=trinidad and tobago|trinidadian",
          "united states=united states|united states of america|usa|ee.uu|eeuu|eua",
          "uruguay=uruguay|uruguayan",
          "venezuela=venezuela|venezuelan",
          "spain=spain|spanish",
          "france=france|french",
          "germany=germany|german",
          "italy=italy|italian",
          "united kingdom=united kingdom|british",
          "china=china|chinese",
          "india=india|indian",
          "japan=japan|japanese",
          "philippines=philippines|filipino",
          "ukraine=ukraine|ukrainian",
          "syria=syria|syrian",
          "afghanistan=afghanistan|afghan",
          "turkey=turkey|türkiye|turkish",
          "nigeria=nigeria|nigerian",
          "ethiopia=ethiopia|ethiopian",
          "kenya=kenya|kenyan",
          "morocco=morocco|moroccan",
          "libya=libya|libyan",
          "bangladesh=bangladesh|bangladeshi",
          "indonesia=indonesia|indonesian");

  private static final ImmutableMap<String, String> FORMS = buildForms();

  /** The first word of every form: most words start none, and need no form built. */
  private static final ImmutableSet<String> FIRST_WORDS =
      FORMS.keySet().stream()
          .map(form -> Splitter.on(' ').split(form).iterator().next())
          .collect(ImmutableSet.toImmutableSet());

  /**
   * The most words of a form that starts with each first word: most countries are one word, and
   * only their one-word form needs a look-up.
   */
  private static final ImmutableMap<String, Integer> LONGEST_FROM = longestFrom();

  /**
   * The display forms of every canonical name, made once: a country found in an item needed its
   * form built again (a splitter, a builder and a string per word) for every occurrence.
   */
  private static final ImmutableMap<String, String> DISPLAY =
      FORMS.values().stream()
          .distinct()
          .collect(ImmutableMap.toImmutableMap(c -> c, Countries::displayOf));

  private Countries() {}

  private static ImmutableMap<String, Integer> longestFrom() {
    Map<String, Integer> longest = new java.util.HashMap<>();
    for (String form : FORMS.keySet()) {
      List<String> words = Splitter.on(' ').splitToList(form);
      longest.merge(words.get(0), words.size(), Math::max);
    }
    return ImmutableMap.copyOf(longest);
  }

  private static ImmutableMap<String, String> buildForms() {
    ImmutableMap.Builder<String, String> forms = ImmutableMap.builder();
    for (String entry : ENTRIES) {
      int eq = entry.indexOf('=');
      String canonical = entry.substring(0, eq);
      for (String form : Splitter.on('|').split(entry.substring(eq + 1))) {
        forms.put(form, canonical);
      }
    }
    // Spanish, French and Portuguese names of the same countries (issue 17); English forms win.
    Map<String, String> english = forms.buildKeepingLast();
    Map<String, String> all = new java.util.HashMap<>(english);
    RomanceCountryNames.forms(java.util.Set.copyOf(english.values())).forEach(all::putIfAbsent);
    return ImmutableMap.copyOf(all);
  }

  /** A country found at a word: its canonical name and how many words it took. */
  public record Match(String canonical, int words) {}

  /**
   * Finds the longest country form that starts at {@code start}.
   *
   * @param words the words of a text, any case
   * @param start the index of the first word
   * @return the match, if a country starts there
   */
  public static Optional<Match> at(List<String> words, int start) {
    return atLowerCase(Lists.transform(words, word -> word.toLowerCase(Locale.ROOT)), start);
  }

  /**
   * Finds the longest country form that starts at {@code start}, in words already in lower case
   * ({@link String#toLowerCase} with {@link Locale#ROOT}): {@link #at} without lowering every word
   * again for every start.
   *
   * @param lowerCaseWords the words of a text, in lower case
   * @param start the index of the first word
   * @return the match, if a country starts there
   */
  public static Optional<Match> atLowerCase(List<String> lowerCaseWords, int start) {
    if (start >= lowerCaseWords.size()) {
      return Optional.empty();
    }
    String first = lowerCaseWords.get(start);
    Integer longest = LONGEST_FROM.get(first);
    if (longest == null) {
      return Optional.empty();
    }
    // `n > 0`, not `n >= 1`: C2 (JDK 17) deoptimizes the compiled caller, once, when a `>=` bound
    // allows a single pass.
    for (int n = Math.min(longest, lowerCaseWords.size() - start); n > 0; n--) {
      if (n == 1) {
        // Most countries are one word: the word is the form, with no builder nor copy.
        String canonical = FORMS.get(first);
        return canonical == null ? Optional.empty() : Optional.of(new Match(canonical, 1));
      }
      StringBuilder form = new StringBuilder(first);
      for (int i = 1; i < n; i++) {
        form.append(' ').append(lowerCaseWords.get(start + i));
      }
      String canonical = FORMS.get(form.toString());
      if (canonical != null) {
        return Optional.of(new Match(canonical, n));
      }
    }
    return Optional.empty();
  }

  /**
   * The first word of every form ({@link Lexicon#COUNTRY_START}): {@link #atLowerCase} finds
   * nothing at a word that is none of these, and needs no look-up there.
   *
   * @return the words, lower case
   */
  static ImmutableSet<String> firstWords() {
    return FIRST_WORDS;
  }

  /**
   * The most words of a form that starts with a word.
   *
   * @param firstWord one of {@link #firstWords()}
   * @return the most words, at least 1
   */
  static int longestFrom(String firstWord) {
    return LONGEST_FROM.get(firstWord);
  }

  /**
   * The term of the country that a word alone names, as {@link TermExtractor} makes it.
   *
   * @param word a word in lower case
   * @return the term, or null if the word is no country form
   */
  static Term oneWordTerm(String word) {
    String canonical = FORMS.get(word);
    return canonical == null ? null : new Term(Term.Kind.COUNTRY, canonical, display(canonical));
  }

  /**
   * The display form of a canonical country name: each word capitalised.
   *
   * @param canonical a canonical name such as {@code "costa rica"}
   * @return for example {@code "Costa Rica"}
   */
  public static String display(String canonical) {
    String known = DISPLAY.get(canonical);
    return known != null ? known : displayOf(canonical);
  }

  private static String displayOf(String canonical) {
    StringBuilder out = new StringBuilder();
    for (String word : Splitter.on(' ').split(canonical)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(
          word.equals("and") || word.equals("of")
              ? word
              : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }
}
