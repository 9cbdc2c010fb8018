package org.bulletins.dedup.internal.terms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bulletins.model.NewsItem;

/**
 * Finds the distinctive terms of a text: acronyms with their expansions, numbers, capitalised
 * names, countries and ordinals. Stateless, immutable and thread-safe.
 *
 * <p>The rules, in order:
 *
 * <ul>
 *   <li><b>Numbers</b>: digits with thousands separators or ordinal suffixes ({@code 1,000}, {@code
 *       26th}) and the number words two to twenty; the key is the plain digits. Groups of thousands
 *       parted by spaces and a word of scale after a number make one number ({@code 1 250}, {@code
 *       410 mil}, {@code 2,5 millones}: {@link NumberRuns}), and so does a clock time ({@code
 *       4:00}, {@code 3 p.m.}, {@code 14h30}: {@link ClockTimes}).
 *   <li><b>Ordinals</b>: {@code first} to {@code tenth} and Roman numerals {@code II} to {@code XX}
 *       (and {@code V}); the key is the digits, so part {@code II} and the {@code second} part
 *       agree.
 *   <li><b>Acronyms</b>: words with at least two upper-case letters and more upper than lower case
 *       ({@code IOM}, {@code MoU}, {@code COVID-19}). A capitalised name right before an acronym in
 *       parentheses is its expansion: {@code Guatemalan Migration Institute (IGM)}. The expansion,
 *       wherever it occurs again, counts as the acronym.
 *   <li><b>Countries</b>: a gazetteer of names and demonyms; {@code Guatemalan} is Guatemala.
 *   <li><b>Names</b>: runs of capitalised words, joined by {@code of, for, and, de, la, ...}; a
 *       leading function word ({@code The}) is dropped, and a single capitalised word that starts a
 *       sentence counts only if the text capitalises it elsewhere too. Months and weekdays are not
 *       names.
 * </ul>
 *
 * <p>The work is split along these seams: {@link TermText} prepares the text, {@link WordTokens}
 * cuts it into words (offsets, no {@code String} per word) and looks each up once in the {@link
 * Lexicon} (the word lists), {@link SingleWordTerms} reads numbers, ordinals and acronyms, {@link
 * Countries} and {@link NameRuns} read runs of words, and {@link TermCollector} keeps each term
 * once.
 *
 * <p>Titles written in Title Case yield no names (every word is capitalised there), and text
 * written in capitals yields neither names nor acronyms.
 *
 * <pre>{@code
 * TermExtractor extractor = TermExtractor.create();
 * DistinctiveTerms terms = extractor.extract(
 *     "The Guatemalan Migration Institute (IGM) trained more than 260 officials.");
 * terms.expansions().get("IGM"); // "Guatemalan Migration Institute"
 * DistinctiveTerms ofItem = extractor.extract(newsItem); // title and body
 * }</pre>
 */
public final class TermExtractor {

  private static final TermExtractor INSTANCE = new TermExtractor();

  private final Lexicon lexicon = Lexicon.english();

  private TermExtractor() {}

  /**
   * The extractor.
   *
   * @return the shared instance
   */
  public static TermExtractor create() {
    return INSTANCE;
  }

  /**
   * Extracts the terms of a body text.
   *
   * @param text any text
   * @return its terms
   */
  public DistinctiveTerms extract(String text) {
    Objects.requireNonNull(text, "text");
    TermCollector collector = new TermCollector();
    scan(WordTokens.reusedRaw(text, lexicon), false, collector);
    return collector.build();
  }

  /**
   * Extracts the terms of an item's title and body; occurrences in the title are marked. The body
   * is read from its paragraphs in place, as the words of {@link NewsItem#body()} (the paragraphs
   * joined by blank lines) without that string.
   *
   * @param item a news item
   * @return the terms of title and body together
   */
  public DistinctiveTerms extract(NewsItem item) {
    Objects.requireNonNull(item, "item");
    return scanItem(item, new TermCollector()).build();
  }

  /**
   * The distinct terms of an item's title and body, as {@code extract(item).terms()} lists them,
   * without their occurrences: for blocking keys, which need no context.
   *
   * <pre>{@code
   * List<Term> terms = TermExtractor.create().distinctTerms(newsItem);
   * }</pre>
   *
   * @param item a news item
   * @return every distinct term, in order of first occurrence
   */
  public List<Term> distinctTerms(NewsItem item) {
    Objects.requireNonNull(item, "item");
    return scanItem(item, TermCollector.termsOnly()).buildTerms();
  }

  /** Reads the terms of an item's title, then of its body, into a collector. */
  private TermCollector scanItem(NewsItem item, TermCollector collector) {
    scan(WordTokens.reusedRaw(item.title(), lexicon), true, collector);
    scan(WordTokens.reusedBody(item.paragraphs(), lexicon), false, collector);
    return collector;
  }

  /** Reads the terms of one text's words, which are this thread's list: not kept past the scan. */
  private void scan(WordTokens tokens, boolean title, TermCollector out) {
    int n = tokens.count();
    if (n == 0) {
      return;
    }
    TextMode mode = TextMode.of(tokens, title);
    Term[] single = tokens.singleTerms(); // this thread's array, all null
    for (int i = 0; i < n; i++) {
      if (tokens.mayMakeTerm(i)) {
        single[i] = SingleWordTerms.of(tokens, i, mode, lexicon);
      }
    }
    // Countries, possibly several words.
    for (int i = 0; i < n; ) {
      Term oneWord = lexicon.oneWordCountry(tokens.lexiconEntry(i));
      if (oneWord != null) {
        out.add(oneWord, tokens, i, i, title); // "Guatemalan": its term, made once
        i++;
        continue;
      }
      Optional<Countries.Match> country =
          tokens.mayStartCountry(i)
              ? Countries.atLowerCase(tokens.lowerWords(), i)
              : Optional.empty();
      if (country.isPresent()) {
        int end = i + country.get().words() - 1;
        Term term =
            new Term(
                Term.Kind.COUNTRY,
                country.get().canonical(),
                Countries.display(country.get().canonical()));
        out.add(term, tokens, i, end, title);
        i = end + 1;
      } else {
        i++;
      }
    }
    // Numbers, ordinals, acronyms.
    for (int i = 0; i < n; i++) {
      Term term = single[i];
      if (term == null) {
        continue;
      }
      if (term.kind() == Term.Kind.NUMBER) {
        NumberRuns.Run time = ClockTimes.at(tokens, i); // "4:00", "3 p.m."
        NumberRuns.Run run = time != null ? time : NumberRuns.at(tokens, i, term); // "410 mil"
        out.add(run.term(), tokens, i, run.last(), title);
        i = run.last();
      } else {
        out.add(term, tokens, i, i, title);
      }
    }
    if (mode == TextMode.PLAIN) {
      NameRuns.find(tokens, single, title, out);
    }
  }
}
