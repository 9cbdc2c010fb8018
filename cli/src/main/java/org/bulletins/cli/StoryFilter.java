package org.bulletins.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bulletins.facts.FactExtractor;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code timeline} filters {@code --country}, {@code --org} and {@code --lang}: a story passes
 * when one of its members passes every filter given. Without filters every story passes and no
 * facts are extracted. {@code --org OIM} is {@code --org IOM}: the big international bodies go by
 * their English acronym in any language.
 */
final class StoryFilter {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final Optional<String> country;
  private final Optional<String> organization;
  private final Optional<Language> language;
  private final FactExtractor extractor;

  private StoryFilter(
      Optional<String> country, Optional<String> organization, Optional<Language> language) {
    this.country = country;
    this.organization = organization;
    this.language = language;
    this.extractor = EXTRACTOR;
  }

  private static final FactExtractor EXTRACTOR = FactExtractor.create();

  /** Validates the options; a bad value is a usage error (exit 2) naming the option. */
  static StoryFilter of(
      CommandLine command, String country, String organization, Language language) {
    Optional<String> code =
        Optional.ofNullable(country).map(c -> c.strip().toUpperCase(Locale.ROOT));
    if (code.isPresent() && !COUNTRIES.contains(code.get())) {
      throw new ParameterException(
          command, "--country: not an ISO 3166 alpha-2 country code: '" + country + "' (e.g. HN)");
    }
    Optional<String> acronym =
        Optional.ofNullable(organization).map(EXTRACTOR::organizationAcronym);
    if (acronym.isPresent() && acronym.get().isEmpty()) {
      throw new ParameterException(command, "--org: empty acronym (e.g. IOM)");
    }
    return new StoryFilter(code, acronym, Optional.ofNullable(language));
  }

  private boolean active() {
    return country.isPresent() || organization.isPresent() || language.isPresent();
  }

  boolean test(MergedStory story) {
    if (!active()) {
      return true;
    }
    for (NewsItem member : story.members()) {
      ItemFacts facts = extractor.extract(member);
      if (country.map(facts.countries()::contains).orElse(true)
          && organization.map(facts.organizations()::contains).orElse(true)
          && language.map(l -> facts.language() == l).orElse(true)) {
        return true;
      }
    }
    return false;
  }
}
