package org.bulletins.dedup.internal.crosslang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.CandidatePair;
import org.bulletins.dedup.internal.IntList;
import org.bulletins.dedup.internal.Postings;
import org.bulletins.dedup.internal.sketch.Hash64;
import org.bulletins.facts.CountedNumber;
import org.bulletins.facts.FactExtractor;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchRule;
import org.bulletins.model.NewsItem;

/**
 * The cross-language rule of one engine: candidates for items in different languages, which share
 * no shingle and so never meet in the text blocks, and the {@link TranslationVerifier}'s verdict on
 * any pair the other rules left apart. Batch runs and the incremental index both ask it, in the
 * same way, so that they agree. Off ({@link DedupOptions#crossLanguage()} false), it proposes
 * nothing and leaves every verdict as it is. Immutable and thread-safe.
 *
 * <p><b>Blocking.</b> A dated item in a known language gets one key per strong fact and day: a
 * number of at least {@value TranslationVerifier#STRONG_NUMBER} (its value only: the counted noun
 * is in the item's language), an organisation's acronym, a day named in the text; each for the
 * item's date and the day after, so that items a day apart share the key of the later day. A block
 * pairs its items of different languages while it holds at most {@value #BLOCK_CAP} items; a larger
 * block (a round figure or a big organisation on a busy day) gives no pairs.
 */
public final class CrossLanguage {

  /** Most items in a cross-language block that gives pairs. */
  public static final int BLOCK_CAP = 50;

  /** Built on first use: the tables read the JDK's locale data once. */
  private static final class Extractor {
    static final FactExtractor INSTANCE = FactExtractor.create();
  }

  private final boolean enabled;
  private final TranslationVerifier verifier;

  /**
   * The rule of some options.
   *
   * @param options the options (crossLanguage, dateWindowDays)
   */
  public CrossLanguage(DedupOptions options) {
    this.enabled = options.crossLanguage();
    this.verifier = new TranslationVerifier(options.dateWindowDays());
  }

  /**
   * Whether the rule is on.
   *
   * @return true if on
   */
  public boolean enabled() {
    return enabled;
  }

  /**
   * The facts of an item, as the CLI's {@code parse --facts} reads them.
   *
   * @param item an item
   * @return its facts
   */
  public static ItemFacts facts(NewsItem item) {
    return Extractor.INSTANCE.extract(item);
  }

  /**
   * The language of an item, as {@link #facts} reads it, at a fraction of the cost.
   *
   * @param item an item
   * @return its language
   */
  public static Language language(NewsItem item) {
    return Extractor.INSTANCE.language(item);
  }

  /**
   * The language of every item, guessed in parallel.
   *
   * @param items the items
   * @return their languages by index
   */
  public static Language[] languages(List<NewsItem> items) {
    Language[] languages = new Language[items.size()];
    IntStream.range(0, languages.length)
        .parallel()
        .forEach(i -> languages[i] = language(items.get(i)));
    return languages;
  }

  /**
   * The facts of every item, in parallel; none if the rule is off.
   *
   * @param items the items
   * @return their facts by index, or an empty array if off
   */
  public ItemFacts[] factsOf(List<NewsItem> items) {
    if (!enabled) {
      return new ItemFacts[0];
    }
    ItemFacts[] facts = new ItemFacts[items.size()];
    IntStream.range(0, items.size()).parallel().forEach(i -> facts[i] = facts(items.get(i)));
    return facts;
  }

  /**
   * The verdict on a pair: the other rules' verdict if it is "same story" or a date conflict, else
   * a translation if the facts agree, else the other rules' verdict. Depends only on the two items,
   * not on how they met, so that every path to a pair gives one verdict.
   *
   * @param base the other rules' evidence, or null when the signatures alone showed them apart
   * @param a one item
   * @param factsA its facts
   * @param b the other
   * @param factsB its facts
   * @return the evidence, or null if {@code base} was null and the facts do not agree
   */
  public MatchEvidence decide(
      MatchEvidence base, NewsItem a, ItemFacts factsA, NewsItem b, ItemFacts factsB) {
    return decide(base, a.date(), factsA, b.date(), factsB);
  }

  /**
   * As {@link #decide(MatchEvidence, NewsItem, ItemFacts, NewsItem, ItemFacts)}, from the items'
   * dates (all it reads of them): for an index that holds a stored item without its text, so that a
   * pair whose signatures tell it apart needs no text read back.
   *
   * @param base the other rules' evidence, or null when the signatures alone showed them apart
   * @param dateA one item's date
   * @param factsA its facts
   * @param dateB the other's date
   * @param factsB its facts
   * @return the evidence, or null if {@code base} was null and the facts do not agree
   */
  public MatchEvidence decide(
      MatchEvidence base,
      Optional<LocalDate> dateA,
      ItemFacts factsA,
      Optional<LocalDate> dateB,
      ItemFacts factsB) {
    if (!enabled
        || (base != null && (base.sameStory() || base.rule() == MatchRule.DATE_CONFLICT))
        || factsA.language() == factsB.language()) {
      return base;
    }
    Optional<MatchEvidence> translation = verifier.verify(dateA, factsA, dateB, factsB);
    return translation.isPresent() ? translation.get() : base;
  }

  /**
   * The blocking keys of an item: none if the rule is off, or the item is undated or in an unknown
   * language.
   *
   * @param item the item
   * @param facts its facts
   * @return the keys
   */
  public long[] keys(NewsItem item, ItemFacts facts) {
    return keys(item.date(), facts);
  }

  /**
   * The blocking keys of an item from its date and facts (all that {@link #keys(NewsItem,
   * ItemFacts)} reads): for an index that holds a stored item without its text.
   *
   * @param date the item's date
   * @param facts its facts
   * @return the keys
   */
  public long[] keys(Optional<LocalDate> date, ItemFacts facts) {
    if (!enabled || date.isEmpty() || facts.language() == Language.UNKNOWN) {
      return new long[0];
    }
    List<Long> facets = new ArrayList<>();
    for (CountedNumber n : facts.numbers()) {
      if (n.value() >= TranslationVerifier.STRONG_NUMBER) {
        facets.add(Hash64.combine(1, n.value()));
      }
    }
    for (String organization : facts.organizations()) {
      facets.add(Hash64.combine(2, Hash64.of(organization)));
    }
    for (LocalDate day : facts.eventDates()) {
      facets.add(Hash64.combine(3, day.toEpochDay()));
    }
    long epochDay = date.get().toEpochDay();
    long[] keys = new long[facets.size() * 2];
    for (int f = 0; f < facets.size(); f++) {
      keys[2 * f] = Hash64.mix(Hash64.combine(facets.get(f), epochDay));
      keys[2 * f + 1] = Hash64.mix(Hash64.combine(facets.get(f), epochDay + 1));
    }
    return keys;
  }

  /**
   * The candidate pairs of a batch: items of different languages that share a block of at most
   * {@value #BLOCK_CAP} items. Only the given items take part (one per content id).
   *
   * @param items the items
   * @param facts their facts
   * @param member whether each item takes part
   * @return the pairs, lower index first, without repeats
   */
  public Set<CandidatePair> candidates(List<NewsItem> items, ItemFacts[] facts, boolean[] member) {
    Set<CandidatePair> pairs = new java.util.TreeSet<>();
    if (!enabled || !severalLanguages(facts, member)) {
      return pairs;
    }
    Map<Long, IntList> blocks = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      if (member[i]) {
        for (long key : keys(items.get(i), facts[i])) {
          blocks.computeIfAbsent(key, k -> new IntList()).add(i);
        }
      }
    }
    for (IntList block : blocks.values()) {
      if (block.size() < 2 || block.size() > BLOCK_CAP) {
        continue;
      }
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int i = block.get(x);
          int j = block.get(y);
          if (i != j && facts[i].language() != facts[j].language()) {
            pairs.add(CandidatePair.of(i, j));
          }
        }
      }
    }
    return pairs;
  }

  private static boolean severalLanguages(ItemFacts[] facts, boolean[] member) {
    Set<Language> seen = EnumSet.noneOf(Language.class);
    for (int i = 0; i < facts.length; i++) {
      if (member[i] && facts[i].language() != Language.UNKNOWN) {
        seen.add(facts[i].language());
      }
    }
    return seen.size() > 1;
  }

  /**
   * The cross-language blocks of an incremental index, by unit. A block pairs a new unit with the
   * units of other languages in it while it holds fewer than {@value #BLOCK_CAP}; the unit that
   * fills it past the cap is kept (so the block is known as full) and pairs with no one, as the
   * index's text blocks do. Not thread-safe.
   */
  public static final class Blocks {
    // A block holds at most BLOCK_CAP + 1 units: Postings' capped addition. A map of boxed keys to
    // lists cost an entry, a boxed key and a list per key (a tenth of opening a store of 1M items).
    private final Postings postings = new Postings();

    /**
     * Puts a unit in its blocks and collects its new pairs.
     *
     * @param keys the unit's keys ({@link #keys})
     * @param unit the unit
     * @param languageOf the language of each unit so far
     * @param pairs where to add the new pairs
     */
    public void add(
        long[] keys,
        int unit,
        java.util.function.IntFunction<Language> languageOf,
        Set<CandidatePair> pairs) {
      Language language = languageOf.apply(unit);
      for (long key : keys) {
        int block = postings.find(key);
        int size = postings.size(block);
        if (size > BLOCK_CAP) {
          continue;
        }
        if (size < BLOCK_CAP) {
          for (int i = 0; i < size; i++) {
            int other = postings.get(block, i);
            if (other != unit && languageOf.apply(other) != language) {
              pairs.add(CandidatePair.of(other, unit));
            }
          }
        }
        postings.addCapped(key, unit, BLOCK_CAP);
      }
    }

    /**
     * Puts a unit in its blocks as {@link #add} would, without collecting pairs: for an index
     * rebuilt from kept verdicts, which finds a unit's pairs with {@link #forEachPartner} only if
     * it needs them.
     *
     * @param keys the unit's keys
     * @param unit the unit
     */
    public void place(long[] keys, int unit) {
      for (long key : keys) {
        postings.addCapped(key, unit, BLOCK_CAP);
      }
    }

    /**
     * Starts placing units in these empty blocks in bulk, as {@link #place} in the same order would
     * (an index rebuilt from kept state: every stored unit at once).
     *
     * @return the placing; the blocks are empty until {@link Placing#finish}
     * @throws IllegalStateException if the blocks are not empty
     */
    public Placing placing() {
      return new Placing(postings.filling());
    }

    /** Units placed in bulk: {@link #place} for each, then {@link #finish} once. */
    public static final class Placing {
      private final Postings.Filling filling;

      private Placing(Postings.Filling filling) {
        this.filling = filling;
      }

      /**
       * Places a unit in its blocks.
       *
       * @param keys the unit's keys
       * @param unit the unit
       */
      public void place(long[] keys, int unit) {
        for (long key : keys) {
          filling.add(key, unit);
        }
      }

      /** Puts the placed units in the blocks. */
      public void finish() {
        filling.finish(key -> BLOCK_CAP);
      }
    }

    /**
     * The units {@link #add} paired with a unit, when it was added or later: in a block that took
     * it among its first {@value #BLOCK_CAP} units, the other units among those first ones in
     * another language.
     *
     * @param keys the unit's keys
     * @param unit the unit
     * @param languageOf the language of each unit
     * @param partner receives each partner, maybe more than once
     */
    public void forEachPartner(
        long[] keys,
        int unit,
        java.util.function.IntFunction<Language> languageOf,
        java.util.function.IntConsumer partner) {
      Language language = languageOf.apply(unit);
      for (long key : keys) {
        int block = postings.find(key);
        int first = Math.min(postings.size(block), BLOCK_CAP);
        boolean paired = false;
        for (int i = 0; i < first && !paired; i++) {
          paired = postings.get(block, i) == unit;
        }
        for (int i = 0; paired && i < first; i++) {
          int other = postings.get(block, i);
          if (other != unit && languageOf.apply(other) != language) {
            partner.accept(other);
          }
        }
      }
    }

    /**
     * The units of the blocks of some keys that give pairs (at most {@value #BLOCK_CAP} units).
     *
     * @param keys an item's keys
     * @param unit receives each unit, maybe more than once
     */
    public void forEachUnit(long[] keys, java.util.function.IntConsumer unit) {
      for (long key : keys) {
        int block = postings.find(key);
        int size = postings.size(block);
        if (size <= BLOCK_CAP) {
          for (int i = 0; i < size; i++) {
            unit.accept(postings.get(block, i));
          }
        }
      }
    }
  }
}
