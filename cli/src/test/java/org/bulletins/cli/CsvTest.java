package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesWhatNeedsQuotingAndDefusesFormulas() {
    assertThat(Csv.field("plain")).isEqualTo("plain");
    assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("one\n\ntwo")).isEqualTo("\"one\n\ntwo\"");
    assertThat(Csv.field(" padded")).isEqualTo("\" padded\"");
    assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Csv.field("-3 dead")).isEqualTo("'-3 dead");
    assertThat(Csv.field("@once")).isEqualTo("'@once");
    assertThat(Csv.field("")).isEmpty();
    StringWriter out = new StringWriter();
    try (PrintWriter writer = new PrintWriter(out)) {
      Csv.row(writer, List.of("a", "b,c", ""));
    }
    assertThat(out.toString()).isEqualTo("a,\"b,c\",\r\n");
  }
}
