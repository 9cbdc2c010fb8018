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
