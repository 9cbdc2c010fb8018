package org.bulletins.dedup.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Site affixes and capitals of titles. */
class TextShapeTest {

  @Test
  void siteAffixesAreCut() {
    assertThat(TextShape.stripSiteAffixes("IOM: Staff Trained in Guatemala"))
        .isEqualTo("Staff Trained in Guatemala");
    assertThat(TextShape.stripSiteAffixes("News | Staff Trained in Guatemala"))
        .isEqualTo("Staff Trained in Guatemala");
    assertThat(TextShape.stripSiteAffixes("Staff Trained \u2014 IOM Mexico"))
        .isEqualTo("Staff Trained");
    assertThat(TextShape.stripSiteAffixes("  Staff Trained - iom.int ")).isEqualTo("Staff Trained");
    assertThat(TextShape.stripSiteAffixes("Guatemala: Staff Trained"))
        .isEqualTo("Guatemala: Staff Trained"); // a country, not a site
  }

  @Test
  void aSiteNameNeedsAnAsciiAcronym() {
    // Only ASCII capitals make an acronym, in titles of either of String's codings.
    assertThat(TextShape.stripSiteAffixes("ONU M\u00e9xico: Staff Trained"))
        .isEqualTo("Staff Trained");
    assertThat(TextShape.stripSiteAffixes("\u00c9COLE: Staff Trained"))
        .isEqualTo("\u00c9COLE: Staff Trained");
    assertThat(TextShape.stripSiteAffixes("Staff Trained \u2014 OIM \u00c9quipe"))
        .isEqualTo("Staff Trained");
  }

  @Test
  void aBarCutsTheShorterSide() {
    assertThat(TextShape.stripSiteAffixes("Staff Trained | IOM")).isEqualTo("Staff Trained");
    assertThat(TextShape.stripSiteAffixes("Staff Trained in Guatemala | IOM Mexico"))
        .isEqualTo("Staff Trained in Guatemala");
    assertThat(TextShape.stripSiteAffixes("IOM Mexico | Staff Trained in Guatemala"))
        .isEqualTo("Staff Trained in Guatemala");
    assertThat(TextShape.stripSiteAffixes("Floods | Relief"))
        .isEqualTo("Floods | Relief"); // no shorter side: neither is taken for the site
  }

  @Property
  void aTitleWithoutSeparatorsIsOnlyStripped(
      @ForAll
          @Chars({'a', 'B', 'I', 'O', 'M', ' ', '\t', '.', ',', '(', '\u2019'})
          @StringLength(max = 60)
          String title) {
    assertThat(TextShape.stripSiteAffixes(title)).isEqualTo(title.strip());
  }

  @Property
  void allCapsCountsAsCharacterDoes(
      @ForAll
          @Chars({'A', 'b', 'Z', 'q', '1', ' ', '\u00c9', '\u00e9', '\u0416', '\u01c5'})
          @StringLength(max = 30)
          String title) {
    int letters = 0;
    int upper = 0;
    for (char c : title.toCharArray()) {
      letters += Character.isLetter(c) ? 1 : 0;
      upper += Character.isUpperCase(c) ? 1 : 0;
    }
    assertThat(TextShape.isAllCaps(title)).isEqualTo(letters >= 6 && upper * 10 >= letters * 7);
  }

  @Test
  void capitalsAreCountedPerChar() {
    assertThat(TextShape.isAllCaps("IOM TRAINS STAFF in Guatemala")).isFalse();
    assertThat(TextShape.isAllCaps("IOM TRAINS IGM STAFF, GUATEMALa")).isTrue(); // 25 of 26
    assertThat(TextShape.isAllCaps("IOM IG")).isFalse(); // fewer than six letters
    assertThat(TextShape.isAllCaps("\u00C9T\u00C9 \u00C0 PARIS")).isTrue();
  }
}
