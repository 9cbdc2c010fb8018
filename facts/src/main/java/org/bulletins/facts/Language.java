package org.bulletins.facts;

import java.util.Locale;

/**
 * The language of an item, as far as the extractor can tell from its function words.
 *
 * <pre>{@code
 * Language.ES.code() // "es"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Language {
  /** English. */
  EN,
  /** Spanish. */
  ES,
  /** French. */
  FR,
  /** Portuguese. */
  PT,
  /** Too little text, or no language clearly ahead of the others. */
  UNKNOWN;

  /**
   * The lower-case ISO 639-1 code ({@code en}, {@code es}, {@code fr}, {@code pt}), or {@code
   * unknown}.
   *
   * @return the code
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language of a code, ignoring case: {@code "es"} is {@link #ES}.
   *
   * @param code a code as returned by {@link #code()}
   * @return the language
   * @throws IllegalArgumentException if the code is none of them
   */
  public static Language ofCode(String code) {
    for (Language language : values()) {
      if (language.code().equalsIgnoreCase(code.strip())) {
        return language;
      }
    }
    throw new IllegalArgumentException("unknown language code: " + code + " (en, es, fr, pt)");
  }

  /**
   * The most frequent function words of this language, folded (lower case, no accents): the profile
   * the language guess reads. Empty for {@link #UNKNOWN}.
   *
   * <pre>{@code
   * Language.ES.functionWords().contains("segun"); // true
   * }</pre>
   *
   * @return the words, immutable
   */
  public java.util.Set<String> functionWords() {
    return org.bulletins.facts.internal.Stopwords.of(this);
  }
}
