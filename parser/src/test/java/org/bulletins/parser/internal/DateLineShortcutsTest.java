package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.parser.DateLanguage;
import org.bulletins.parser.NumericDateOrder;
import org.junit.jupiter.api.Test;

/**
 * The cheap checks that spare most lines the date regexes and folding keep every date line: the
 * cases at their edges (a year only folding makes digits of, markers with odd spacing).
 */
class DateLineShortcutsTest {

  private final DateLineParser parser =
      new DateLineParser(EnumSet.allOf(DateLanguage.class), NumericDateOrder.DAY_FIRST);

  private Optional<LocalDate> date(String line) {
    return parser.parse(line).flatMap(DateLine::date);
  }

  @Test
  void plainDatesStillParse() {
    assertThat(date("9 June, 2021")).contains(LocalDate.of(2021, 6, 9));
    assertThat(date("2021-06-09")).contains(LocalDate.of(2021, 6, 9));
    assertThat(date("Miércoles 9 de junio de 2021")).contains(LocalDate.of(2021, 6, 9));
  }

  @Test
  void aYearThatFoldingTurnsIntoDigitsStillParses() {
    assertThat(date("9 June, \uFF12\uFF10\uFF12\uFF11")).contains(LocalDate.of(2021, 6, 9));
    assertThat(date("9 June, 20\u030121")).contains(LocalDate.of(2021, 6, 9));
  }

  @Test
  void linesWithoutAFourDigitYearAreText() {
    assertThat(parser.parse("9 June")).isEmpty();
    assertThat(parser.parse("Room 101, 3rd floor")).isEmpty();
    assertThat(parser.parse("12/06")).isEmpty();
    // A two-digit year is read with slashes only: a version number or a dashed code is no date.
    assertThat(parser.parse("1.2.10")).isEmpty();
    assertThat(parser.parse("12-06-21")).isEmpty();
    assertThat(parser.parse("12/06/211")).isEmpty();
  }

  @Test
  void aTwoDigitYearWithSlashesIsOfTheCenturyThePivotGives() {
    assertThat(parser.parse("06/14/12"))
        .hasValueSatisfying(l -> assertThat(l.date()).hasValue(LocalDate.of(2012, 6, 14)));
    assertThat(parser.parse("14/06/69"))
        .hasValueSatisfying(l -> assertThat(l.date()).hasValue(LocalDate.of(2069, 6, 14)));
    assertThat(parser.parse("14/06/70"))
        .hasValueSatisfying(l -> assertThat(l.date()).hasValue(LocalDate.of(1970, 6, 14)));
    assertThat(DateLineParser.orderShown("Posted 06/14/12"))
        .isEqualTo(NumericDateOrder.MONTH_FIRST);
    assertThat(DateLineParser.isAmbiguousNumeric("06/04/12 7:17PM")).isTrue();
  }

  @Test
  void impossibleDatesAreStillDateLines() {
    assertThat(parser.parse("31 June 2021"))
        .hasValueSatisfying(l -> assertThat(l.date()).isEmpty());
  }

  @Test
  void theUndatedMarkerWithAnySpacing() {
    for (String marker : new String[] {"Undated", "  UNDATED\t", "\tundated", "uNdAtEd "}) {
      assertThat(parser.parse(marker))
          .as(marker)
          .hasValueSatisfying(l -> assertThat(l.date()).isEmpty());
    }
    assertThat(parser.parse("Undated items")).isEmpty();
    assertThat(parser.parse("xundated")).isEmpty();
  }

  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th|er|re|e|eme|o|a)?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  @Property(tries = 3000)
  void dayAndYearChecksEqualTheirRegexes(@ForAll("pieces") String piece) {
    Matcher day = DAY.matcher(piece);
    assertThat(DateLineParser.dayOf(piece))
        .isEqualTo(day.matches() ? Integer.parseInt(day.group(1)) : -1);
    assertThat(DateLineParser.isYear(piece)).isEqualTo(YEAR.matcher(piece).matches());
  }

  @Provide
  Arbitrary<String> pieces() {
    Arbitrary<String> token =
        Arbitraries.of(
            "0", "1", "2", "9", "00", "31", "2021", "st", "nd", "e", "eme", "o", "a", "x", "\u0661",
            "\uFF12");
    return token.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
  }

  @Test
  void firstColumnSkipsSpacesAndInvisibleChars() {
    assertThat(TextNormalizer.firstColumn("x")).isEqualTo(1);
    assertThat(TextNormalizer.firstColumn("  x")).isEqualTo(3);
    assertThat(TextNormalizer.firstColumn("\u200B\u00A0x")).isEqualTo(3);
    assertThat(TextNormalizer.firstColumn("")).isEqualTo(1);
  }
}
