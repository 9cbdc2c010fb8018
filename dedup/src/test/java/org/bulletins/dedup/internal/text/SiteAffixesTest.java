package org.bulletins.dedup.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The scans of {@link SiteAffixes} give the groups the site patterns give (copied below: the
 * reference must not read the code under test), on titles made of words, separators, whitespace
 * inside and outside regex {@code \s}, line terminators and surrogates, stripped or not, with sites
 * either side of 40 chars.
 */
class SiteAffixesTest {

  private static final Pattern SITE_PREFIX =
      Pattern.compile("^\\s*([^:|]{1,40}?)\\s*([:|])\\s+(.+)$");
  private static final Pattern SITE_SUFFIX =
      Pattern.compile("^(.+?)\\s+(\\||-|\u2013|\u2014)\\s+([^|]{1,40})$");
  private static final Pattern SITE_DOMAIN = Pattern.compile(".*\\.(org|com|int|net|news)$");

  private static final String[] PIECES = {
    "IOM",
    "News",
    "Staff",
    "trained",
    "in",
    "Guatemala",
    "iom.int",
    "UN.ORG",
    "A",
    "x",
    "COVID-19",
    "Information answers Zuen",
    "Strengthen Guatemalan migrants",
    "0123456789",
    "\u00c9COLE",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\u000B",
    "\f",
    "\n",
    "\r",
    "\u0085",
    "\u2028",
    "\u00a0",
    ":",
    "|",
    "-",
    "\u2013",
    "\u2014",
    " - ",
    ": ",
    " | ",
    " \u2014 ",
    "\uD83D\uDE00",
    "\uD83D",
    "."
  };

  @Provide
  Arbitrary<String> titles() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> raw = piece.list().ofMaxSize(14).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(raw, raw.map(String::strip), raw.map(String::strip));
  }

  @Property(tries = 5000)
  void prefixGivesThePatternsGroups(@ForAll("titles") String title) {
    Matcher m = SITE_PREFIX.matcher(title);
    SiteAffixes.Split split = SiteAffixes.prefix(title);
    if (!m.matches()) {
      assertThat(split).isNull();
      return;
    }
    assertThat(split)
        .isEqualTo(new SiteAffixes.Split(m.group(1), m.group(2).equals("|"), m.group(3)));
  }

  @Property(tries = 5000)
  void suffixGivesThePatternsGroups(@ForAll("titles") String title) {
    Matcher m = SITE_SUFFIX.matcher(title);
    SiteAffixes.Split split = SiteAffixes.suffix(title);
    if (!m.matches()) {
      assertThat(split).isNull();
      return;
    }
    assertThat(split)
        .isEqualTo(new SiteAffixes.Split(m.group(3), m.group(2).equals("|"), m.group(1)));
  }

  @Property(tries = 3000)
  void wordsAreTheRegexSplit(@ForAll("titles") String title) {
    String stripped = title.strip();
    assertThat(SiteAffixes.words(stripped)).containsExactly(stripped.split("\\s+"));
  }

  @Property(tries = 3000)
  void aDomainIsWhatThePatternMatches(@ForAll("titles") String title) {
    for (String segment : List.of(title, title + ".org", title + ".news", title + "\n.com")) {
      String lower = segment.toLowerCase(Locale.ROOT);
      assertThat(SiteAffixes.isDomain(lower))
          .as(segment)
          .isEqualTo(SITE_DOMAIN.matcher(lower).matches());
    }
  }

  @Test
  void aSiteHasAtMostFortyChars() {
    String forty = "A".repeat(40);
    assertThat(SiteAffixes.prefix(forty + ": Staff trained"))
        .isEqualTo(new SiteAffixes.Split(forty, false, "Staff trained"));
    assertThat(SiteAffixes.prefix("A" + forty + ": Staff trained")).isNull();
    assertThat(SiteAffixes.suffix("Staff trained - " + forty))
        .isEqualTo(new SiteAffixes.Split(forty, false, "Staff trained"));
    assertThat(SiteAffixes.suffix("Staff trained - A" + forty)).isNull();
  }

  @Test
  void theFirstSeparatorDecides() {
    assertThat(SiteAffixes.prefix("IOM  | News: Staff"))
        .isEqualTo(new SiteAffixes.Split("IOM", true, "News: Staff"));
    assertThat(SiteAffixes.suffix("Staff - trained | IOM"))
        .isEqualTo(new SiteAffixes.Split("IOM", true, "Staff - trained"));
    assertThat(SiteAffixes.suffix("Staff - trained - IOM"))
        .isEqualTo(new SiteAffixes.Split("trained - IOM", false, "Staff"));
  }
}
