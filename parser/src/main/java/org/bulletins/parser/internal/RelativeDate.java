package org.bulletins.parser.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.bulletins.model.DiagnosticCode;

/**
 * Recognises a date line that counts from the day the page was read: {@code 2 days ago}, {@code
 * Yesterday, 10:30}, {@code Hace 3 días} (or {@code 3 días hace}), {@code Il y a 2 jours}, {@code
 * Há 5 horas}, {@code Publicado hoje}. The page does not say which day that was, so the item gets
 * no date and a {@code date.relative} warning; the line still starts its item and is never taken
 * for a title or a paragraph.
 */
final class RelativeDate {

  /** Longest line considered, in chars. */
  static final int MAX_LENGTH = 48;

  /** The most words in a site's name beside a relative date. */
  private static final int MAX_SOURCE_WORDS = 5;

  /** A count: digits or the word for one. */
  private static final String COUNT = "(?:\\d{1,3}|an?|one|un|una|une|um|uma)";

  /** The forms, folded (lower case, no accents), each matched against the whole line. */
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?:(?:posted|published|updated|publie|publicado|publicada|actualizado|atualizado) )?"
              + "(?:"
              + COUNT
              + " (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago"
              + "|hace "
              + COUNT
              + " (?:segundos?|minutos?|min|horas?|dias?|semanas?|mes|meses|anos?)"
              // "14 horas hace": a theme's "%s hace" puts the word last
              + "|"
              + COUNT
              + " (?:segundos?|minutos?|min|horas?|dias?|semanas?|mes|meses|anos?) hace"
              + "|il y a "
              + COUNT
              + " (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)"
              + "|ha "
              + COUNT
              + " (?:segundos?|minutos?|min|horas?|dias?|semanas?|mes|meses|anos?)"
              + "|just now|today|yesterday|hoy|ayer|anteayer|aujourd'hui|hier|avant-hier|hoje"
              + "|ontem|anteontem)"
              + "(?:,? (?:at |a las |a |as )?(?:[01]?\\d|2[0-3])(?:[:.h]\\d{2})?"
              + "(?: ?(?:a\\.?m\\.?|p\\.?m\\.?|h))?)?");

  /**
   * The first chars the forms open with (a count, a keyword or a lead-in), in lower case: {@code
   * 2}, {@code an}, {@code hace}, {@code il}, {@code ha}, {@code today}, {@code yesterday}, {@code
   * ontem}, {@code just}, {@code un}, {@code posted}, {@code actualizado}...
   */
  private static final String INITIALS = "0123456789ahitoyjup";

  private RelativeDate() {}

  /**
   * A necessary condition, without folding: the line opens as one of the forms, and holds no year
   * (no run of four digits), which rules out most short titles.
   */
  private static boolean mayBeRelative(String text) {
    if (INITIALS.indexOf(Character.toLowerCase(text.charAt(0))) < 0) {
      return false;
    }
    return !DateLineParser.hasFourDigits(text, 0);
  }

  /**
   * Reads a relative date beside the name of the site that published the item, parted by a middle
   * dot, a bullet or a bar, as news aggregators list their results ({@code City Press · 2 hours
   * ago}, {@code hace 3 días | El Diario}). The name is at most {@value #MAX_SOURCE_WORDS} words
   * with no sentence's end in it.
   *
   * @param text the line as the classifier detects dates in it (normalised)
   * @return the date line, with no date and a {@code date.relative} warning, or empty
   */
  static Optional<DateLine> parseBesideSource(String text) {
    if (text.indexOf('·') < 0 && text.indexOf('•') < 0 && text.indexOf('|') < 0) {
      return Optional.empty(); // most lines: three vectorised scans, not the loop below
    }
    int separator = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '·' || c == '•' || c == '|') {
        if (separator >= 0) {
          return Optional.empty(); // one separator only: two parts
        }
        separator = i;
      }
    }
    if (separator <= 0 || separator == text.length() - 1) {
      return Optional.empty();
    }
    String before = text.substring(0, separator).strip();
    String after = text.substring(separator + 1).strip();
    if (isSource(before)) {
      Optional<DateLine> date = parse(after);
      if (date.isPresent()) {
        return date;
      }
    }
    return isSource(after) ? parse(before) : Optional.empty();
  }

  /**
   * A site's name ({@code G1}, {@code 20 Minutes}) or a count: a few words that open with a letter
   * or a digit, no sentence's end.
   */
  private static boolean isSource(String text) {
    if (text.isEmpty()
        || !Character.isLetterOrDigit(text.codePointAt(0)) // so that the writer's "&#49;" is none
        || text.split(" ").length > MAX_SOURCE_WORDS) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '!' || c == '?' || (c == '.' && i == text.length() - 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a relative date line.
   *
   * @param text the line as the classifier detects dates in it (normalised)
   * @return the date line, with no date and a {@code date.relative} warning, or empty
   */
  static Optional<DateLine> parse(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH || !mayBeRelative(text)) {
      return Optional.empty();
    }
    String folded = DateLineParser.foldText(text).strip().replace('’', '\'');
    if (!RELATIVE.matcher(folded).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        DateLine.undated(
            DiagnosticCode.DATE_RELATIVE,
            "\""
                + text.strip()
                + "\" counts from a day the page does not state; the item has no date"));
  }
}
