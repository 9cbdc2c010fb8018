package org.bulletins.facts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Countries named in a text, as ISO 3166 alpha-2 codes: the JDK's country names in English,
 * Spanish, French and Portuguese ({@link Locale#getDisplayCountry(Locale)}), which must start with
 * a capital in the text ({@code Chile}, not the pepper {@code chile}), and the {@link Demonyms},
 * which may be lower case ({@code guatemalteco}) but for the English ones (lower case {@code
 * polish} is a verb).
 */
public final class CountryFinder {

  private static final List<Locale> LANGUAGES =
      List.of(
          Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH, Locale.forLanguageTag("pt"));

  private static final String DEMONYM = "demonym:";

  private final PhraseTable table = new PhraseTable();

  /** Builds the table once; the finder is immutable afterwards and safe to share. */
  public CountryFinder() {
    // Demonyms first: "Costa Rican" must not lose to "Costa Rica" + "n"; they never share words.
    for (Map.Entry<String, String> demonym : Demonyms.all().entrySet()) {
      table.add(demonym.getKey(), DEMONYM + demonym.getValue());
    }
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (Locale language : LANGUAGES) {
        String name = country.getDisplayCountry(language);
        if (name.isEmpty() || name.equals(code)) {
          continue;
        }
        int bracket = name.indexOf('(');
        table.add(bracket > 0 ? name.substring(0, bracket) : name, code);
      }
    }
    // Abbreviations the JDK does not give: EE.UU. (es), EUA (pt), É.-U. (fr), USA.
    for (String abbreviation : List.of("EE UU", "EEUU", "EUA", "É U", "USA")) {
      table.add(abbreviation, "US");
    }
  }

  /**
   * The codes of the countries named, in order of first mention.
   *
   * @param words the text's word tokens
   * @param into where to add codes not yet there
   */
  public void find(List<Token> words, java.util.Collection<String> into) {
    for (PhraseTable.Match match :
        table.find(
            words,
            m ->
                (!m.value().startsWith(DEMONYM) || m.value().endsWith("*"))
                    ? words.get(m.start()).capitalized()
                    : true)) {
      String code =
          match.value().startsWith(DEMONYM)
              ? match.value().substring(DEMONYM.length(), DEMONYM.length() + 2)
              : match.value();
      if (!into.contains(code)) {
        into.add(code);
      }
    }
  }
}
