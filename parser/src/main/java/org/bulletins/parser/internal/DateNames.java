package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;
import org.bulletins.parser.DateLanguage;

/**
 * The month names, weekday names and connector words of the date languages, folded (lower case, no
 * accents), for the languages a parser was configured with.
 */
final class DateNames {

  private final Map<String, Integer> months;
  private final Map<String, DayOfWeek> weekdays;
  private final Set<String> connectors;

  DateNames(Set<DateLanguage> languages) {
    Map<String, Integer> m = new java.util.HashMap<>();
    Map<String, DayOfWeek> w = new java.util.HashMap<>();
    ImmutableSet.Builder<String> c = ImmutableSet.builder();
    for (DateLanguage language : languages) {
      addMonths(m, monthNames(language));
      addWeekdays(w, weekdayNames(language));
      c.add(connectorWords(language).split(" "));
    }
    this.months = ImmutableMap.copyOf(m);
    this.weekdays = ImmutableMap.copyOf(w);
    this.connectors = c.build();
  }

  /** Month number 1 to 12 of a folded word, or 0. */
  int month(String word) {
    return months.getOrDefault(word, 0);
  }

  /** The day a folded word names, or null. */
  DayOfWeek weekday(String word) {
    return weekdays.get(word);
  }

  boolean isConnector(String word) {
    return connectors.contains(word);
  }

  /** Twelve groups (one per month) of space-separated folded names, full name first. */
  private static String[] monthNames(DateLanguage language) {
    return switch (language) {
      case ENGLISH ->
          new String[] {
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec"
          };
      case SPANISH ->
          new String[] {
            "enero ene",
            "febrero feb",
            "marzo mar",
            "abril abr",
            "mayo may",
            "junio jun",
            "julio jul",
            "agosto ago",
            "septiembre setiembre sep sept set",
            "octubre oct",
            "noviembre nov",
            "diciembre dic"
          };
      case FRENCH ->
          new String[] {
            "janvier janv jan",
            "fevrier fevr fev",
            "mars mar",
            "avril avr",
            "mai",
            "juin",
            "juillet juil",
            "aout",
            "septembre sept sep",
            "octobre oct",
            "novembre nov",
            "decembre dec"
          };
      case PORTUGUESE ->
          new String[] {
            "janeiro jan", "fevereiro fev", "marco mar", "abril abr", "maio mai", "junho jun",
            "julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"
          };
    };
  }

  /**
   * Seven groups, Monday first, full name first. {@code mar} (Tuesday in French and Spanish) is
   * also March's short name: the date parser reads it as a weekday only where the rest of the line
   * is a date.
   */
  private static String[] weekdayNames(DateLanguage language) {
    return switch (language) {
      case ENGLISH ->
          new String[] {
            "monday mon",
            "tuesday tue tues",
            "wednesday wed",
            "thursday thu thur thurs",
            "friday fri",
            "saturday sat",
            "sunday sun"
          };
      case SPANISH ->
          new String[] {
            "lunes lun",
            "martes mar",
            "miercoles mie",
            "jueves jue",
            "viernes vie",
            "sabado sab",
            "domingo dom"
          };
      case FRENCH ->
          new String[] {
            "lundi lun",
            "mardi mar",
            "mercredi mer",
            "jeudi jeu",
            "vendredi ven",
            "samedi sam",
            "dimanche dim"
          };
      case PORTUGUESE ->
          new String[] {
            "segunda seg",
            "terca ter",
            "quarta qua",
            "quinta qui",
            "sexta sex",
            "sabado sab",
            "domingo dom"
          };
    };
  }

  private static String connectorWords(DateLanguage language) {
    return switch (language) {
      case ENGLISH -> "of the";
      case SPANISH -> "de del";
      case FRENCH -> "le";
      case PORTUGUESE -> "de do feira";
    };
  }

  private static void addMonths(Map<String, Integer> into, String[] groups) {
    for (int i = 0; i < groups.length; i++) {
      for (String name : groups[i].split(" ")) {
        into.put(name, i + 1);
      }
    }
  }

  private static void addWeekdays(Map<String, DayOfWeek> into, String[] groups) {
    for (int i = 0; i < groups.length; i++) {
      for (String name : groups[i].split(" ")) {
        into.put(name, DayOfWeek.of(i + 1));
      }
    }
  }
}
