package org.bulletins.dedup.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;

/**
 * Stand-ins for the facts of an item that the {@link IncrementalIndex} has not extracted: only the
 * language is known. While an index holds items of one known language (or of none), the
 * cross-language rule never links two of them, so it guesses each item's language (a fraction of
 * the cost of its facts) and extracts the facts only when a second language arrives, as the batch
 * engine's {@code CrossLanguageRun} does for one batch. A store keeps a stand-in as such, so that
 * the facts are extracted then, once, for the items that need them.
 *
 * <p>A stand-in is told apart by identity: there is exactly one per language, and extracted facts
 * are never one of them (even when they hold nothing but the language).
 *
 * <pre>{@code
 * ItemFacts kept = LanguageOnlyFacts.of(Language.ENGLISH);
 * LanguageOnlyFacts.is(kept);                    // true: extract before use
 * LanguageOnlyFacts.is(CrossLanguage.facts(item)); // false
 * }</pre>
 */
public final class LanguageOnlyFacts {

  private static final Map<Language, ItemFacts> STAND_INS = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      STAND_INS.put(
          language,
          new ItemFacts(language, List.of(), List.of(), List.of(), List.of(), Optional.empty()));
    }
  }

  private LanguageOnlyFacts() {}

  /**
   * The stand-in for an item of a language whose facts were not extracted.
   *
   * @param language the item's language
   * @return the one stand-in of that language
   */
  public static ItemFacts of(Language language) {
    return STAND_INS.get(language);
  }

  /**
   * Whether facts are a stand-in (only the language is known), not extracted facts.
   *
   * @param facts facts
   * @return true for the stand-in of their language
   */
  @SuppressWarnings("ReferenceEquality") // identity is the mark: equal facts may be extracted ones
  public static boolean is(ItemFacts facts) {
    return STAND_INS.get(facts.language()) == facts;
  }
}
