package org.bulletins.facts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folded phrases (sequences of words) and what they stand for, found in a word sequence by longest
 * match: at each position the longest phrase that starts there wins, so {@code Guinea Bissau} is
 * not also {@code Guinea}. Phrases are indexed by their first word; matching is linear in the text
 * times the few phrases that share a first word.
 */
final class PhraseTable {

  /** A phrase found: its value and the word positions it covers. */
  record Match(String value, int start, int end) {}

  private record Phrase(List<String> words, String value) {}

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

  /**
   * Adds a phrase; a phrase already present keeps its first value.
   *
   * @param text the phrase, tokenised and folded here (punctuation dropped)
   * @param value what it stands for
   */
  void add(String text, String value) {
    List<String> words = new ArrayList<>();
    for (Token token : Tokenizer.tokenize(text)) {
      if (token.kind() == Token.Kind.WORD) {
        words.add(token.folded());
      }
    }
    if (words.isEmpty()) {
      return;
    }
    List<Phrase> phrases = byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>());
    for (Phrase phrase : phrases) {
      if (phrase.words().equals(words)) {
        return;
      }
    }
    phrases.add(new Phrase(List.copyOf(words), value));
  }

  /**
   * The longest matches in a word sequence, left to right, not overlapping.
   *
   * @param words the text's word tokens
   * @param accept which matches to keep, given the match (e.g. it must start with a capital)
   * @return the matches
   */
  List<Match> find(List<Token> words, java.util.function.Predicate<Match> accept) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Match best = null;
      for (Phrase phrase : byFirstWord.getOrDefault(words.get(i).folded(), List.of())) {
        int length = phrase.words().size();
        if (i + length <= words.size()
            && (best == null || length > best.end() - best.start())
            && matchesAt(words, i, phrase.words())) {
          Match candidate = new Match(phrase.value(), i, i + length);
          if (accept.test(candidate)) {
            best = candidate;
          }
        }
      }
      if (best != null) {
        matches.add(best);
        i = best.end();
      } else {
        i++;
      }
    }
    return matches;
  }

  private static boolean matchesAt(List<Token> words, int start, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!words.get(start + k).folded().equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }
}
