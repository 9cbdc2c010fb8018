package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bulletins.dedup.Items.IGM;
import static org.bulletins.dedup.Items.IGM_BODY;
import static org.bulletins.dedup.Items.item;

import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchRule;
import org.junit.jupiter.api.Test;

/** What explain says for each kind of copy and look-alike. */
class PairVerifierTest {

  final DedupEngine engine = DedupEngine.create();

  MatchEvidence explain(org.bulletins.model.NewsItem other) {
    return engine.explain(IGM, other);
  }

  @Test
  void typographicCopyIsTheSameText() {
    MatchEvidence e =
        explain(
            item(
                "b.txt",
                9,
                "2021-06-09",
                "GUATEMALA: IOM Trains IGM Staff to Protect  Vulnerable Migrants",
                IGM_BODY.replace("IGM),", "IGM) ,").replace("(IOM)", "(IOM)\u00A0")));
    assertThat(e.sameStory()).isTrue();
    assertThat(e.containment()).isEqualTo(1.0);
  }

  @Test
  void retitledCopyWithSitePrefix() {
    MatchEvidence e =
        explain(
            item("b.txt", 9, "2021-06-10", "IOM: IGM staff trained to protect migrants", IGM_BODY));
    assertThat(e.sameStory()).isTrue();
    assertThat(e.rule()).isEqualTo(MatchRule.SAME_BODY);
    assertThat(e.dateDistanceDays()).contains(1);
  }

  @Test
  void teaserIsContainedInItsFullText() {
    String cut = IGM_BODY.substring(0, IGM_BODY.indexOf("The goal")) + "The goal of these…";
    MatchEvidence e = explain(item("b.txt", 9, null, IGM.title(), cut));
    assertThat(e.sameStory()).isTrue();
    assertThat(e.rule()).isEqualTo(MatchRule.TEASER_CONTAINED);
    assertThat(e.dateDistanceDays()).isEmpty();
  }

  @Test
  void anotherNumberOfParticipantsIsAnotherStory() {
    MatchEvidence e =
        explain(item("b.txt", 9, "2021-06-09", IGM.title(), IGM_BODY.replace("260", "180")));
    assertThat(e.sameStory()).isFalse();
    assertThat(e.rule()).isEqualTo(MatchRule.TERM_CONFLICT);
    assertThat(e.conflictingTerms()).containsExactly("260 vs 180");
  }

  @Test
  void anotherCountryAndInstitutionIsAnotherStory() {
    MatchEvidence e =
        explain(
            item(
                "b.txt",
                9,
                "2021-06-09",
                "Honduras: IOM Trains INM Staff to Protect Vulnerable Migrants",
                IGM_BODY.replace(
                    "Guatemalan Migration Institute (IGM)",
                    "Honduran National Migration Institute (INM)")));
    assertThat(e.sameStory()).isFalse();
    assertThat(e.conflictingTerms()).isNotEmpty();
  }

  @Test
  void datesTooFarApartAreAnotherStory() {
    MatchEvidence e = explain(item("b.txt", 9, "2021-06-20", IGM.title(), IGM_BODY));
    assertThat(e.sameStory()).isFalse();
    assertThat(e.rule()).isEqualTo(MatchRule.DATE_CONFLICT);
  }

  @Test
  void secondPartOfASeriesIsAnotherStory() {
    var one =
        item(
            "a",
            1,
            "2021-05-18",
            "Exchange on fair recruitment, part 1",
            "The first part of the technical exchange of practices on fair recruitment of migrant workers was held, with 61 participants from 11 countries.");
    var two =
        item(
            "a",
            9,
            "2021-05-19",
            "Exchange on fair recruitment, part 2",
            "The second part of the technical exchange of practices on fair recruitment of migrant workers was held, with 61 participants from 11 countries.");
    MatchEvidence e = engine.explain(one, two);
    assertThat(e.sameStory()).isFalse();
    assertThat(e.conflictingTerms()).isNotEmpty();
  }

  /** A water utility's release, and a paper's rewrite under its own headline the next day. */
  static final String RELEASE_TITLE = "Harlow Water completes repairs to the Bexley main";

  static final String RELEASE_BODY =
      "Harlow Water said on Tuesday that crews had finished replacing 640 metres of the Bexley"
          + " main, which burst on Sunday and left 3,120 households in Northfield and Castle Vale"
          + " without running water. Supply was restored to every street by 6 pm, and the boil"
          + " notice issued by the Northfield Health Board stays in force until tests come back"
          + " clean. The repairs cost 215,000 pounds, the utility said.";

  @Test
  void aRewriteUnderItsOwnHeadlineIsTheStoryItsFactsTell() {
    var release = item("a.txt", 1, "2024-05-14", RELEASE_TITLE, RELEASE_BODY);
    var rewrite =
        item(
            "b.txt",
            1,
            "2024-05-15",
            "Taps running again in Northfield after burst main",
            "Running water is back for 3,120 households in Northfield and Castle Vale after crews"
                + " replaced 640 metres of the burst Bexley main, Harlow Water said. The Northfield"
                + " Health Board asks residents to keep boiling water until tests come back clean."
                + " The utility put the cost of the repairs at 215,000 pounds.");
    MatchEvidence e = engine.explain(release, rewrite);
    assertThat(e.scores().get("titleContainment")).isLessThan(0.3);
    assertThat(e.scores().get("titleInText")).isGreaterThanOrEqualTo(0.5);
    assertThat(e.rule()).isEqualTo(MatchRule.REWRITE);
    assertThat(e.sameStory()).isTrue();
  }

  @Test
  void twoReleasesSharingABackgroundParagraphAreTwoStories() {
    String background =
        "Harlow Water supplies 212,000 homes from the Bexley and Orton reservoirs and runs 1,450"
            + " kilometres of mains across Northfield, Castle Vale and Orton.";
    var one =
        item(
            "a.txt",
            1,
            "2024-05-14",
            "Harlow Water names new chief executive",
            "The board of Harlow Water has appointed Mara Quint as chief executive from June.",
            background);
    var two =
        item(
            "b.txt",
            1,
            "2024-05-15",
            "Reservoir levels fall below average after dry April",
            "Storage in the Bexley reservoir fell to 71 per cent, below the average for May.",
            background);
    MatchEvidence e = engine.explain(one, two);
    assertThat(e.scores().get("titleInText")).isLessThan(0.5);
    assertThat(e.sameStory()).isFalse();
  }

  @Test
  void explainIsSymmetricInItsVerdict() {
    var other = item("b.txt", 9, "2021-06-10", "IOM: IGM staff trained", IGM_BODY);
    assertThat(engine.explain(other, IGM).sameStory())
        .isEqualTo(engine.explain(IGM, other).sameStory());
    assertThat(engine.explain(other, IGM).rule()).isEqualTo(engine.explain(IGM, other).rule());
  }
}
