package org.bulletins.parser.internal;

import java.util.Set;

/**
 * What a page's first window says about some of its short texts, read before its lines are
 * classified ({@link RepeatedLines}).
 *
 * @param repeated the page's repeated short lines ({@link RepeatedLines#find}): labels
 * @param sections the texts the page repeats beside its dates ({@link RepeatedLines#besideDates})
 * @param afterDates the texts the page writes after its dates, nothing between ({@link
 *     RepeatedLines#afterDates}): such a line is a date line, kept whole as a label
 * @param underTitles the texts the page writes beside its dates on lines under its titles ({@link
 *     RepeatedLines#besideDatesUnderTitles}): such a line is a date line, kept whole as a label
 * @param trails the page's breadcrumb trails that end with its title ({@link
 *     RepeatedLines#trailsOverTitles}): labels
 * @param spacedDates whether the page opens lines with a date and a title, a space between them
 *     ({@link SpacedDate#opensLines})
 */
record PageTexts(
    Set<String> repeated,
    Set<String> sections,
    Set<String> afterDates,
    Set<String> underTitles,
    Set<String> trails,
    boolean spacedDates) {

  /** Nothing known: the probe's view of a page. */
  static final PageTexts NONE =
      new PageTexts(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false);

  PageTexts {
    repeated = Set.copyOf(repeated);
    sections = Set.copyOf(sections);
    afterDates = Set.copyOf(afterDates);
    underTitles = Set.copyOf(underTitles);
    trails = Set.copyOf(trails);
  }

  /** Whether any text is known: else the probe's classification stands. */
  boolean any() {
    return !repeated.isEmpty()
        || !sections.isEmpty()
        || !afterDates.isEmpty()
        || !underTitles.isEmpty()
        || !trails.isEmpty()
        || spacedDates;
  }
}
