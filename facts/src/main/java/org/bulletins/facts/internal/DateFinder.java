package org.bulletins.facts.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulletins.facts.Language;

/**
 * Calendar days named in a text: {@code On May 27}, {@code May 11, 12 and 14}, {@code the 18th and
 * 19th of May, 2021}, {@code Saturday 21 and Sunday 22 November}, {@code 27 de mayo}, {@code le 27
 * mai}, {@code 26 de agosto de 2019}. Month names are those of the item's language (all four when
 * it is unknown), so that the Spanish place name {@code La 25 de Julio} in an English item is no
 * date; English month names must be capitalised ({@code may} is a verb).
 *
 * <p>A day with its year is taken as written. A day without a year is resolved against the item's
 * date: the nearest such day in the item's year or the years either side, unless another is nearly
 * as near (less than {@value #CLEAR_MARGIN_DAYS} days more), which leaves it out. Without an item
 * date, such days are left out: never guessed.
 */
public final class DateFinder {

  static final int CLEAR_MARGIN_DAYS = 30;

  private static final Map<Language, List<String>> MONTHS = new EnumMap<>(Language.class);

  static {
    MONTHS.put(
        Language.EN,
        List.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december"));
    MONTHS.put(
        Language.ES,
        List.of(
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre"));
    MONTHS.put(
        Language.FR,
        List.of(
            "janvier",
            "fevrier",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "aout",
            "septembre",
            "octobre",
            "novembre",
            "decembre"));
    MONTHS.put(
        Language.PT,
        List.of(
            "janeiro",
            "fevereiro",
            "marco",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro"));
  }

  /**
   * Whether a folded word is a month name in any of the four languages.
   *
   * @param folded a folded word
   * @return true for {@code december}, {@code diciembre}...
   */
  public static boolean isMonthName(String folded) {
    for (List<String> names : MONTHS.values()) {
      if (names.contains(folded)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> WEEKDAYS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "lunes",
          "martes",
          "miercoles",
          "jueves",
          "viernes",
          "sabado",
          "domingo",
          "lundi",
          "mardi",
          "mercredi",
          "jeudi",
          "vendredi",
          "samedi",
          "dimanche",
          "segunda",
          "terca",
          "quarta",
          "quinta",
          "sexta",
          "feira");

  private static final Set<String> LIST_WORDS =
      Set.of("and", "to", "y", "al", "a", "et", "au", "e", "ao", "the", "el", "le", "o");

  private static final Set<String> OF = Set.of("of", "de", "del", "do");

  private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th", "er", "o", "º", "ª");

  /** A span of tokens that names days of one month, and the year if written. */
  record DateSpan(int start, int end, List<Integer> days, int month, Optional<Integer> year) {}

  private final Map<String, Integer> months;
  private final boolean englishMonths;

  private DateFinder(Map<String, Integer> months, boolean englishMonths) {
    this.months = months;
    this.englishMonths = englishMonths;
  }

  /**
   * A finder for the month names of one language, or all four for {@link Language#UNKNOWN}.
   *
   * @param language the item's language
   * @return the finder
   */
  public static DateFinder forLanguage(Language language) {
    Map<String, Integer> months = new HashMap<>();
    for (Map.Entry<Language, List<String>> entry : MONTHS.entrySet()) {
      if (language == Language.UNKNOWN || entry.getKey() == language) {
        List<String> names = entry.getValue();
        for (int m = 0; m < names.size(); m++) {
          months.put(names.get(m), m + 1);
        }
        if (entry.getKey() == Language.ES) {
          months.put("setiembre", 9);
        }
      }
    }
    return new DateFinder(months, language == Language.EN || language == Language.UNKNOWN);
  }

  /**
   * Finds the days named and marks the tokens they use.
   *
   * @param tokens the text's tokens
   * @param itemDate the item's date, to resolve days without a year
   * @param used set to true for every token of a date (resolved or not)
   * @param into where to add dates not yet there
   */
  public void find(
      List<Token> tokens,
      Optional<LocalDate> itemDate,
      boolean[] used,
      Collection<LocalDate> into) {
    int i = 0;
    while (i < tokens.size()) {
      Optional<DateSpan> span = spanAt(tokens, i);
      if (span.isEmpty()) {
        i++;
        continue;
      }
      DateSpan date = span.get();
      for (int k = date.start(); k < date.end(); k++) {
        used[k] = true;
      }
      for (int day : date.days()) {
        resolve(day, date.month(), date.year(), itemDate)
            .filter(d -> !into.contains(d))
            .ifPresent(into::add);
      }
      i = date.end();
    }
  }

  /**
   * The date span starting at token {@code i}: days then month ({@code 27 de mayo}) or month then
   * days ({@code May 27}), each with an optional year.
   *
   * @param tokens the tokens
   * @param i where the span would start
   * @return the span, if one starts there
   */
  Optional<DateSpan> spanAt(List<Token> tokens, int i) {
    List<Integer> days = new ArrayList<>();
    int month = monthAt(tokens, i);
    if (month > 0) {
      int end = dayList(tokens, i + 1, days);
      if (days.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(withYear(tokens, i, end, days, month));
    }
    int end = dayList(tokens, i, days);
    if (days.isEmpty()) {
      return Optional.empty();
    }
    int m = end;
    if (m < tokens.size() && OF.contains(tokens.get(m).folded())) {
      m++;
    }
    month = monthAt(tokens, m);
    if (month <= 0) {
      return Optional.empty();
    }
    return Optional.of(withYear(tokens, i, m + 1, days, month));
  }

  private DateSpan withYear(List<Token> tokens, int start, int end, List<Integer> days, int month) {
    int k = end;
    if (k < tokens.size() && (tokens.get(k).is(',') || OF.contains(tokens.get(k).folded()))) {
      k++;
    }
    if (k < tokens.size() && isYear(tokens.get(k))) {
      return new DateSpan(
          start, k + 1, days, month, Optional.of(Integer.parseInt(tokens.get(k).text())));
    }
    return new DateSpan(start, end, days, month, Optional.empty());
  }

  /** Reads {@code 11, 12 and 14} or {@code 21 and Sunday 22}; returns the index after it. */
  private static int dayList(List<Token> tokens, int i, List<Integer> days) {
    int next = dayAt(tokens, i, days);
    if (next < 0) {
      return i;
    }
    int end = next;
    while (true) {
      int k = end;
      int skipped = 0;
      while (k < tokens.size()
          && skipped < 3
          && (tokens.get(k).is(',')
              || tokens.get(k).is('-')
              || tokens.get(k).is('\u2013')
              || LIST_WORDS.contains(tokens.get(k).folded())
              || WEEKDAYS.contains(tokens.get(k).folded()))) {
        k++;
        skipped++;
      }
      if (skipped == 0) {
        return end;
      }
      int after = dayAt(tokens, k, days);
      if (after < 0) {
        return end;
      }
      end = after;
    }
  }

  /** A day number 1-31 (with an ordinal suffix if any) at i: adds it, returns the index after. */
  private static int dayAt(List<Token> tokens, int i, List<Integer> days) {
    if (i >= tokens.size()) {
      return -1;
    }
    Token token = tokens.get(i);
    if (token.kind() != Token.Kind.NUMBER
        || token.text().length() > 2
        || attachedBefore(tokens, i)) {
      return -1;
    }
    int day = Integer.parseInt(token.text());
    if (day < 1 || day > 31) {
      return -1;
    }
    int end = i + 1;
    if (end < tokens.size() && !tokens.get(end).spaceBefore()) {
      Token suffix = tokens.get(end);
      if (suffix.kind() == Token.Kind.WORD && ORDINALS.contains(suffix.folded())) {
        end++;
      } else if (suffix.kind() != Token.Kind.PUNCT || suffix.is('-') || suffix.is('%')) {
        return -1; // 19 in COVID-19, 2 in 2x
      }
    }
    days.add(day);
    return end;
  }

  /** Whether token i is glued to a word or hyphen before it ({@code 19} in {@code COVID-19}). */
  static boolean attachedBefore(List<Token> tokens, int i) {
    if (i == 0 || tokens.get(i).spaceBefore()) {
      return false;
    }
    Token previous = tokens.get(i - 1);
    return previous.kind() != Token.Kind.PUNCT || previous.is('-');
  }

  private int monthAt(List<Token> tokens, int i) {
    if (i >= tokens.size() || tokens.get(i).kind() != Token.Kind.WORD) {
      return -1;
    }
    Token token = tokens.get(i);
    Integer month = months.get(token.folded());
    if (month == null) {
      return -1;
    }
    if (englishMonths && MONTHS.get(Language.EN).contains(token.folded()) && !token.capitalized()) {
      return -1;
    }
    return month;
  }

  private static boolean isYear(Token token) {
    if (token.kind() != Token.Kind.NUMBER || token.text().length() != 4) {
      return false;
    }
    int year = Integer.parseInt(token.text());
    return year >= 1900 && year <= 2100;
  }

  private static Optional<LocalDate> resolve(
      int day, int month, Optional<Integer> year, Optional<LocalDate> itemDate) {
    try {
      if (year.isPresent()) {
        return Optional.of(LocalDate.of(year.get(), month, day));
      }
      if (itemDate.isEmpty()) {
        return Optional.empty();
      }
      LocalDate anchor = itemDate.get();
      LocalDate best = null;
      long bestDistance = Long.MAX_VALUE;
      long secondDistance = Long.MAX_VALUE;
      for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
        LocalDate candidate;
        try {
          candidate = LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
          continue; // 29 February in a common year
        }
        long distance = Math.abs(ChronoUnit.DAYS.between(anchor, candidate));
        if (distance < bestDistance) {
          secondDistance = bestDistance;
          bestDistance = distance;
          best = candidate;
        } else if (distance < secondDistance) {
          secondDistance = distance;
        }
      }
      if (best == null || secondDistance - bestDistance < CLEAR_MARGIN_DAYS) {
        return Optional.empty();
      }
      return Optional.of(best);
    } catch (DateTimeException e) {
      return Optional.empty(); // 31 June
    }
  }
}
