package org.bulletins.dedup.internal.terms;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * Clock times, read as one number term keyed {@code H:MM} on 24 hours: {@code 4:00}, {@code 2:50
 * a.m.}, {@code 3 p.m.}, {@code 4pm}, {@code 10.30 am}, {@code 14h30}, {@code 9h}, {@code 21
 * heures}, {@code 18 horas}, {@code 14 h 30}. Read as single words, {@code 4:00} made the numbers 4
 * and 00, and any two notices with a time on the hour shared the "term" 00; {@code 14h30} made no
 * term at all.
 */
final class ClockTimes {

  private static final ImmutableSet<String> AM = ImmutableSet.of("am", "a.m");
  private static final ImmutableSet<String> PM = ImmutableSet.of("pm", "p.m");
  private static final ImmutableSet<String> HOURS =
      ImmutableSet.of("h", "heures", "heure", "horas", "hora", "hrs");

  private ClockTimes() {}

  /**
   * The clock time that starts at word {@code i}, a number, if it is one.
   *
   * @param tokens the words of a text
   * @param i a word that makes a number alone
   * @return the time and its last word, or null
   */
  static NumberRuns.Run at(WordTokens tokens, int i) {
    char[] c = tokens.chars();
    int from = tokens.start(i);
    int length = tokens.end(i) - from;
    int hour;
    int minute;
    int last = i;
    boolean minutesWord = false;
    if (length <= 2) {
      hour = Numerals.digitsValue(c, from, length);
      if (hour < 0) {
        return null; // 9h: a time already (ofWord)
      }
      minute = 0; // 3 p.m., when the next word says so
      if (i + 1 < tokens.count()
          && tokens.start(i + 1) - tokens.end(i) == 1
          && c[tokens.end(i)] == ':'
          && tokens.end(i + 1) - tokens.start(i + 1) == 2) {
        minute = Numerals.digitsValue(c, tokens.start(i + 1), 2); // 4:00
        last = i + 1;
        minutesWord = true;
      } else if (i + 1 < tokens.count()
          && tokens.spaceGap(i + 1)
          && HOURS.contains(tokens.lower(i + 1))) {
        last = i + 1; // 21 heures, 18 horas, 14 h
        if (tokens.lower(last).equals("h")
            && last + 1 < tokens.count()
            && tokens.spaceGap(last + 1)
            && tokens.end(last + 1) - tokens.start(last + 1) == 2
            && Numerals.digitsValue(c, tokens.start(last + 1), 2) >= 0) {
          last++; // 14 h 30 (not 9 h du matin)
          minute = Numerals.digitsValue(c, tokens.start(last), 2);
        }
        if (hour > 24 || minute > 59) {
          return null; // 48 heures: a duration
        }
        return new NumberRuns.Run(
            new Term(Term.Kind.NUMBER, key(hour, minute), tokens.joined(i, last)), last);
      }
    } else if ((length == 4 || length == 5) && c[from + length - 3] == '.') {
      hour = Numerals.digitsValue(c, from, length - 3); // 10.30 am
      minute = Numerals.digitsValue(c, from + length - 2, 2);
    } else {
      return null;
    }
    if (hour < 0 || hour > 24) {
      return null;
    }
    if (minute < 0 || minute > 59) {
      return null;
    }
    boolean marked = false;
    if (last + 1 < tokens.count() && tokens.spaceGap(last + 1)) {
      String next = tokens.lower(last + 1);
      if (AM.contains(next) || PM.contains(next)) {
        if (hour == 0 || hour > 12) {
          return null;
        }
        hour = hour % 12 + (PM.contains(next) ? 12 : 0);
        last++;
        marked = true;
      }
    }
    if (!marked && last == i) {
      return null; // a number alone, or a decimal number: no time said
    }
    // The words as written, a colon before the minutes and one space before am or pm.
    String written = tokens.word(i);
    if (minutesWord) {
      written += ":" + tokens.word(i + 1);
    }
    if (marked) {
      written += " " + tokens.word(last);
    }
    return new NumberRuns.Run(new Term(Term.Kind.NUMBER, key(hour, minute), written), last);
  }

  /**
   * The time a single word writes: the French and Portuguese way ({@code 14h30}, {@code 9h}) or
   * with its half of the day ({@code 4pm}, {@code 11am}); else null.
   *
   * @param text a text's chars
   * @param from the word's start
   * @param to the word's end
   * @return the time's term, or null
   */
  static Term ofWord(char[] text, int from, int to) {
    int h = from;
    while (h < to && h - from < 3 && text[h] >= '0' && text[h] <= '9') {
      h++;
    }
    if (h == from || h - from > 2 || h >= to) {
      return null;
    }
    int hour = Numerals.digitsValue(text, from, h - from);
    int minute;
    String rest = new String(text, h, to - h).toLowerCase(Locale.ROOT);
    if (rest.equals("am") || rest.equals("pm")) {
      if (hour == 0 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (rest.equals("pm") ? 12 : 0);
      minute = 0;
    } else if (rest.charAt(0) == 'h') {
      minute =
          rest.length() == 1 ? 0 : rest.length() == 3 ? Numerals.digitsValue(text, h + 1, 2) : -1;
    } else {
      return null;
    }
    if (hour > 24 || minute < 0 || minute > 59) {
      return null;
    }
    return new Term(Term.Kind.NUMBER, key(hour, minute), new String(text, from, to - from));
  }

  /**
   * Whether a number term is a clock time.
   *
   * @param t a term
   * @return true for a key {@code H:MM}
   */
  static boolean isTime(Term t) {
    return t.kind() == Term.Kind.NUMBER && t.key().indexOf(':') > 0;
  }

  /**
   * The minutes since midnight of a clock time.
   *
   * @param time a term {@link #isTime} accepts
   * @return its minutes
   */
  static int minutes(Term time) {
    String key = time.key();
    int colon = key.indexOf(':');
    return Integer.parseInt(key, 0, colon, 10) * 60
        + Integer.parseInt(key, colon + 1, key.length(), 10);
  }

  private static String key(int hour, int minute) {
    return hour + (minute < 10 ? ":0" : ":") + minute;
  }
}
