package org.bulletins.dedup.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.bulletins.dedup.internal.crosslang.CrossLanguage;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.sketch.SignedCodec;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/**
 * The state of an incremental index on the {@link Pipeline}: items and their signatures, units (the
 * items of one content id, judged by their representative, the first in source order), postings
 * from hashed blocking keys to units, the verified unit pairs, and groups of units. Not
 * thread-safe; {@code DedupIndex} synchronizes.
 *
 * <p>Costs: a copy of a known content id joins its unit and marks its story stale, with no
 * verification; a new content id pairs with the units of its blocks (each block holds at most its
 * cap), verifies those pairs and re-clusters the units linked to it by same-story pairs. So adding
 * k items costs O(k · candidates), whatever the size of the index. Stories are merged when asked
 * for, once per change.
 */
public final class IncrementalIndex {

  private final Pipeline pipeline;
  private final int arrivalsPerPart;
  // Restored items are held as their span and date until something reads them (ItemTable).
  private final ItemTable items = new ItemTable();
  private final List<ItemSignature> signatures = new ArrayList<>();
  private final UnitKeys unitOfKey = new UnitKeys(); // primitive: a unit per stored content
  private final UnitMembers unitMembers = new UnitMembers();
  private final IntList representative = new IntList();
  // Each unit's same-story partners; null for a unit with none (most units): an empty set per unit
  // cost two objects per unit on every add and every open of a store.
  private final List<Set<Integer>> positive = new ArrayList<>();
  private final IntList groupOf = new IntList();
  // Each unit's epoch day, by unit: read for every unit a block holds when a unit arrives at it, so
  // one array read rather than three dependent ones (representative, signature list, signature),
  // which missed the cache on most of a file's millions of block members; two bytes a unit.
  private final DayCodes unitDays = new DayCodes();
  private final Postings postings = new Postings();
  // After a restore, the stored units' keys: their blocks are put in postings only when an add or a
  // lookup needs them (restoreBlocks), with the keys whose blocks are there in restoredKeys. Null
  // when every block is in postings (an index built by adds, or after restoreAllBlocks).
  private StoredKeys storedKeys;
  private LongSet restoredKeys;
  // Verdicts by unit pair: the same-story ones with their evidence; the apart ones packed, with no
  // evidence (the clusterer reads only their verdict, and nothing stores them).
  private final Map<CandidatePair, MatchEvidence> evidence = new HashMap<>();
  private final LongSet apart = new LongSet();
  private final GroupUnits groupUnits = new GroupUnits();
  private final Map<Integer, MergedStory> stories = new HashMap<>();
  private final List<ItemFacts> facts = new ArrayList<>(); // by item; empty when the rule is off
  // Facts are extracted only once the index holds two known languages (see LanguageOnlyFacts):
  // until then an item's entry is its language's stand-in, and its unit is in no cross block.
  private final Set<Language> languages = EnumSet.noneOf(Language.class); // known ones held
  private final BitSet languageOnly = new BitSet(); // items whose facts are stand-ins
  private IntList extractedLate = new IntList(); // for takeExtractedFacts
  private CrossLanguage.Blocks crossBlocks = new CrossLanguage.Blocks();
  private int nextGroup;
  private final Changes changes = new Changes(); // what a store writes back; off unless tracked
  // The latest add's terms, for the merges of takeChangedStories (kept only while tracking, when
  // that call follows every add): its own items' terms were found while signing.
  private AddTerms changedTerms;
  // The same-story verdicts the latest add found through the verifier, by item pair (lower index
  // first): its stories' merges (takeChangedStories) link the same pairs in the same order and take
  // them from here instead of verifying them again, as the batch engine's merges take its known
  // verdicts. Kept only while tracking, until that call, and only for facts as they are (an
  // extraction of stand-ins drops it).
  private Map<Long, MatchEvidence> addVerdicts;
  private long verifications;
  private long merges;
  // Links verified by merges (on several threads): the cost measure of IncrementalMergeCostTest.
  private final AtomicLong mergeVerifications = new AtomicLong();

  /**
   * An empty index.
   *
   * @param pipeline the stages
   */
  public IncrementalIndex(Pipeline pipeline) {
    this(pipeline, ARRIVALS_PER_PART);
  }

  /**
   * An empty index that pairs a file's block arrivals in parts of the given size: tests use small
   * parts, so that small batches take the path that a file of more than {@value #ARRIVALS_PER_PART}
   * arrivals takes.
   *
   * @param pipeline the stages
   * @param arrivalsPerPart the arrivals of one part of {@link #pairsOf}, at least 1
   */
  public IncrementalIndex(Pipeline pipeline, int arrivalsPerPart) {
    if (arrivalsPerPart < 1) {
      throw new IllegalArgumentException(
          "arrivals per part must be at least 1: " + arrivalsPerPart);
    }
    this.pipeline = pipeline;
    this.arrivalsPerPart = arrivalsPerPart;
  }

  /**
   * The items in order of addition.
   *
   * @return the list itself, not to be changed
   */
  public List<NewsItem> items() {
    return items;
  }

  /**
   * How many pairs were verified so far: the cost measure of {@code IndexCostTest}.
   *
   * @return the count
   */
  public long verifications() {
    return verifications;
  }

  /**
   * How many links of merged stories were verified so far: those whose verdict an add had not found
   * already (see {@link #takeChangedStories}).
   *
   * @return the count
   */
  public long mergeVerifications() {
    return mergeVerifications.get();
  }

  /**
   * How many stories were merged so far (each merge builds one story from all its members).
   *
   * @return the count
   */
  public long merges() {
    return merges;
  }

  /**
   * Adds a batch.
   *
   * @param batch the items, none null
   */
  public void addAll(List<NewsItem> batch) {
    ItemSigner.Signed[] signed = new ItemSigner.Signed[batch.size()];
    IntStream.range(0, batch.size())
        .parallel()
        .forEach(i -> signed[i] = pipeline.signer().sign(batch.get(i)));
    addSigned(batch, signed);
  }

  // A batch with fewer keys than this grows the block batch's buckets as it goes (see addSigned).
  private static final long RESERVE_FROM_KEYS = 1 << 16;

  /**
   * Adds a batch whose items were signed already, by this pipeline's signer or read back from where
   * such signatures were kept (a store): the same as {@link #addAll}, without signing. Only the
   * signatures and keys are read, not the terms.
   *
   * @param batch the items, none null
   * @param signed each item's signature and keys, in the order of {@code batch}
   */
  public void addSigned(List<NewsItem> batch, ItemSigner.Signed[] signed) {
    if (signed.length != batch.size()) {
      throw new IllegalArgumentException(signed.length + " signatures for " + batch.size());
    }
    StageClock clock = StageClock.start();
    // The blocks of the batch's keys, whole, before any of its units joins them (copies' keys too:
    // a superset costs a few blocks, and no unit of the batch needs to be told apart).
    restoreBlocks(Arrays.stream(signed).map(ItemSigner.Signed::keys).toArray(long[][]::new));
    changedTerms = null; // an earlier add's terms (a rebuild's: every item) are not kept past it
    addVerdicts = null;
    int first = items.size();
    int firstUnit = unitMembers.size();
    // The batch's languages (or facts) need only its items: guessed on the pool while this thread
    // puts the units' keys in the table (mostly serial), as the batch engine overlaps its guess
    // with its blocks. They are added afterwards, before the cross-language blocks that read them.
    ForkJoinTask<BatchFacts> batchFacts = startFacts(batch);
    Touched touched = new Touched();
    // The units whose representative a copy of this batch took, each with its representative
    // before.
    Map<Integer, Integer> newRepresentative = new TreeMap<>();
    Set<CandidatePair> crossPairs = new TreeSet<>();
    Postings.Batch blocks = postings.batch(); // see pairsOf
    long keys = 0; // at most, since copies add none
    for (ItemSigner.Signed s : signed) {
      keys += s.keys().length;
    }
    if (keys >= RESERVE_FROM_KEYS) {
      blocks.reserve(keys); // not for a few items: reserving pads every bucket (~0.8 MB)
    }
    int[] newUnitOf = new int[batch.size()]; // the unit an item founded, else -1 (a copy)
    for (int k = 0; k < batch.size(); k++) {
      NewsItem item = batch.get(k);
      int index = append(item, signed[k].signature());
      int known = unitOfKey.unitOf(signed[k].signature().contentKey());
      if (known >= 0) {
        newUnitOf[k] = -1;
        joinUnit(known, index, newRepresentative);
        continue;
      }
      int unit = newUnit(signed[k].signature().contentKey(), index);
      newUnitOf[k] = unit;
      touched.changed(unit);
      for (long key : signed[k].keys()) {
        blocks.add(key, unit);
      }
    }
    clock.lap("add-collect");
    addFacts(batch, join(batchFacts), firstUnit);
    clock.lap("add-facts");
    // The cross-language blocks in the order of the units, as when each unit joined them right
    // after its keys' blocks: the two tables share nothing, so the order within each is the same.
    if (cross().enabled()) {
      for (int k = 0; k < batch.size(); k++) {
        int index = first + k;
        if (newUnitOf[k] >= 0 && !languageOnly.get(index)) {
          crossBlocks.add(
              cross().keys(batch.get(k), facts.get(index)),
              newUnitOf[k],
              u -> facts.get(representative.get(u)).language(),
              crossPairs);
        }
      }
    }
    clock.lap("add-cross");
    BlockArrivals arrivals = new BlockArrivals();
    blocks.finish(
        this::capOf,
        (key, unit, block, size) -> {
          if (size > 0 && size < capOf(key)) {
            arrivals.add(unit, block, size);
          }
        });
    long[] phases = blocks.phaseNanos();
    clock.add("sort", phases[0], 1);
    clock.add("grow", phases[1], postings.slotCount()); // the table's slots after it
    clock.add("place", phases[2], postings.keys()); // the keys it holds
    clock.lap("add-finish");
    PairBuffer pairs = pairsOf(arrivals, clock);
    clock.lap("add-pairsOf");
    crossPairs.forEach(pairs::add);
    // The pairs with no verdict yet, kept packed in the buffer's own array: a store rebuilt in one
    // batch makes tens of millions, and an object per pair is what once ran out of heap.
    int fresh =
        pairs.retainSortedDistinct(
            packed ->
                !apart.contains(packed) && !evidence.containsKey(CandidatePair.unpack(packed)));
    AddTerms terms = new AddTerms(items, signed, first);
    changedTerms = changes.tracking() ? terms : null;
    addVerdicts = changes.tracking() ? new ConcurrentHashMap<>() : null;
    clock.lap("add-retain");
    judgeAll(pairs.packed(), fresh, terms, touched, clock);
    clock.add("terms-computed", 0, terms.computed());
    clock.lap("add-judgeAll");
    judgeAgain(newRepresentative, signed, first, firstUnit, terms, touched, clock);
    clock.lap("add-judgeAgain");
    reclusterTouched(touched, terms, clock);
    clock.lap("add-recluster");
  }

  /**
   * What a batch's facts need from its items alone: each item's language guessed while the index
   * holds fewer than two known languages, else the items' facts extracted; either may be null.
   */
  private record BatchFacts(Language[] guessed, ItemFacts[] extracted) {}

  /**
   * Starts finding what {@link #addFacts} needs from a batch's items, on all cores through the
   * common pool; null when the cross-language rule is off.
   */
  private ForkJoinTask<BatchFacts> startFacts(List<NewsItem> batch) {
    if (!cross().enabled()) {
      return null;
    }
    boolean guess = languages.size() < 2;
    return ForkJoinPool.commonPool()
        .submit(
            () -> {
              if (!guess) {
                return new BatchFacts(null, cross().factsOf(batch));
              }
              return new BatchFacts(CrossLanguage.languages(batch), null);
            });
  }

  /** The task's result, or none for a null task (see {@link PoolJoin#helping}). */
  private static BatchFacts join(ForkJoinTask<BatchFacts> task) {
    return task == null ? new BatchFacts(null, null) : PoolJoin.helping(task);
  }

  /**
   * Keeps the facts of a batch's items: extracted if the index holds two known languages or the
   * batch brings the second (then the stand-ins of the items held before the batch, whose units are
   * those below {@code firstUnit}, are extracted too), else each item's language only. Items of one
   * known language (and items of none) are never linked by the cross-language rule, so their facts
   * would be read for nothing. {@code found} is {@link #startFacts}'s, started when the index held
   * the languages it holds now.
   */
  private void addFacts(List<NewsItem> batch, BatchFacts found, int firstUnit) {
    if (!cross().enabled()) {
      return;
    }
    if (languages.size() < 2) {
      Language[] guessed = found.guessed();
      for (Language language : guessed) {
        if (language != Language.UNKNOWN) {
          languages.add(language);
        }
      }
      if (languages.size() < 2) {
        for (Language language : guessed) {
          languageOnly.set(facts.size());
          facts.add(LanguageOnlyFacts.of(language));
        }
        return;
      }
      extractDeferred(firstUnit);
    }
    ItemFacts[] extracted = found.extracted();
    facts.addAll(List.of(extracted != null ? extracted : cross().factsOf(batch)));
  }

  /**
   * Extracts the facts of the items held as stand-ins, on all cores, and puts every unit in its
   * cross-language blocks again, in unit order: what adding them with their facts did (a block
   * keeps its units in the order they came, and units of one language made no pairs).
   */
  private void extractDeferred() {
    extractDeferred(unitMembers.size());
  }

  /** As {@link #extractDeferred()}, placing the units below {@code units} only. */
  private void extractDeferred(int units) {
    if (languageOnly.isEmpty()) {
      return;
    }
    addVerdicts = null; // found with the stand-ins' facts
    int[] late = languageOnly.stream().toArray();
    items.prefetch(IntStream.of(late)); // restored items: read back at once
    ItemFacts[] extracted = new ItemFacts[late.length];
    IntStream.range(0, late.length)
        .parallel()
        .forEach(i -> extracted[i] = CrossLanguage.facts(items.get(late[i])));
    for (int i = 0; i < late.length; i++) {
      facts.set(late[i], extracted[i]);
      extractedLate.add(late[i]);
    }
    languageOnly.clear();
    crossBlocks = new CrossLanguage.Blocks();
    // In bulk, as opening does: every unit of the index at once.
    CrossLanguage.Blocks.Placing placing = crossBlocks.placing();
    for (int unit = 0; unit < units; unit++) {
      int founder = unitMembers.founder(unit);
      placing.place(cross().keys(items.date(founder), facts.get(founder)), unit);
    }
    placing.finish();
  }

  /**
   * Judges a unit whose representative changed again against every unit it met, found from its
   * blocks, on all cores (judging only reads the index), and records the verdicts in order: what
   * judging them one by one gives.
   *
   * <p>A verdict reads the two representatives' dates, titles and paragraphs (their signatures,
   * terms and facts come from nothing else) and which of them was added first (the lower index is
   * the left item). So where the new representative repeats the one before it word for word (the
   * same page ingested again under a name that sorts first), a pair whose verdict the add cannot
   * have changed is not judged again: the other unit was there before the add and kept its
   * representative, and that item stands on the same side of the old and the new representative.
   * What the index holds for such a pair (a same-story verdict, an apart one, or none after a
   * restore, which means apart) is what judging it again gives. (A pair with a unit the add made,
   * or whose representative changed too, was judged with the new representatives or is judged from
   * the other side; it is judged here as before.) Such a unit met hundreds of units: judging them
   * all again took most of such a file's ingest.
   *
   * @param before each unit whose representative changed, with its representative before the add
   * @param signed the batch's signatures and keys
   * @param first the index of the batch's first item
   * @param firstUnit the first unit the add made
   * @param terms the add's terms
   * @param touched the units the add met and changed
   * @param clock the add's stage clock
   */
  private void judgeAgain(
      Map<Integer, Integer> before,
      ItemSigner.Signed[] signed,
      int first,
      int firstUnit,
      AddTerms terms,
      Touched touched,
      StageClock clock) {
    int[] units = before.keySet().stream().mapToInt(Integer::intValue).toArray();
    int[] was = before.values().stream().mapToInt(Integer::intValue).toArray(); // in units' order
    BitSet changed = new BitSet();
    for (int unit : units) {
      changed.set(unit);
    }
    long t0 = System.nanoTime();
    // Restored founders and former representatives are read back at once, before their
    // neighbours are found and their texts compared on several threads.
    items.prefetch(
        IntStream.concat(IntStream.of(units).map(unitMembers::founder), IntStream.of(was)));
    long t1 = System.nanoTime();
    clock.add("again-prefetch", t1 - t0, units.length);
    long[][] keys = new long[units.length][];
    boolean[] verbatim = new boolean[units.length];
    IntStream.range(0, units.length)
        .parallel()
        .forEach(
            i -> {
              int founder = unitMembers.founder(units[i]);
              int now = representative.get(units[i]); // an item of this batch
              keys[i] = founderKeys(founder, now, signed, first);
              verbatim[i] = RepeatedItems.sameText(items.get(was[i]), items.get(now));
            });
    long t2 = System.nanoTime();
    clock.add("again-sign", t2 - t1, units.length);
    restoreBlocks(keys); // before the blocks are read on several threads
    long t3 = System.nanoTime();
    clock.add("again-restore", t3 - t2, units.length);
    // Each unit's neighbours, parted (on all cores) into those to judge again and those kept.
    int[][] toJudge = new int[units.length][];
    int[][] kept = new int[units.length][];
    IntStream.range(0, units.length)
        .parallel()
        .forEach(
            i -> {
              IntList judge = new IntList();
              IntList keep = new IntList();
              for (int other : neighboursOf(units[i], keys[i])) {
                boolean same =
                    keepsVerdict(verbatim[i], was[i], units[i], other, firstUnit, changed);
                (same ? keep : judge).add(other);
              }
              toJudge[i] = judge.toArray();
              kept[i] = keep.toArray();
            });
    long t4 = System.nanoTime();
    clock.add("again-neighbours", t4 - t3, units.length);
    // In the order of the units, then of their neighbours, as judging them one by one would; a
    // pair not judged again is met all the same (the order of the new groups' ids reads it).
    long[] ordered = new long[Arrays.stream(toJudge).mapToInt(o -> o.length).sum()];
    int count = 0;
    for (int i = 0; i < units.length; i++) {
      for (int other : toJudge[i]) {
        ordered[count++] = packed(units[i], other);
      }
      for (int other : kept[i]) {
        touched.met(other);
      }
    }
    clock.add(
        "again-kept", System.nanoTime() - t4, Arrays.stream(kept).mapToInt(o -> o.length).sum());
    judgeAll(ordered, count, terms, touched, clock);
    for (int unit : units) {
      touched.changed(unit);
    }
  }

  /**
   * The keys of a unit's founder, whose blocks hold the unit: those the batch signed for it, or for
   * the new representative if that has the founder's text, else signed again.
   */
  private long[] founderKeys(int founder, int now, ItemSigner.Signed[] signed, int first) {
    if (founder >= first) {
      return signed[founder - first].keys();
    }
    NewsItem item = items.get(founder);
    return RepeatedItems.sameText(item, items.get(now))
        ? signed[now - first].keys()
        : pipeline.signer().sign(item).keys();
  }

  /**
   * Whether judging a unit against another again cannot change their verdict (see {@link
   * #judgeAgain}): the unit's new representative has the text of the one before ({@code verbatim}),
   * the other unit is older than the add and kept its representative, and that item stands on the
   * same side of both (it is older than the new one, so: before the old one).
   */
  private boolean keepsVerdict(
      boolean verbatim, int was, int unit, int other, int firstUnit, BitSet changed) {
    if (!verbatim || other >= firstUnit || changed.get(other)) {
      return false;
    }
    int partner = representative.get(other);
    return (was < partner) == (representative.get(unit) < partner);
  }

  /** How many pairs are judged at once: bounds the verdicts held, as the batch engine's chunks. */
  private static final int JUDGE_CHUNK = 1 << 16;

  /**
   * Judges packed pairs on all cores (a verdict depends on the two units only), a chunk at a time,
   * and records the verdicts in the pairs' order, marking both units of each pair as met, and as
   * changed where the verdict changed what clustering reads (see {@link #record}).
   */
  private void judgeAll(
      long[] pairs, int count, AddTerms terms, Touched touched, StageClock clock) {
    MatchEvidence[] verdicts = new MatchEvidence[Math.min(count, JUDGE_CHUNK)];
    boolean[] gated = new boolean[verdicts.length];
    for (int from = 0; from < count; from += JUDGE_CHUNK) {
      int start = from;
      int size = Math.min(JUDGE_CHUNK, count - from);
      long t0 = System.nanoTime();
      // The signatures first: only the pairs they do not tell apart read their items' texts.
      IntStream.range(0, size)
          .parallel()
          .forEach(i -> gated[i] = mayBeSame(CandidatePair.unpack(pairs[start + i])));
      long t1 = System.nanoTime();
      prefetchRepresentatives(pairs, start, size, gated); // restored items: read back at once
      IntStream.range(0, size)
          .parallel()
          .forEach(
              i ->
                  verdicts[i] =
                      judgeUnits(CandidatePair.unpack(pairs[start + i]), gated[i], terms));
      long t2 = System.nanoTime();
      verifications += size;
      int g = 0;
      for (int i = 0; i < size; i++) {
        CandidatePair pair = CandidatePair.unpack(pairs[start + i]);
        touched.met(pair.left());
        touched.met(pair.right());
        if (record(pair, verdicts[i])) {
          touched.changed(pair.left());
          touched.changed(pair.right());
        }
        g += gated[i] ? 1 : 0;
      }
      clock.add("gate", t1 - t0, size);
      clock.add("verify", t2 - t1, g);
      clock.add("record", System.nanoTime() - t2, size);
    }
  }

  /**
   * Reads back at once the stored representatives of the pairs that {@code gated} says are to be
   * verified: a pair the signatures tell apart is decided from the items' dates and facts, which
   * the index holds (most of a grown store's candidates, whose texts were read for nothing).
   */
  private void prefetchRepresentatives(long[] pairs, int start, int size, boolean[] gated) {
    int[] wanted = new int[2 * size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (gated[i]) {
        long packed = pairs[start + i];
        wanted[n++] = representative.get((int) (packed >>> 32));
        wanted[n++] = representative.get((int) packed);
      }
    }
    items.prefetch(wanted, n);
  }

  private void joinUnit(int unit, int index, Map<Integer, Integer> newRepresentative) {
    int before = representative.get(unit);
    if (addMember(unit, index)) {
      newRepresentative.putIfAbsent(unit, before);
    }
    stories.remove(groupOf.get(unit));
    changes.group(groupOf.get(unit));
  }

  /** Adds an item to its copies' unit; true when it becomes the unit's representative. */
  private boolean addMember(int unit, int index) {
    unitMembers.addCopy(unit, index);
    if (items.compareOrder(index, representative.get(unit)) < 0) {
      representative.set(unit, index);
      return true;
    }
    return false;
  }

  private int newUnit(long contentKey, int index) {
    int unit = unitMembers.add(index);
    unitOfKey.put(contentKey, unit);
    representative.add(index);
    // Copies share their date (it is part of the content key): the unit's day never changes.
    unitDays.set(unit, signatures.get(index).epochDay());
    positive.add(null);
    groupOf.add(-1);
    return unit;
  }

  /** Arrivals per part of {@link #pairsOf}: enough work per task to be worth a thread. */
  private static final int ARRIVALS_PER_PART = 1 << 16;

  /**
   * The candidate pairs of a batch's units with the units they met in their keys' blocks ({@link
   * Postings.Batch}, which keeps a unit in a block unless the block is known as full). A block
   * pairs its units while it holds at most its cap; the unit that overfills it is kept (so the
   * block is known as full) and pairs with no one, and later units are not kept, so a block never
   * grows past cap + 1: an arrival is kept only if its block held at least one unit and fewer than
   * the cap. Each arrival pairs with the block's first units as they were when it arrived (a block
   * only appends), so the arrivals are paired after the table is filled, in parts on all cores,
   * each into its own buffer. A pair is made only by the arrivals of its higher unit (a block's
   * earlier units have lower ids), and a part holds all the arrivals of its units ({@link
   * BlockArrivals#parts}), so the parts' pairs never repeat one another and the joined buffers hold
   * each pair once, as one buffer filled arrival by arrival would. The day of a unit never changes
   * (its copies share their date, part of the content key), so it may be read after later copies
   * joined.
   */
  private PairBuffer pairsOf(BlockArrivals arrivals, StageClock clock) {
    BlockArrivals.Parts split = arrivals.parts(arrivalsPerPart);
    int[] order = split.order();
    int[] starts = split.starts();
    int parts = split.count();
    PairBuffer[] made = new PairBuffer[parts];
    // Per part: the loop's and the sort's walls, the pairs added (repeats too) and kept.
    long[][] spent = new long[parts][4];
    int window = pipeline.options().dateWindowDays();
    char[] days = unitDays.codes(); // no unit is made while the parts run
    IntStream.range(0, parts)
        .parallel()
        .forEach(
            p -> {
              long started = System.nanoTime();
              PairBuffer pairs = new PairBuffer();
              int[] members = new int[256];
              for (int k = starts[p]; k < starts[p + 1]; k++) {
                int a = order[k];
                int unit = arrivals.unit(a);
                int size = arrivals.before(a);
                if (members.length < size) {
                  members = new int[Math.max(size, 2 * members.length)];
                }
                postings.copy(arrivals.slot(a), size, members);
                char day = days[unit];
                for (int i = 0; i < size; i++) {
                  // As in the batch engine: no rule joins two units dated further apart than the
                  // window, so that pair is not made (the block still counts the unit against its
                  // cap). A unit met in its own block (two of its keys equal as 63-bit hashes) is
                  // no pair.
                  int member = members[i];
                  if (member != unit
                      && unitDays.withinWindow(day, days[member], unit, member, window)) {
                    pairs.add(member, unit);
                  }
                }
              }
              long looped = System.nanoTime();
              spent[p][2] = pairs.size();
              // Held until all parts are done: sorted and without repeats.
              spent[p][3] = pairs.retainSortedDistinct(packed -> true);
              pairs.trim();
              spent[p][0] = looped - started;
              spent[p][1] = System.nanoTime() - looped;
              made[p] = pairs;
            });
    for (long[] part : spent) {
      clock.add("pairs-loop", part[0], part[2]);
      clock.add("pairs-sort", part[1], part[3]);
    }
    // One array of the parts' total, sorted once by the caller's retainSortedDistinct (the parts
    // are sorted runs): joining into a growing array sorted the joined pairs at every doubling.
    int total = 0;
    for (PairBuffer part : made) {
      total = Math.addExact(total, part.size());
    }
    PairBuffer out = new PairBuffer(total + 1024); // room for the cross-language pairs too
    for (int p = 0; p < parts; p++) {
      out.addAll(made[p]);
      made[p] = null;
    }
    return out;
  }

  private int capOf(long key) {
    return key < 0
        ? Math.min(pipeline.options().maxTermBlockSize(), pipeline.options().maxBlockSize())
        : pipeline.options().maxBlockSize();
  }

  /**
   * Keeps a verdict and links or unlinks its units. Returns whether it may change how a component
   * holding both units clusters: a same-story verdict (a link, or other evidence for one), or one
   * that replaces a same-story verdict. An apart verdict on a pair that had none (most of an add's)
   * does not: clustering reads only whether a pair is apart, and one with no verdict kept it judges
   * when needed, the same way (a verdict depends on the two representatives only).
   */
  private boolean record(CandidatePair pair, MatchEvidence e) {
    MatchEvidence before = keep(pair, e);
    changes.pair(pair, e, before);
    if (e.sameStory()) {
      link(pair.left(), pair.right());
      return true;
    } else if (before != null) {
      // A positive pair always has kept evidence, so a pair with none has nothing to drop: most
      // verdicts are apart and new, and two boxed set removals each were a tenth of a file's add.
      unlink(pair.left(), pair.right());
      return true;
    }
    return false;
  }

  /**
   * Keeps a verdict: a same-story one with its evidence, an apart one as a packed pair only (a pair
   * that was same-story before loses its evidence). Returns the evidence kept before, if any.
   */
  private MatchEvidence keep(CandidatePair pair, MatchEvidence e) {
    if (e.sameStory()) {
      return evidence.put(pair, e);
    }
    apart.add(packed(pair));
    return evidence.remove(pair);
  }

  /** A verdict kept by {@link #keep}: the same-story evidence, a stand-in for apart, or null. */
  private MatchEvidence kept(CandidatePair pair) {
    MatchEvidence e = evidence.get(pair);
    return e == null && apart.contains(packed(pair)) ? StoryClusterer.APART_BY_SKETCH : e;
  }

  private static long packed(CandidatePair pair) {
    return packed(pair.left(), pair.right());
  }

  /** Two distinct units as {@link #packed(CandidatePair)} packs them, the lower first. */
  private static long packed(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  /**
   * Verifies two units' representatives, the lower item index first, signatures first, without
   * counting it: safe on several threads at once, since it only reads the index.
   */
  private MatchEvidence judgeUnits(CandidatePair units, AddTerms terms) {
    return judgeUnits(units, mayBeSame(units), terms);
  }

  /**
   * Whether the signatures of two units' representatives (the lower item index first, as {@link
   * #judgeUnits} verifies them) leave them to be verified.
   */
  private boolean mayBeSame(CandidatePair units) {
    int a = representative.get(units.left());
    int b = representative.get(units.right());
    return pipeline
        .verifier()
        .mayBeSame(signatures.get(Math.min(a, b)), signatures.get(Math.max(a, b)));
  }

  /** As {@link #judgeUnits(CandidatePair, AddTerms)}, with {@link #mayBeSame} known. */
  private MatchEvidence judgeUnits(CandidatePair units, boolean gated, AddTerms terms) {
    int a = representative.get(units.left());
    int b = representative.get(units.right());
    int left = Math.min(a, b);
    int right = Math.max(a, b);
    MatchEvidence base =
        gated
            ? pipeline
                .verifier()
                .verify(
                    signatures.get(left), terms.get(left), signatures.get(right), terms.get(right))
            : null;
    MatchEvidence e = decide(base, left, right);
    Map<Long, MatchEvidence> verdicts = addVerdicts;
    if (base != null && e != null && e.sameStory() && verdicts != null) {
      // What a merge's link of the two computes: decide(verify(left, right), left, right).
      verdicts.put(packed(left, right), e);
    }
    return e == null ? StoryClusterer.APART_BY_SKETCH : e;
  }

  /** A unit's same-story partners, empty if it has none; not to be changed. */
  private Set<Integer> partners(int unit) {
    Set<Integer> set = positive.get(unit);
    return set == null ? Set.of() : set;
  }

  /** Records two units as same-story partners of each other. */
  private void link(int a, int b) {
    partnersToChange(a).add(b);
    partnersToChange(b).add(a);
  }

  /** Forgets that two units are same-story partners. */
  private void unlink(int a, int b) {
    partnersToChange(a).remove(b);
    partnersToChange(b).remove(a);
  }

  private Set<Integer> partnersToChange(int unit) {
    Set<Integer> set = positive.get(unit);
    if (set == null) {
      set = new HashSet<>();
      positive.set(unit, set);
    }
    return set;
  }

  private CrossLanguage cross() {
    return pipeline.crossLanguage();
  }

  /** The cross-language rule's verdict on two items by index, see {@link CrossLanguage#decide}. */
  private MatchEvidence decide(MatchEvidence base, int a, int b) {
    // From the items' dates, which the index holds without their texts: a stored item whose pair
    // the signatures tell apart is not read back.
    return cross().enabled()
        ? cross().decide(base, items.date(a), facts.get(a), items.date(b), facts.get(b))
        : base;
  }

  private DistinctiveTerms termsOf(int index, Map<Integer, DistinctiveTerms> terms) {
    return terms.computeIfAbsent(index, i -> Pipeline.terms(items.get(i)));
  }

  /**
   * The units an add met (in a pair it judged, or new) and, among them, those whose component's
   * clustering it may have changed: new units, units whose representative changed, units of a
   * verdict that {@link #record} says matters to clustering. Most units a file meets are old ones
   * it only found apart from its new units: their components stay as they were clustered.
   */
  private static final class Touched {
    private final BitSet met = new BitSet();
    private final BitSet changed = new BitSet();

    void met(int unit) {
      met.set(unit);
    }

    void changed(int unit) {
      met.set(unit);
      changed.set(unit);
    }
  }

  /**
   * Re-clusters the components that hold a changed unit: any other component the add met holds the
   * same units, representatives and same-story links as when it was last clustered, so clustering
   * it again gives its groups as they are (the verdicts it needs are kept, or judged the same way
   * again), which kept their ids. Components share no unit and clustering one only reads the index,
   * so they cluster on all cores; what clustering changes (the verdicts it needed, the groups) is
   * applied afterwards, component by component in the order of their first unit met: what
   * re-clustering every component met one by one gives, with the same new group ids.
   */
  private void reclusterTouched(Touched touched, AddTerms terms, StageClock clock) {
    long t0 = System.nanoTime();
    List<List<Integer>> components = new ArrayList<>();
    BitSet done = new BitSet();
    BitSet met = touched.met;
    for (int unit = met.nextSetBit(0); unit >= 0; unit = met.nextSetBit(unit + 1)) {
      if (done.get(unit) || (!touched.changed.get(unit) && partners(unit).isEmpty())) {
        continue; // a unit alone that met only units it is apart from: still its own group
      }
      List<Integer> component = component(unit, done);
      if (component.stream().anyMatch(touched.changed::get)) {
        components.add(component);
      }
    }
    long t1 = System.nanoTime();
    clock.add("components", t1 - t0, met.cardinality());
    clock.add("changed", 0, touched.changed.cardinality());
    // Restored representatives are read back at once, before components cluster on several threads
    // (a component of one unit is not clustered).
    items.prefetch(
        components.stream()
            .filter(units -> units.size() > 1)
            .flatMap(List::stream)
            .mapToInt(unit -> representative.get(unit)));
    Clustered[] clustered = new Clustered[components.size()];
    IntStream.range(0, clustered.length)
        .parallel()
        .forEach(c -> clustered[c] = cluster(components.get(c), terms));
    long t2 = System.nanoTime();
    clock.add("cluster", t2 - t1, components.stream().filter(units -> units.size() > 1).count());
    for (int c = 0; c < clustered.length; c++) {
      apply(components.get(c), clustered[c]);
    }
    clock.add("apply", System.nanoTime() - t2, components.size());
  }

  /** The units linked to {@code start} by same-story pairs, sorted. */
  private List<Integer> component(int start, BitSet done) {
    done.set(start);
    if (partners(start).isEmpty()) {
      return List.of(start); // most touched units: a new unit that matched no one
    }
    TreeSet<Integer> seen = new TreeSet<>(List.of(start));
    Deque<Integer> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      for (int next : partners(queue.poll())) {
        if (seen.add(next)) {
          queue.add(next);
          done.set(next);
        }
      }
    }
    return List.copyOf(seen);
  }

  /**
   * One component clustered: its groups as local indexes into the component's units, and the
   * verdicts clustering needed that no pair had yet, in the order they were asked for.
   */
  private record Clustered(List<int[]> groups, Map<CandidatePair, MatchEvidence> judged) {}

  /**
   * Clusters one component's units again, as a batch run would; only reads the index (verdicts it
   * needs are kept in the result, not in the index), so components cluster on several threads.
   */
  private Clustered cluster(List<Integer> units, AddTerms terms) {
    Map<CandidatePair, MatchEvidence> judged = new LinkedHashMap<>();
    if (units.size() == 1) {
      return new Clustered(List.of(new int[] {0}), judged);
    }
    List<NewsItem> reps = new ArrayList<>(units.size());
    long[] keys = new long[units.size()];
    Map<Integer, Integer> local = new HashMap<>();
    for (int u : units) {
      local.put(u, reps.size());
      keys[reps.size()] = signatures.get(representative.get(u)).contentKey();
      reps.add(items.get(representative.get(u)));
    }
    Map<CandidatePair, MatchEvidence> localEvidence = new HashMap<>();
    for (int u : units) {
      for (int v : partners(u)) {
        if (u < v) {
          localEvidence.put(
              CandidatePair.of(local.get(u), local.get(v)), evidence.get(CandidatePair.of(u, v)));
        }
      }
    }
    StoryClusterer.Judge judge =
        (l, r) -> {
          CandidatePair pair = CandidatePair.of(units.get(l), units.get(r));
          MatchEvidence e = kept(pair);
          if (e == null) {
            // Kept for later re-clustering, but not as an edge: a batch run takes edges only from
            // candidate pairs too. (The clusterer reads only the verdict of an apart pair.)
            e = judged.computeIfAbsent(pair, p -> judgeUnits(p, terms));
          }
          return e;
        };
    return new Clustered(pipeline.clusterer().cluster(reps, keys, localEvidence, judge), judged);
  }

  /** Keeps what clustering a component needed and replaces its units' groups by the new ones. */
  private void apply(List<Integer> units, Clustered clustered) {
    verifications += clustered.judged().size();
    clustered.judged().forEach(this::keep);
    // A group that comes out with exactly its old units keeps its id and its merged story: most
    // units a batch touches only met new units they do not match, and re-merging their stories
    // would cost more than the whole clustering.
    Map<Integer, int[]> oldUnits = new HashMap<>();
    Map<Integer, MergedStory> oldStories = new HashMap<>();
    for (int u : units) {
      int old = groupOf.get(u);
      if (old >= 0 && !oldUnits.containsKey(old)) {
        oldUnits.put(old, groupUnits.remove(old));
        MergedStory story = stories.remove(old);
        if (story != null) {
          oldStories.put(old, story);
        }
      }
    }
    for (int[] group : clustered.groups()) {
      int[] members = new int[group.length];
      for (int g = 0; g < group.length; g++) {
        members[g] = units.get(group[g]);
      }
      int old = groupOf.get(members[0]);
      int id = old >= 0 && Arrays.equals(oldUnits.get(old), members) ? old : nextGroup++;
      for (int member : members) {
        groupOf.set(member, id);
      }
      groupUnits.put(id, members);
      if (id != old) {
        changes.group(id);
      }
      if (id == old && oldStories.containsKey(old)) {
        stories.put(id, oldStories.get(old));
      }
    }
  }

  /**
   * The story of a group, merged now if it changed since it was last merged.
   *
   * @param group a group id
   * @return its story
   */
  private MergedStory story(int group) {
    MergedStory story = stories.get(group);
    if (story != null) {
      return story;
    }
    merges++;
    story = merge(group);
    stories.put(group, story);
    return story;
  }

  /** Merges a group's members now; only reads the index, so groups merge on several threads. */
  private MergedStory merge(int group) {
    Map<Integer, DistinctiveTerms> terms = new HashMap<>();
    return merge(group, index -> termsOf(index, terms), null);
  }

  /**
   * As {@link #merge(int)}, with the members' terms from {@code termsOf}, and the verdicts of
   * {@code known} (by item pair, lower index first; may be null) where a link asks for one of those
   * pairs in that order: what verifying them would give.
   */
  private MergedStory merge(
      int group, IntFunction<DistinctiveTerms> termsOf, Map<Long, MatchEvidence> known) {
    List<StoryMerger.Member> members = new ArrayList<>();
    for (int unit : groupUnits.get(group)) {
      for (int i = 0, n = unitMembers.count(unit); i < n; i++) {
        int index = unitMembers.get(unit, i);
        members.add(new StoryMerger.Member(items.get(index), signatures.get(index), index));
      }
    }
    return members.size() == 1
        ? MergedStory.singleton(members.get(0).item())
        : pipeline
            .merger()
            .merge(
                members,
                (a, b) -> {
                  MatchEvidence e =
                      known != null && a.index() < b.index()
                          ? known.get(packed(a.index(), b.index()))
                          : null;
                  if (e != null) {
                    return e;
                  }
                  mergeVerifications.incrementAndGet();
                  return decide(
                      pipeline
                          .verifier()
                          .verify(
                              a.signature(),
                              termsOf.apply(a.index()),
                              b.signature(),
                              termsOf.apply(b.index())),
                      a.index(),
                      b.index());
                });
  }

  /**
   * Every story, sorted by first member.
   *
   * @return the stories
   */
  public List<MergedStory> stories() {
    int[] stale = groupUnits.ids().filter(g -> !stories.containsKey(g)).toArray();
    MergedStory[] merged = new MergedStory[stale.length];
    IntStream.range(0, stale.length).parallel().forEach(i -> merged[i] = merge(stale[i]));
    for (int i = 0; i < stale.length; i++) {
      stories.put(stale[i], merged[i]);
    }
    merges += stale.length;
    List<MergedStory> out = new ArrayList<>(groupUnits.size());
    groupUnits.ids().forEach(group -> out.add(story(group)));
    out.sort(Comparator.comparing((MergedStory s) -> s.members().get(0), MemberOrder.ITEMS));
    return out;
  }

  /**
   * The story an item belongs to: the story of its content id, or the story whose every unit
   * matches it, the strongest if several do.
   *
   * @param item any item
   * @return the story, if known
   */
  public Optional<MergedStory> find(NewsItem item) {
    ItemSigner.Signed signed = pipeline.signer().sign(item);
    int unit = unitOfKey.unitOf(signed.signature().contentKey());
    if (unit >= 0) {
      return Optional.of(story(groupOf.get(unit)));
    }
    TreeSet<Integer> groups = new TreeSet<>();
    restoreBlocks(new long[][] {signed.keys()});
    for (long key : signed.keys()) {
      int block = postings.find(key);
      int size = postings.size(block);
      if (block >= 0 && size <= capOf(key)) {
        for (int i = 0; i < size; i++) {
          groups.add(groupOf.get(postings.get(block, i)));
        }
      }
    }
    ItemFacts itemFacts = cross().enabled() ? CrossLanguage.facts(item) : null;
    if (itemFacts != null
        && itemFacts.language() != Language.UNKNOWN
        && !languages.isEmpty()
        && !languages.contains(itemFacts.language())) {
      extractDeferred(); // the item is in another language: the items held need their facts
      // From now on every add extracts facts too: otherwise each later query in this language
      // would extract the stand-ins added since and rebuild every unit's blocks again.
      languages.add(itemFacts.language());
    }
    if (itemFacts != null) {
      crossBlocks.forEachUnit(
          cross().keys(item, itemFacts),
          u -> {
            if (facts.get(representative.get(u)).language() != itemFacts.language()) {
              groups.add(groupOf.get(u));
            }
          });
    }
    DistinctiveTerms itemTerms = Pipeline.terms(item);
    Map<Integer, DistinctiveTerms> terms = new HashMap<>();
    int best = -1;
    double bestStrength = -1;
    for (int group : groups) {
      double weakest = Double.MAX_VALUE;
      for (int u : groupUnits.get(group)) {
        int rep = representative.get(u);
        MatchEvidence e =
            pipeline
                .verifier()
                .verify(signed.signature(), itemTerms, signatures.get(rep), termsOf(rep, terms));
        if (itemFacts != null) {
          e = cross().decide(e, item, itemFacts, items.get(rep), facts.get(rep));
        }
        if (!e.sameStory()) {
          weakest = -1;
          break;
        }
        weakest = Math.min(weakest, e.strength());
      }
      if (weakest > bestStrength) {
        bestStrength = weakest;
        best = group;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(story(best));
  }

  // ---- Hooks for a store that keeps the index between processes (bulletins-store, schema 3) ----

  /**
   * A same-story verdict between two units, named by their content keys so that it survives a
   * reload: what a store keeps so that opening it verifies nothing again.
   *
   * @param leftKey the content key of one unit
   * @param rightKey the content key of the other
   * @param evidence the verdict on the units' representatives; {@code sameStory()} is false only in
   *     {@link #takeChangedPairs()}, for a pair that is no longer same-story
   */
  public record KeptPair(long leftKey, long rightKey, MatchEvidence evidence) {}

  /**
   * Starts recording what changes, for {@link #takeChangedStories()} and {@link
   * #takeChangedPairs()}. Everything added before it counts as changed only if added by {@link
   * #addSigned} after it.
   */
  public void trackChanges() {
    changes.track();
  }

  /**
   * The facts of an item, as the cross-language rule extracted them, or their {@link
   * LanguageOnlyFacts} stand-in while the index holds one known language: what a store keeps, and
   * gives back to {@link Restoring#add}.
   *
   * @param index the item's position in {@link #items()}
   * @return its facts or their stand-in; empty when the rule is off
   */
  public Optional<ItemFacts> factsAt(int index) {
    return cross().enabled() ? Optional.of(facts.get(index)) : Optional.empty();
  }

  /**
   * The items whose facts were extracted since the last call although they were added (or restored)
   * before with a stand-in: a second language arrived. A store writes their {@link #factsAt} again,
   * so that they are extracted once.
   *
   * @return their positions in {@link #items()}, ascending within each extraction
   */
  public int[] takeExtractedFacts() {
    int[] out = extractedLate.toArray();
    extractedLate = new IntList();
    return out;
  }

  /**
   * Starts filling an empty index with items and the verdicts and groups kept from an index that
   * held the same items in the same order, verifying and clustering nothing: the units are rebuilt
   * from the signatures and their keys kept, the blocks put together from those keys only for the
   * keys a later add or lookup needs (a daily file needs a few hundred thousand of a large store's
   * tens of millions; {@link #restoreAllBlocks} puts all), the candidate pairs are not made again
   * (a unit's are found from its blocks if a later batch needs them), the same-story verdicts and
   * the groups are taken as given. Verdicts of other pairs are not kept: a later batch that needs
   * one verifies it again (verdicts depend on the two items only). Nothing counts as changed
   * afterwards. One item at a time, so that a store can walk its items while it is still reading
   * the next ones (and need not keep every item's keys until the end).
   *
   * @return the walk; add the items in the order they were first added, then call {@link
   *     Restoring#finish} with the groups and the kept verdicts (it throws IllegalStateException if
   *     the kept state does not fit the items: then discard this index and use {@link #addSigned})
   * @throws IllegalStateException if the index is not empty
   */
  public Restoring restoring() {
    if (!items.isEmpty()) {
      throw new IllegalStateException("restore needs an empty index");
    }
    return new Restoring();
  }

  /**
   * As {@link #restoring()}, for items that may be added without their text ({@link
   * Restoring#addUnread}): the index reads such an item back with {@code reader} the first time it
   * needs more than its span and date (to verify a pair, merge a story, sign it again), on any
   * thread, one call at a time; the items a step is about to need, in one call.
   *
   * @param reader the items by position in {@link #items()}, exactly as they were added
   * @return the walk
   * @throws IllegalStateException if the index is not empty
   */
  public Restoring restoring(ItemReader reader) {
    Restoring walk = restoring();
    items.readWith(reader);
    return walk;
  }

  /** The walk of {@link #restoring()}: items in the order they were first added, then the rest. */
  public final class Restoring {
    // The units' keys are kept, not put in blocks: an add or a lookup puts the blocks it needs
    // (restoreBlocks), whole.
    private final StoredKeys keys = new StoredKeys();
    private final CrossLanguage.Blocks.Placing crossPlacing =
        cross().enabled() ? crossBlocks.placing() : null;

    private Restoring() {}

    /**
     * Says how many items the walk will add, about, so that the units' tables make room for them
     * once rather than growing by copying as they fill.
     *
     * @param items the expected number of items
     */
    public void expect(long items) {
      unitOfKey.reserve(items); // at most a unit per item
      keys.reserveUnits(items);
    }

    /**
     * Adds the next item, as {@link #addSigned} did when it was added, without making its pairs.
     *
     * @param item the item
     * @param signed its signature and keys (the keys are not kept)
     * @param itemFacts its facts or their {@link LanguageOnlyFacts} stand-in, as {@link #factsAt}
     *     gave them; ignored (may be null) when the cross-language rule is off
     */
    public void add(NewsItem item, ItemSigner.Signed signed, ItemFacts itemFacts) {
      // span and date from the item
      add(item, null, Optional.empty(), SignedCodec.Compact.of(signed), itemFacts);
    }

    /**
     * Adds the next item as {@link #add}, without its text: the index reads it back with the reader
     * given to {@link #restoring(ItemReader)} when it needs it.
     *
     * @param span where the item was read
     * @param date its date
     * @param signed its signature and keys
     * @param itemFacts its facts, as for {@link #add}
     */
    public void addUnread(
        SourceSpan span, Optional<LocalDate> date, ItemSigner.Signed signed, ItemFacts itemFacts) {
      add(null, span, date, SignedCodec.Compact.of(signed), itemFacts);
    }

    /**
     * Adds the next item as {@link #addUnread(SourceSpan, Optional, ItemSigner.Signed, ItemFacts)},
     * with its keys as a store's blob keeps them: the term-pair keys as their terms, kept so (a
     * third of the memory) and made when blocks are restored.
     *
     * @param span where the item was read
     * @param date its date
     * @param signed its signature and keys, compact
     * @param itemFacts its facts, as for {@link #add}
     */
    public void addUnread(
        SourceSpan span,
        Optional<LocalDate> date,
        SignedCodec.Compact signed,
        ItemFacts itemFacts) {
      add(null, span, date, signed, itemFacts);
    }

    private void add(
        NewsItem item,
        SourceSpan span,
        Optional<LocalDate> date,
        SignedCodec.Compact signed,
        ItemFacts itemFacts) {
      // The same walk as addSigned, in the same order, so that units, representatives and blocks
      // come out the same; the pairs are not made (most are never needed again: see neighboursOf).
      boolean standIn = false;
      if (cross().enabled()) {
        if (itemFacts == null) {
          throw new IllegalArgumentException("one set of facts per item");
        }
        standIn = LanguageOnlyFacts.is(itemFacts);
        if (standIn) {
          languageOnly.set(items.size());
        }
        if (itemFacts.language() != Language.UNKNOWN) {
          languages.add(itemFacts.language());
        }
        facts.add(itemFacts);
      }
      int index;
      if (item != null) {
        index = append(item, signed.signature());
      } else {
        items.addUnread(span, date);
        signatures.add(signed.signature());
        index = items.size() - 1;
      }
      int known = unitOfKey.unitOf(signed.signature().contentKey());
      if (known >= 0) {
        addMember(known, index);
        return;
      }
      int unit = newUnit(signed.signature().contentKey(), index);
      if (unit != keys.units()) {
        throw new IllegalStateException("a restore needs an empty index");
      }
      // into blocks when needed, capped then, as an add caps them
      keys.add(signed.keys(), signed.termHashes());
      if (crossPlacing != null && !standIn) {
        crossPlacing.place(cross().keys(items.date(index), itemFacts), unit);
      }
    }

    /**
     * Ends the walk with the kept same-story verdicts and groups.
     *
     * @param groupOfItem for each item added, a number shared by the items of one kept story
     * @param kept every same-story verdict the index had recorded between units
     * @throws IllegalStateException if the kept state does not fit the items (then discard this
     *     index and use {@link #addSigned})
     */
    public void finish(int[] groupOfItem, List<KeptPair> kept) {
      if (groupOfItem.length != items.size()) {
        throw new IllegalArgumentException("one group per item");
      }
      storedKeys = keys;
      restoredKeys = new LongSet();
      if (crossPlacing != null) {
        crossPlacing.finish();
      }
      for (KeptPair p : kept) {
        int a = unitOfKey.unitOf(p.leftKey());
        int b = unitOfKey.unitOf(p.rightKey());
        if (a < 0 || b < 0 || a == b || !p.evidence().sameStory()) {
          throw new IllegalStateException("a kept verdict names no pair of these units");
        }
        evidence.put(CandidatePair.of(a, b), p.evidence());
        link(a, b);
      }
      restoreGroups(groupOfItem);
      if (languages.size() > 1) {
        extractDeferred(); // stand-ins beside a second language: a store kept by another version
      }
    }
  }

  /**
   * Puts the blocks of these keys that a restore left out in the table, whole: every stored unit
   * that carries the key, in unit order, capped as the adds of a full restore would have capped
   * them. No unit added since the restore is in such a block (every add restores its keys' blocks
   * first), so each comes out as a full restore made it. Costs one pass over the stored keys, when
   * some key is missing (a daily file's first add; a later one that brings keys none before had).
   */
  private void restoreBlocks(long[][] keys) {
    if (storedKeys == null) {
      return;
    }
    // Sized from the keys still missing, not from all the batch carries: a later file in the same
    // open finds most of its keys restored, and a filter for all of them was hundreds of MB.
    long count =
        Arrays.stream(keys)
            .flatMapToLong(Arrays::stream)
            .filter(key -> !restoredKeys.contains(key))
            .count();
    if (count == 0) {
      return;
    }
    // On all cores for a file's keys: each key a probe at random into a table of hundreds of MB.
    StoredKeys.KeyFilter missing =
        new StoredKeys.KeyFilter(count, count < PARALLEL_FILTER_FROM ? 1 : FILTER_PARTS);
    // A block keeps at most its cap + 1 units.
    missing.addAll(keys, key -> !restoredKeys.contains(key), key -> capOf(key) + 1);
    Postings.Batch blocks = postings.batch();
    storedKeys.forEachOf(missing, blocks::add);
    blocks.finish(this::capOf, (key, unit, slot, before) -> {});
    missing.forEachKey(restoredKeys::add);
  }

  /** From how many missing keys (repeats included) {@link #restoreBlocks} fills on all cores. */
  private static final long PARALLEL_FILTER_FROM = 1 << 16;

  /** The parts of a large key filter: one per thread of the common pool and the caller, up to 8. */
  private static final int FILTER_PARTS =
      Integer.highestOneBit(Math.min(8, ForkJoinPool.getCommonPoolParallelism() + 1));

  /**
   * Puts every block that a restore left out in the table: what a restore did before blocks were
   * put when needed (tests compare the two).
   */
  public void restoreAllBlocks() {
    if (storedKeys == null) {
      return;
    }
    if (postings.keys() > 0) {
      throw new IllegalStateException("all blocks are restored before any add");
    }
    Postings.Filling blocks = postings.filling();
    storedKeys.forEachOf(null, blocks::add);
    blocks.finish(this::capOf);
    storedKeys = null;
    restoredKeys = null;
  }

  /**
   * The units of a key's block as the table holds it now, in order (for tests that compare a
   * restore's blocks with those of a full one).
   *
   * @param key a blocking key
   * @return its units; empty if the table holds no block for it
   */
  public int[] blockOf(long key) {
    int slot = postings.find(key);
    int[] out = new int[postings.size(slot)];
    for (int i = 0; i < out.length; i++) {
      out[i] = postings.get(slot, i);
    }
    return out;
  }

  /**
   * Whether clustering every component again would give the groups the index holds, as they are:
   * what lets an add re-cluster only the components it changed (for tests). Only reads the index;
   * the verdicts clustering needs and no pair kept are judged and forgotten.
   *
   * @return true if every group is what clustering its component gives
   */
  public boolean groupsAreClustered() {
    AddTerms terms = new AddTerms(items);
    BitSet done = new BitSet();
    for (int unit = 0; unit < unitMembers.size(); unit++) {
      if (done.get(unit)) {
        continue;
      }
      List<Integer> units = component(unit, done);
      for (int[] group : cluster(units, terms).groups()) {
        int[] members = new int[group.length];
        for (int g = 0; g < group.length; g++) {
          members[g] = units.get(group[g]);
        }
        int id = groupOf.get(members[0]);
        if (id < 0 || !Arrays.equals(groupUnits.get(id), members)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Keeps an item and its signature; returns the item's index. */
  private int append(NewsItem item, ItemSignature signature) {
    items.add(item);
    signatures.add(signature);
    return items.size() - 1;
  }

  /**
   * A unit's neighbours (the units it was paired with as a candidate), sorted, found from the
   * blocks when they are needed (when a copy becomes the unit's representative, which few units
   * see): a block pairs the units among its first cap ones, so the partners through a key are those
   * of its first cap units, if the unit is one of them. Keeping every unit's list instead cost a
   * list per unit and two appends per verified pair on the serial path of every batch. Only reads
   * the index, so units are looked up on several threads at once; the blocks of {@code keys} (the
   * founder's, as signing gives them) must have been restored.
   */
  private int[] neighboursOf(int unit, long[] keys) {
    int founder = unitMembers.founder(unit);
    NewsItem item = items.get(founder);
    IntList partners = new IntList(); // sorted and made distinct at the end
    for (long key : keys) {
      int block = postings.find(key);
      int first = Math.min(postings.size(block), capOf(key));
      boolean paired = false;
      for (int i = 0; i < first && !paired; i++) {
        paired = postings.get(block, i) == unit;
      }
      for (int i = 0; paired && i < first; i++) {
        if (postings.get(block, i) != unit) {
          partners.add(postings.get(block, i));
        }
      }
    }
    if (cross().enabled()) {
      crossBlocks.forEachPartner(
          cross().keys(item, facts.get(founder)),
          unit,
          u -> facts.get(representative.get(u)).language(),
          partners::add);
    }
    return partners.toSortedDistinctArray();
  }

  /**
   * Numbers the kept groups in the order of their first unit and gives each its units, ascending.
   * With arrays, not maps of boxed numbers (a map entry per unit and per story: a tenth of the
   * restore path at 1M items).
   */
  private void restoreGroups(int[] groupOfItem) {
    int unitCount = unitMembers.size();
    int[] keptOf = new int[unitCount];
    for (int unit = 0; unit < unitCount; unit++) {
      int kept = groupOfItem[unitMembers.founder(unit)];
      for (int i = 1, n = unitMembers.count(unit); i < n; i++) {
        if (groupOfItem[unitMembers.get(unit, i)] != kept) {
          throw new IllegalStateException("copies of one content in two kept stories");
        }
      }
      keptOf[unit] = kept;
    }
    // The kept numbers are any ints: ranked among the distinct ones to index arrays.
    int[] rankOf = ranks(keptOf);
    int ranks = 0;
    for (int rank : rankOf) {
      ranks = Math.max(ranks, rank + 1);
    }
    int[] idOfRank = new int[ranks];
    Arrays.fill(idOfRank, -1);
    int[] count = new int[ranks];
    for (int unit = 0; unit < unitCount; unit++) {
      int rank = rankOf[unit];
      if (idOfRank[rank] < 0) {
        idOfRank[rank] = nextGroup++;
      }
      groupOf.set(unit, idOfRank[rank]);
      count[rank]++;
    }
    int[][] members = new int[ranks][];
    for (int r = 0; r < ranks; r++) {
      members[r] = new int[count[r]];
      count[r] = 0;
    }
    for (int unit = 0; unit < unitCount; unit++) {
      int r = rankOf[unit];
      members[r][count[r]++] = unit; // ascending: units are walked in order
    }
    for (int r = 0; r < ranks; r++) {
      groupUnits.put(idOfRank[r], members[r]);
    }
  }

  /**
   * Each number's rank among the distinct numbers given, ascending. A store numbers its kept
   * stories 0, 1, 2, ... as it meets them, so they are counted into an array by value when they are
   * no larger than twice their count (a sort and a binary search per unit were a tenth of the end
   * of a restore, session 15's profile); other numbers are sorted.
   */
  static int[] ranks(int[] numbers) {
    int min = 0;
    int max = -1;
    for (int n : numbers) {
      min = Math.min(min, n);
      max = Math.max(max, n);
    }
    int[] rankOf = new int[numbers.length];
    if (min >= 0 && max < 2L * numbers.length + 16) {
      int[] rankOfValue = new int[max + 1];
      for (int n : numbers) {
        rankOfValue[n] = 1; // present
      }
      int rank = 0;
      for (int v = 0; v <= max; v++) {
        rankOfValue[v] = rankOfValue[v] == 0 ? -1 : rank++;
      }
      for (int i = 0; i < numbers.length; i++) {
        rankOf[i] = rankOfValue[numbers[i]];
      }
      return rankOf;
    }
    int[] distinct = IntStream.of(numbers).sorted().distinct().toArray();
    for (int i = 0; i < numbers.length; i++) {
      rankOf[i] = Arrays.binarySearch(distinct, numbers[i]);
    }
    return rankOf;
  }

  /**
   * The stories of the groups created or changed since the last call (or since {@link
   * #trackChanges()}), merged now on all cores where needed, sorted by first member. A store writes
   * these and nothing else; every other group's story is the one it wrote before.
   *
   * @return the changed stories that still exist
   */
  public List<MergedStory> takeChangedStories() {
    StageClock clock = StageClock.start();
    long verifiedBefore = mergeVerifications.get();
    int[] changed =
        changes.takeGroups().stream()
            .filter(groupUnits::containsKey)
            .mapToInt(Integer::intValue)
            .sorted()
            .toArray();
    MergedStory[] merged = new MergedStory[changed.length];
    // Restored members are read back at once, before the merges need them on several threads.
    items.prefetch(
        IntStream.of(changed)
            .filter(group -> !stories.containsKey(group))
            .flatMap(group -> IntStream.of(groupUnits.get(group)))
            .flatMap(unit -> IntStream.of(unitMembers.toArray(unit))));
    AddTerms terms = changedTerms;
    changedTerms = null;
    int termsBefore = terms != null ? terms.computed() : 0;
    Map<Long, MatchEvidence> verdicts = terms != null ? addVerdicts : null;
    addVerdicts = null;
    IntStream.range(0, changed.length)
        .parallel()
        .forEach(
            i -> {
              MergedStory cached = stories.get(changed[i]);
              merged[i] =
                  cached != null
                      ? cached
                      : terms != null ? merge(changed[i], terms::get, verdicts) : merge(changed[i]);
            });
    List<MergedStory> out = new ArrayList<>(changed.length);
    long links = 0;
    for (int i = 0; i < changed.length; i++) {
      if (!stories.containsKey(changed[i])) {
        merges++;
        links += merged[i].links().size();
        stories.put(changed[i], merged[i]);
      }
      out.add(merged[i]);
    }
    out.sort(Comparator.comparing((MergedStory s) -> s.members().get(0), MemberOrder.ITEMS));
    // What the merges cost, counted: links made, links verified (not found by the add), and terms
    // of held members extracted for them (the add's own count is logged with the add).
    clock.add("stories", 0, changed.length);
    clock.add("links", 0, links);
    clock.add("links-verified", 0, mergeVerifications.get() - verifiedBefore);
    clock.add("terms-computed", 0, terms != null ? terms.computed() - termsBefore : 0);
    clock.lap("merge-changed");
    return out;
  }

  /**
   * The unit pairs whose verdict was recorded since the last call (or since {@link
   * #trackChanges()}), with their latest verdict: a store upserts the same-story ones and deletes
   * the others, so that it keeps exactly the same-story verdicts {@link #restoring} needs.
   *
   * @return the pairs, by content keys
   */
  public List<KeptPair> takeChangedPairs() {
    List<KeptPair> out = new ArrayList<>();
    changes
        .takePairs()
        .forEach((pair, e) -> out.add(new KeptPair(keyOf(pair.left()), keyOf(pair.right()), e)));
    return out;
  }

  private long keyOf(int unit) {
    return signatures.get(unitMembers.founder(unit)).contentKey();
  }
}
