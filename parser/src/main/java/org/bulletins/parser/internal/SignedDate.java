package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A date signed with its author's name, as blogs stamp an entry: the byline first ({@code Posted by
 * Jane Doe on March 5, 2024}, {@code Publicado por Ana Costa el 1 de marzo de 2024}, {@code Publié
 * par Marie Dupont le 29 février 2024}, {@code By Tom Lee on 4 March 2024}) or after the date
 * ({@code March 3, 2024 by Ana Costa}, {@code 3 de março de 2024 por Ana Costa}). The name must be
 * one ({@link Byline#isName}): {@code March 3, 2024 by the harbour} is a date in a title. After the
 * date, {@code par} and {@code por} may also sign with a site's user name or an office ({@code 23
 * février 2024, par webmestre}, {@code par le bureau}), as SPIP and Joomla sites do.
 */
final class SignedDate {

  /** The verbs (folded) a byline may follow: {@code Posted by}, {@code Publié par}. */
  static final Set<String> VERBS =
      ImmutableSet.of(
          "posted",
          "published",
          "written",
          "publicado",
          "publicada",
          "escrito",
          "escrita",
          "postado",
          "postada",
          "poste",
          "postee",
          "publie",
          "publiee",
          "ecrit",
          "redige",
          "redigee");

  /** The words (folded) between a name and its date: {@code on}, {@code el}, {@code le}. */
  private static final Set<String> BEFORE_DATE = ImmutableSet.of("on", "el", "le", "em", "a", "o");

  /** The words between signing names and their date in the Romance languages. */
  private static final List<String> ROMANCE_BEFORE_DATE = List.of("le", "el", "em");

  /** The words that join two names: {@code Julie Martin et Paul Roux}. */
  private static final Set<String> NAME_JOINERS = ImmutableSet.of("et", "y", "e");

  /** The byline words of the Romance languages, which may sign with a user name or an office. */
  private static final Set<String> ROMANCE_BYLINE_WORDS = ImmutableSet.of("par", "por");

  /** The articles before an office that signs: {@code par le bureau}, {@code por la redacción}. */
  private static final Set<String> ARTICLES = ImmutableSet.of("le", "la", "l'", "el", "o", "a");

  /** The most words of an office after its article. */
  private static final int MAX_OFFICE_WORDS = 3;

  private static final int MIN_NAME_WORDS = 2;
  private static final int MAX_NAME_WORDS = 4;

  private SignedDate() {}

  /**
   * Reads a date signed with a name.
   *
   * @param written the text as written (normalised)
   * @param folded the same text folded, of the same length
   * @param dates the date recogniser
   * @return the date line, or empty if the text is no signed date
   */
  static Optional<DateLine> parse(String written, String folded, DateLineParser dates) {
    if (written.length() != folded.length()) {
      return Optional.empty(); // a char folded to two: the words would not line up
    }
    if (!folded.contains("by ") && !folded.contains("por ") && !folded.contains("par ")) {
      return namesFirst(written, folded, dates);
    }
    Optional<DateLine> first = bylineFirst(written.split(" "), folded.split(" "), dates);
    return first.isPresent() ? first : dateFirst(written, folded, dates);
  }

  /** {@code [verb] by NAME [on] DATE}. */
  private static Optional<DateLine> bylineFirst(
      String[] written, String[] folded, DateLineParser dates) {
    int by = folded.length > 0 && VERBS.contains(folded[0]) ? 1 : 0;
    if (folded.length < by + 3 || !Byline.WORDS.contains(folded[by])) {
      return Optional.empty();
    }
    String byline = String.join(" ", Arrays.asList(written).subList(by, written.length));
    int lastName = Math.min(folded.length - 2, by + Byline.MAX_WORDS);
    for (int end = by + 2; end <= lastName + 1 && end < folded.length; end++) {
      // words by+1 .. end-1 are the name; the date starts at end, after an optional "on"
      if (!Byline.isName(byline, end - by)) {
        continue;
      }
      int start = BEFORE_DATE.contains(folded[end]) ? end + 1 : end;
      if (start < folded.length) {
        Optional<DateLine> date =
            dates.parse(String.join(" ", Arrays.asList(folded).subList(start, folded.length)));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code NAME, NAME le DATE} with no {@code par} before the names, as a French, Spanish or
   * Portuguese article is signed ({@code Julie Martin, Paul Roux le mardi 4 juin 2024}, {@code Ana
   * Ruiz y Luis Gil el 3 de marzo de 2024}). Each name is two to four capitalised words, so that a
   * title ({@code Élections le 4 juin 2024}, {@code Conseil municipal le 4 juin 2024}) is none.
   */
  private static Optional<DateLine> namesFirst(
      String written, String folded, DateLineParser dates) {
    for (String word : ROMANCE_BEFORE_DATE) {
      int at = folded.indexOf(" " + word + " ");
      if (at > 0 && isNames(written.substring(0, at))) {
        return dates.parse(folded.substring(at + word.length() + 2));
      }
    }
    return Optional.empty();
  }

  /**
   * Names of two to four capitalised words, parted by commas or {@code et}, {@code y}, {@code e}.
   */
  private static boolean isNames(String text) {
    String[] words = text.split(" ");
    int inName = 0;
    int names = 1;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      boolean lastOfName = word.endsWith(",");
      String bare = lastOfName ? word.substring(0, word.length() - 1) : word;
      if (NAME_JOINERS.contains(bare) && inName > 0) {
        if (inName < MIN_NAME_WORDS) {
          return false;
        }
        inName = 0;
        names++;
        continue;
      }
      if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0)) || !Byline.isNameWord(bare)) {
        return false;
      }
      inName++;
      if (inName > MAX_NAME_WORDS || (lastOfName && inName < MIN_NAME_WORDS)) {
        return false;
      }
      if (lastOfName) {
        inName = 0;
        names++;
      }
    }
    // Two names or more: one pair of capitalised words before "le" is as often an event's title
    // ("Journée Portes Ouvertes le samedi 15 juin 2024").
    return inName >= MIN_NAME_WORDS && names >= 2;
  }

  /** {@code DATE by NAME}, {@code DATE, par webmestre}, {@code DATE, par la rédaction}. */
  private static Optional<DateLine> dateFirst(String written, String folded, DateLineParser dates) {
    for (String word : Byline.WORDS) {
      int at = folded.indexOf(" " + word + " ");
      if (at > 0
          && (Byline.is(written.substring(at + 1), folded.substring(at + 1))
              || (ROMANCE_BYLINE_WORDS.contains(word)
                  && isRomanceSigner(
                      written.substring(at + word.length() + 2),
                      folded.substring(at + word.length() + 2))))) {
        Optional<DateLine> date = dates.parse(folded.substring(0, at));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Who signs after {@code par} or {@code por} where no name stands: a site's user name in lower
   * case ({@code webmestre}, {@code admin2}; {@code par Doisneau} credits a title) or an office
   * after an article ({@code le bureau}, {@code la rédaction}, {@code el equipo de prensa}).
   */
  private static boolean isRomanceSigner(String written, String folded) {
    String[] words = folded.split(" ");
    if (words.length == 1) {
      // "par webmestre", "por admin2"; "por dentro", "par ailleurs" are a title's words
      return written.equals(written.toLowerCase(Locale.ROOT))
          && (OFFICES.contains(words[0]) || USERS.contains(words[0]) || isNumberedUser(words[0]));
    }
    if (!ARTICLES.contains(words[0])
        || words.length > 1 + MAX_OFFICE_WORDS
        || !OFFICES.contains(words[1])) {
      return false; // "par le menu", "por la tarde": a title's words
    }
    for (int i = 2; i < words.length; i++) {
      if (!isLetters(words[i])) {
        return false; // "par le service, 3 km": a sentence
      }
    }
    return true;
  }

  /** The first word of an office that signs, folded: {@code la rédaction}, {@code el equipo}. */
  private static final Set<String> OFFICES =
      ImmutableSet.of(
          "redaction",
          "redaccion",
          "redacao",
          "mairie",
          "bureau",
          "service",
          "secretariat",
          "equipe",
          "equipo",
          "webmestre",
          "webmaster",
          "administrateur",
          "administrador",
          "comite",
          "ayuntamiento",
          "prefeitura",
          "assessoria",
          "oficina",
          "departamento",
          "direction",
          "direccion",
          "gabinete",
          "communication",
          "comunicacion",
          "comunicacao");

  /** The user names sites give their editors, folded. */
  private static final Set<String> USERS =
      ImmutableSet.of("admin", "administrator", "editor", "editeur", "redac", "webadmin");

  /**
   * A site's user name with a digit, a dot or an underscore in it ({@code admin2}, {@code
   * j.martin}, {@code com_mairie}): a letter, then letters, digits, {@code .}, {@code _} or {@code
   * -}.
   */
  private static boolean isNumberedUser(String word) {
    boolean marked = false;
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      marked |= Character.isDigit(c) || c == '.' || c == '_';
    }
    return marked && DecoratedDate.isUserName(word, 0);
  }

  private static boolean isLetters(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) && c != '\'' && c != '-') {
        return false;
      }
    }
    return true;
  }
}
