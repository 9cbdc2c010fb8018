package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.dedup.internal.terms.Term;
import org.bulletins.dedup.internal.terms.TermExtractor;
import org.bulletins.dedup.internal.terms.TermOccurrence;
import org.bulletins.model.NewsItem;

/**
 * One jar's term extraction ({@link TermExtractor#extract(NewsItem)}), for SigningAB (issue 14,
 * session 15): the items read by that jar's parser, one thread. The check value is made of every
 * term's kind, key and text, every occurrence's context and place, and every expansion, from their
 * strings (not the records' hash codes, which read an enum's identity hash), so two jars that give
 * the same {@code DistinctiveTerms} give the same value.
 */
public final class TermLoop {
  private final List<NewsItem> items;
  private final TermExtractor extractor = TermExtractor.create();

  public TermLoop(String corpus, int n) throws Exception {
    this.items = Corpus.read(Path.of(corpus), n);
  }

  public int size() {
    return items.size();
  }

  /** Extracts every item's terms once; returns a value made of every result. */
  public long round() {
    long sink = 0;
    for (NewsItem item : items) {
      DistinctiveTerms terms = extractor.extract(item);
      long h = 0;
      for (Term t : terms.terms()) {
        h = h * 31 + term(t);
      }
      for (TermOccurrence o : terms.occurrences()) {
        h = h * 31 + term(o.term());
        h = h * 31 + o.before().hashCode();
        h = h * 31 + o.after().hashCode();
        h = h * 31 + (o.inTitle() ? 1 : 2);
      }
      for (Map.Entry<String, String> e : terms.expansions().entrySet()) {
        h = h * 31 + e.getKey().hashCode();
        h = h * 31 + e.getValue().hashCode();
      }
      sink = sink * 1_000_003 + h;
    }
    return sink;
  }

  private static long term(Term t) {
    return ((long) t.kind().ordinal() * 31 + t.key().hashCode()) * 31 + t.text().hashCode();
  }
}
