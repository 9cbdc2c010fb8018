package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parse --facts} and the {@code timeline} filters {@code --country}, {@code --org}, {@code
 * --lang}.
 */
class FactsCliTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final String SEEDS = Seeds.DIRECTORY.toString();

  private static final String SPANISH =
      """
      3 de junio de 2021

      La OIM capacita a funcionarios hondureños

      Tegucigalpa, 2 de junio de 2021.- La Organización Internacional para las Migraciones capacitó el 1 de junio a 120 funcionarios de migración de Honduras en la atención de personas retornadas.

      2 juin 2021

      Le HCR ouvre un centre d'accueil au Niger

      Le Haut Commissariat des Nations unies pour les réfugiés a ouvert le 1er juin un centre qui pourra accueillir 2.000 personnes déplacées dans la région de Tillabéri.
      """;

  @Test
  void parseFactsAddsAFactsObjectWithExactlyTheContractFields() throws Exception {
    CliTest.Run run = CliTest.run("parse", "--facts", SEEDS + "/000_790d4aadd91aa11f.txt");
    assertThat(run.status()).isZero();
    JsonNode first = JSON.readTree(run.lines().get(0));
    JsonNode facts = first.get("facts");
    List<String> fields = new ArrayList<>();
    facts.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "language", "countries", "organizations", "numbers", "eventDates", "dateline");
    assertThat(facts.get("language").asText()).isEqualTo("en");
    assertThat(facts.get("countries").toString()).isEqualTo("[\"GT\"]");
    assertThat(facts.get("organizations").toString()).isEqualTo("[\"IOM\",\"IGM\"]");
    assertThat(facts.get("numbers").toString())
        .isEqualTo("[{\"value\":260,\"counts\":\"officials\"}]");
    assertThat(facts.get("eventDates").size()).isZero();
    assertThat(facts.get("dateline").isNull()).isTrue();
    JsonNode third = JSON.readTree(run.lines().get(2));
    assertThat(third.get("facts").get("eventDates").toString()).isEqualTo("[\"2021-05-27\"]");
  }

  @Test
  void withoutFactsTheItemHasNoFactsField() throws Exception {
    CliTest.Run run = CliTest.run("parse", SEEDS + "/000_790d4aadd91aa11f.txt");
    assertThat(JSON.readTree(run.lines().get(0)).has("facts")).isFalse();
  }

  @Test
  void parseFactsInOtherLanguagesAndFormats(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("es-fr.txt");
    Files.writeString(page, SPANISH);
    CliTest.Run run = CliTest.run("parse", "--facts", "--format", "json", page.toString());
    assertThat(run.status()).isZero();
    JsonNode items = JSON.readTree(run.out());
    JsonNode es = items.get(0).get("facts");
    assertThat(es.get("language").asText()).isEqualTo("es");
    assertThat(es.get("countries").toString()).isEqualTo("[\"HN\"]");
    assertThat(es.get("organizations").toString()).isEqualTo("[\"IOM\"]");
    assertThat(es.get("numbers").toString())
        .isEqualTo("[{\"value\":120,\"counts\":\"funcionarios\"}]");
    assertThat(es.get("eventDates").toString()).isEqualTo("[\"2021-06-02\",\"2021-06-01\"]");
    assertThat(es.get("dateline").asText()).isEqualTo("Tegucigalpa");
    JsonNode fr = items.get(1).get("facts");
    assertThat(fr.get("language").asText()).isEqualTo("fr");
    assertThat(fr.get("countries").toString()).isEqualTo("[\"NE\"]");
    assertThat(fr.get("organizations").toString()).isEqualTo("[\"UNHCR\"]");
    assertThat(fr.get("numbers").toString())
        .isEqualTo("[{\"value\":2000,\"counts\":\"personnes\"}]");
    assertThat(fr.get("eventDates").toString()).isEqualTo("[\"2021-06-01\"]");

    CliTest.Run text = CliTest.run("parse", "--facts", "--format", "text", page.toString());
    assertThat(text.out())
        .contains(
            "    facts: es; countries HN; organizations IOM; numbers 120 funcionarios;"
                + " eventDates 2021-06-02, 2021-06-01; dateline Tegucigalpa");
  }

  @Test
  void timelineFiltersByCountryOrganisationAndLanguage(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("es-fr.txt");
    Files.writeString(page, SPANISH);
    CliTest.Run all = CliTest.run("timeline", "--format", "jsonl", SEEDS, page.toString());
    CliTest.Run honduras =
        CliTest.run("timeline", "--format", "jsonl", "--country", "hn", SEEDS, page.toString());
    assertThat(honduras.status()).isZero();
    assertThat(honduras.lines()).isNotEmpty().hasSizeLessThan(all.lines().size());
    for (String line : honduras.lines()) {
      String story = JSON.readTree(line).toString();
      assertThat(story).containsAnyOf("Hondur", "hondur");
    }
    CliTest.Run spanish =
        CliTest.run("timeline", "--format", "jsonl", "--lang", "es", SEEDS, page.toString());
    assertThat(spanish.lines()).hasSize(1);
    assertThat(JSON.readTree(spanish.lines().get(0)).get("title").asText())
        .isEqualTo("La OIM capacita a funcionarios hondureños");
    // OIM in the Spanish item is IOM; combined with --lang es only that item remains.
    CliTest.Run iomSpanish =
        CliTest.run(
            "timeline",
            "--format",
            "jsonl",
            "--org",
            "iom",
            "--lang",
            "es",
            "--country",
            "HN",
            SEEDS,
            page.toString());
    assertThat(iomSpanish.lines()).hasSize(1);
    CliTest.Run unhcrInHonduras =
        CliTest.run(
            "timeline",
            "--format",
            "jsonl",
            "--org",
            "UNHCR",
            "--country",
            "HN",
            SEEDS,
            page.toString());
    assertThat(unhcrInHonduras.lines()).isEmpty();
    CliTest.Run oim =
        CliTest.run(
            "timeline",
            "--format",
            "jsonl",
            "--org",
            "oim",
            "--lang",
            "es",
            SEEDS,
            page.toString());
    assertThat(oim.lines()).isEqualTo(iomSpanish.lines());
    CliTest.Run unicef = CliTest.run("timeline", "--org", "UNICEF", SEEDS);
    assertThat(unicef.lines())
        .first()
        .asString()
        .contains("Young people from Mexico and Central America");
    assertThat(unicef.lines()).last().asString().isEqualTo("1 stories from 48 items");
  }

  @Test
  void badFilterValuesAreUsageErrors() {
    CliTest.Run country = CliTest.run("timeline", "--country", "XX", SEEDS);
    assertThat(country.status()).isEqualTo(2);
    assertThat(country.err().lines())
        .containsExactly(
            "bulletins timeline: --country: not an ISO 3166 alpha-2 country code: 'XX' (e.g. HN)"
                + " (see 'bulletins timeline --help')");
    CliTest.Run language = CliTest.run("timeline", "--lang", "de", SEEDS);
    assertThat(language.status()).isEqualTo(2);
    assertThat(language.err()).startsWith("bulletins timeline: Invalid value for option '--lang'");
  }
}
