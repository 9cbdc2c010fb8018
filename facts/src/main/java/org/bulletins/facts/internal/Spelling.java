package org.bulletins.facts.internal;

import java.util.List;
import java.util.Locale;
import org.bulletins.facts.Language;

/**
 * Spelling marks that only some of the four languages use: {@code ñ} and {@code -ción} are Spanish,
 * {@code ã} and {@code -ção} Portuguese, {@code è} and {@code -eau} French, {@code th} and {@code
 * -ing} English. They back the function words when a text has few of them (a title, a one-line
 * item): "Capacitan a funcionarios consulares en atención a víctimas" has as many French as Spanish
 * function words, but {@code atención} is Spanish. Each word gives at most one mark.
 */
final class Spelling {

  private Spelling() {}

  /**
   * The languages whose spelling a word shows, or an empty list.
   *
   * @param text the word as written
   * @return the languages, each sharing the mark's weight equally
   */
  static List<Language> of(String text) {
    if (text.length() < 3) {
      return List.of();
    }
    String w = text.toLowerCase(Locale.ROOT);
    if (w.contains("ñ")
        || w.endsWith("ción")
        || w.endsWith("ciones")
        || w.endsWith("aron")
        || w.endsWith("ieron")) {
      return ES;
    }
    if (w.contains("ã")
        || w.contains("õ")
        || w.endsWith("ção")
        || w.endsWith("ções")
        || w.contains("lh")
        || w.endsWith("aram")) {
      return PT;
    }
    if (w.contains("è")
        || w.contains("ê")
        || w.contains("ë")
        || w.contains("î")
        || w.contains("û")
        || w.contains("ù")
        || w.contains("œ")
        || w.contains("eau")
        || w.endsWith("eux")
        || w.endsWith("ée")
        || w.endsWith("ées")) {
      return FR;
    }
    if (w.contains("ç")) {
      return FR_PT;
    }
    if (w.contains("th") || w.contains("w") || (w.length() > 5 && w.endsWith("ing"))) {
      return EN;
    }
    return List.of();
  }

  private static final List<Language> EN = List.of(Language.EN);
  private static final List<Language> ES = List.of(Language.ES);
  private static final List<Language> FR = List.of(Language.FR);
  private static final List<Language> PT = List.of(Language.PT);
  private static final List<Language> FR_PT = List.of(Language.FR, Language.PT);
}
