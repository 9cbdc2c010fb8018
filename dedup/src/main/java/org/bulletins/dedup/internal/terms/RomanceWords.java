package org.bulletins.dedup.internal.terms;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.bulletins.facts.Language;

/**
 * The word lists of {@link TermExtractor} for Spanish, French and Portuguese text, beside its
 * English ones: function words (read from the facts module's language profile, {@link
 * Language#functionWords()}, so that the two never drift apart, plus their accented spellings),
 * connectors inside names ({@code Ministério da Saúde}, {@code Organisation internationale pour les
 * migrations}) and months and weekdays, which are never names.
 *
 * <p>Words that are also English words or common parts of names are left out of the function words
 * ({@code son}, {@code no}, {@code plus}, {@code Sao} of Sao Paulo, {@code Al}), and weekdays that
 * are also names or ordinals ({@code Domingo}, {@code segunda}) and the month {@code Mars} out of
 * the calendar, so that English text keeps exactly the terms it had.
 */
public final class RomanceWords {

  private RomanceWords() {}

  /** Function words of one language that are also English words or name parts. */
  private static final Set<String> NOT_FUNCTION =
      Set.of(
          "son", "al", "sao", "da", "do", "dos", "das", "ante", "sin", "plus", "est", "ont", "no",
          "na", "ne", "il", "e", "ou", "sa", "nos", "ja", "ate", "as", "a", "o", "os", "como",
          "fue", "mas", "muy", "vers", "lors", "chez", "pas", "se", "su", "sus", "es", "ce", "qui",
          "com", "um", "para", "esta", "este", "esse", "essa", "foi", "nous", "vous", "ya");

  /** Accented spellings of folded function words (the term extractor does not fold accents). */
  private static final List<String> ACCENTED =
      List.of(
          "más", "también", "según", "después", "está", "están", "été", "après", "à", "où", "não",
          "são", "estão", "até", "após", "também", "já", "através");

  /** Spanish, French and Portuguese function words for {@link TermExtractor}. */
  public static final ImmutableSet<String> FUNCTION_WORDS = functionWords();

  /** Words that join the capitalised words of one name. */
  public static final ImmutableSet<String> CONNECTORS =
      ImmutableSet.of(
          "des", "du", "et", "le", "les", "da", "do", "dos", "das", "e", "el", "para", "pour",
          "por", "em", "contra", "contre", "sobre", "sur");

  /** Months and weekdays, lower case as written. */
  public static final ImmutableSet<String> CALENDAR =
      ImmutableSet.copyOf(
          ("enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre"
                  + " noviembre diciembre lunes martes miércoles jueves viernes sábado"
                  + " janvier février avril mai juin juillet août septembre octobre novembre"
                  + " décembre lundi mardi mercredi jeudi vendredi samedi dimanche"
                  + " janeiro fevereiro março maio junho julho setembro outubro novembro dezembro")
              .split(" "));

  private static ImmutableSet<String> functionWords() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (Language language : List.of(Language.ES, Language.FR, Language.PT)) {
      for (String word : language.functionWords()) {
        if (!NOT_FUNCTION.contains(word) && word.length() > 1) {
          words.add(word);
        }
      }
    }
    for (String word : ACCENTED) {
      words.add(word);
    }
    return words.build();
  }
}
