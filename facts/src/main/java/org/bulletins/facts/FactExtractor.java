package org.bulletins.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bulletins.facts.internal.CountryFinder;
import org.bulletins.facts.internal.DateFinder;
import org.bulletins.facts.internal.DatelineFinder;
import org.bulletins.facts.internal.LanguageGuesser;
import org.bulletins.facts.internal.LanguageScan;
import org.bulletins.facts.internal.NumberFinder;
import org.bulletins.facts.internal.OrganizationFinder;
import org.bulletins.facts.internal.Token;
import org.bulletins.facts.internal.Tokenizer;
import org.bulletins.model.NewsItem;

/**
 * Reads the facts of a news item in English, Spanish, French or Portuguese: its language, the
 * countries and organisations it names, the numbers it counts, the days it names (resolved against
 * the item's date) and its dateline's place. See {@link ItemFacts} for each.
 *
 * <p>The extractor is immutable and thread-safe; create it once (building its country and
 * organisation tables reads the JDK's locale data for 250 countries in four languages) and share
 * it. It uses no regular expression and no recursion: time is linear in the text and no input can
 * exhaust the stack.
 *
 * <pre>{@code
 * FactExtractor facts = FactExtractor.create();
 * NewsItem item = new NewsItem(
 *     Optional.of(LocalDate.of(2021, 5, 28)),
 *     "Costa Rica celebrates workers month",
 *     List.of("On May 27, the ministry and the International Organization for Migration (IOM)"
 *         + " trained more than 260 officials."),
 *     new SourceSpan("page.txt", 1, 1, 3));
 * ItemFacts f = facts.extract(item);
 * f.language();      // EN
 * f.countries();     // [CR]
 * f.organizations(); // [IOM]
 * f.numbers();       // [CountedNumber[value=260, counts=officials]]
 * f.eventDates();    // [2021-05-27]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FactExtractor {

  /** Datelines are often in the agency's language, not the item's: "CONAKRY, 29 December –". */
  private static final DateFinder ANY_LANGUAGE_DATES = DateFinder.forLanguage(Language.UNKNOWN);

  private final CountryFinder countries = new CountryFinder();
  private final OrganizationFinder organizations = new OrganizationFinder();

  private FactExtractor() {}

  /**
   * A new extractor.
   *
   * @return the extractor
   */
  public static FactExtractor create() {
    return new FactExtractor();
  }

  /**
   * The acronym under which {@link ItemFacts#organizations()} lists an organisation: the English
   * acronym for the international bodies the extractor knows, in any of their languages; any other
   * acronym upper-cased. For matching a user's query against facts.
   *
   * <pre>{@code
   * FactExtractor.create().organizationAcronym("oim");  // "IOM"
   * FactExtractor.create().organizationAcronym("COMCE"); // "COMCE"
   * }</pre>
   *
   * @param acronym an acronym in any case
   * @return the acronym as facts list it
   */
  public String organizationAcronym(String acronym) {
    return organizations.canonical(acronym.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The language of one item alone, as {@link #extract} reads it ({@code
   * extract(item).language()}), at the cost of reading its words only: for callers that need the
   * other facts only for items in some languages.
   *
   * <pre>{@code
   * FactExtractor.create().language(item); // Language.ES
   * }</pre>
   *
   * @param item the item
   * @return its language, {@link Language#UNKNOWN} when unclear
   */
  public Language language(NewsItem item) {
    Objects.requireNonNull(item, "item");
    // The guess of extract(item) over the same words, read in place (no token per word).
    LanguageScan scan = new LanguageScan().add(item.title());
    for (String paragraph : item.paragraphs()) {
      scan.add(paragraph);
    }
    return scan.guess();
  }

  /**
   * The facts of one item, read from its title and paragraphs.
   *
   * @param item the item
   * @return its facts
   */
  public ItemFacts extract(NewsItem item) {
    Objects.requireNonNull(item, "item");
    List<List<Token>> parts = new ArrayList<>();
    parts.add(Tokenizer.tokenize(item.title()));
    for (String paragraph : item.paragraphs()) {
      parts.add(Tokenizer.tokenize(paragraph));
    }
    List<Token> all = new ArrayList<>();
    for (List<Token> part : parts) {
      all.addAll(part);
      // A paragraph break: no phrase, date or number reads across it.
      all.add(new Token("\u00B6", "\u00B6", Token.Kind.PUNCT, true));
    }
    Language language = LanguageGuesser.guess(all);

    List<Token> words = all.stream().filter(t -> t.kind() == Token.Kind.WORD).toList();
    List<String> countryCodes = new ArrayList<>();
    countries.find(words, countryCodes);

    List<String> acronyms = new ArrayList<>();
    organizations.find(all, acronyms);

    DateFinder dates = DateFinder.forLanguage(language);
    boolean[] used = new boolean[all.size()];
    List<LocalDate> eventDates = new ArrayList<>();
    dates.find(all, item.date(), used, eventDates);

    List<CountedNumber> numbers = new ArrayList<>();
    NumberFinder.find(all, language, used, numbers);

    Optional<String> dateline =
        parts.size() > 1 ? DatelineFinder.find(parts.get(1), ANY_LANGUAGE_DATES) : Optional.empty();
    return new ItemFacts(language, countryCodes, acronyms, numbers, eventDates, dateline);
  }
}
