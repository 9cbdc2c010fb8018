package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.bulletins.model.Diagnostic;
import org.junit.jupiter.api.Test;

/** Date diagnostics quote the line as the page wrote it. */
class DateMessagesTest {

  private final BulletinParser parser = BulletinParser.create();

  @Test
  void impossibleDateQuotesTheWrittenLine() {
    Diagnostic d =
        parser.parse("Mon.,  31 June, 2021\n\nTitle\n\nBody.\n", "p.txt").diagnostics().get(0);
    assertThat(d)
        .hasToString(
            "p.txt:1:1: error: date.impossible: \"Mon., 31 June, 2021\" is not a real date; the item has no date");
  }

  @Test
  void impossibleNumericDateQuotesTheWrittenLine() {
    Diagnostic d = parser.parse("31/02/2021\nTitle\nBody.\n", "p.txt").diagnostics().get(0);
    assertThat(d.message()).isEqualTo("\"31/02/2021\" is not a real date; the item has no date");
  }
}
