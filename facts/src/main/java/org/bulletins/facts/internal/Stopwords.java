package org.bulletins.facts.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bulletins.facts.Language;

/**
 * The most frequent function words of each language, folded (no accents). They serve twice: as the
 * language profile (which language's words does a text use most) and as the words that never name
 * what a number counts.
 */
public final class Stopwords {

  private static final Map<Language, Set<String>> WORDS = new EnumMap<>(Language.class);

  static {
    WORDS.put(
        Language.EN,
        Set.of(
            "the", "of", "and", "to", "in", "a", "is", "for", "on", "with", "by", "from", "that",
            "this", "are", "was", "were", "has", "have", "had", "its", "their", "at", "an", "as",
            "be", "been", "which", "who", "will", "would", "it", "they", "these", "those", "or",
            "but", "not", "also", "than", "more", "into", "about", "between", "during", "after",
            "before", "through", "under", "over", "while", "can", "our", "we", "there", "such",
            "other", "all"));
    WORDS.put(
        Language.ES,
        Set.of(
            "el", "la", "los", "las", "de", "del", "y", "a", "en", "un", "una", "unos", "unas",
            "por", "con", "para", "que", "se", "su", "sus", "al", "es", "son", "fue", "fueron",
            "como", "mas", "este", "esta", "estos", "estas", "entre", "sobre", "tambien", "lo",
            "le", "les", "ha", "han", "hay", "desde", "hasta", "durante", "pero", "sin", "muy",
            "ya", "donde", "cuando", "otros", "otras", "segun", "ante", "tras"));
    WORDS.put(
        Language.FR,
        Set.of(
            "le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est", "sont", "dans",
            "pour", "par", "sur", "avec", "au", "aux", "qui", "que", "ont", "a", "ete", "ce",
            "cette", "ces", "se", "sa", "son", "ses", "leur", "leurs", "il", "elle", "ils", "elles",
            "pas", "ne", "plus", "mais", "ou", "entre", "depuis", "lors", "apres", "avant", "aussi",
            "selon", "chez", "vers", "d", "l", "qu", "nous", "vous"));
    WORDS.put(
        Language.PT,
        Set.of(
            "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "nos",
            "nas", "um", "uma", "uns", "umas", "por", "pelo", "pela", "pelos", "pelas", "com",
            "para", "que", "se", "seu", "sua", "seus", "suas", "ao", "aos", "foi", "foram", "sao",
            "esta", "estao", "como", "mais", "este", "esse", "essa", "entre", "sobre", "tambem",
            "nao", "ja", "ate", "durante", "desde", "onde", "quando", "outros", "outras", "segundo",
            "apos"));
  }

  private static final Set<String> ALL = new HashSet<>();

  static {
    WORDS.values().forEach(ALL::addAll);
  }

  private Stopwords() {}

  /**
   * The function words of one language.
   *
   * @param language EN, ES, FR or PT
   * @return the folded words
   */
  public static Set<String> of(Language language) {
    return WORDS.getOrDefault(language, Set.of());
  }

  /**
   * Whether a folded word is a function word in any of the four languages.
   *
   * @param folded a folded word
   * @return true if so
   */
  public static boolean any(String folded) {
    return ALL.contains(folded);
  }
}
