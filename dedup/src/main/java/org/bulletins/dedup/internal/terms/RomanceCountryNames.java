package org.bulletins.dedup.internal.terms;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Spanish, French and Portuguese names of the countries of {@link Countries}' gazetteer, from
 * the JDK's locale data (as the facts module reads them): {@code Brasil}, {@code Brésil}, {@code
 * Haití}, {@code Pérou} count as Brazil, Haiti, Peru. Only the gazetteer's countries get names, so
 * that the terms of English text do not change; a name that is also an English word ({@code chili})
 * is left out.
 */
final class RomanceCountryNames {

  private RomanceCountryNames() {}

  private static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("es"), Locale.FRENCH, Locale.forLanguageTag("pt"));

  private static final Set<String> ENGLISH_WORDS = Set.of("chili", "salvador");

  /**
   * Lower-case forms in the three languages for canonical English names.
   *
   * @param canonicals the gazetteer's canonical names, lower case ({@code "brazil"})
   * @return each new form with its canonical name; forms already known are the caller's to keep
   */
  static Map<String, String> forms(Set<String> canonicals) {
    Map<String, String> forms = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      String english = country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (!canonicals.contains(english)) {
        continue;
      }
      for (Locale language : LANGUAGES) {
        String name = country.getDisplayCountry(language);
        int bracket = name.indexOf('(');
        String form =
            (bracket > 0 ? name.substring(0, bracket) : name).strip().toLowerCase(language);
        if (!form.isEmpty() && !ENGLISH_WORDS.contains(form) && form.split(" ").length <= 4) {
          forms.put(form, english);
        }
      }
    }
    return forms;
  }
}
