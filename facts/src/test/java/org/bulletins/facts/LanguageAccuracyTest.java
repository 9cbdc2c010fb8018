package org.bulletins.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of the language profile on {@code language-set.tsv}: the same eight short news items
 * written by us in English, Spanish, French and Portuguese, read once as whole items and once as
 * titles alone (the hard case: five to eight words).
 */
class LanguageAccuracyTest {

  record Sample(Language language, String title, String paragraph) {}

  static List<Sample> samples() throws IOException {
    List<Sample> samples = new ArrayList<>();
    try (InputStream in = LanguageAccuracyTest.class.getResourceAsStream("language-set.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        samples.add(new Sample(Language.ofCode(cells[0]), cells[1], cells[2]));
      }
    }
    return samples;
  }

  @Test
  void everyWholeItemIsRightAndTitlesAloneAreRightOrUnknown() throws IOException {
    FactExtractor facts = FactExtractor.create();
    List<Sample> samples = samples();
    assertThat(samples).hasSize(32);
    int items = 0;
    int titles = 0;
    int titlesUnknown = 0;
    List<String> wrong = new ArrayList<>();
    for (Sample sample : samples) {
      Language item =
          facts
              .extract(FactExtractorTest.item(null, sample.title(), sample.paragraph()))
              .language();
      Language title = facts.extract(FactExtractorTest.item(null, sample.title())).language();
      items += item == sample.language() ? 1 : 0;
      titles += title == sample.language() ? 1 : 0;
      titlesUnknown += title == Language.UNKNOWN ? 1 : 0;
      if (title != sample.language() && title != Language.UNKNOWN) {
        wrong.add(sample.title() + " -> " + title);
      }
    }
    System.out.printf(
        "language: items %d/%d right; titles alone %d/%d right, %d unknown, %d wrong %s%n",
        items, samples.size(), titles, samples.size(), titlesUnknown, wrong.size(), wrong);
    assertThat(items).isEqualTo(samples.size());
    assertThat(wrong).isEmpty();
  }
}
