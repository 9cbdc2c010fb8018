package org.bulletins.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bulletins.cli.report.ReportData.FileReport;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;
import org.junit.jupiter.api.Test;

/** Files and their diagnostics as the report keeps them. */
class ReportBuilderTest {

  @Test
  void aSourceThatCannotBeReadAgainKeepsItsDiagnosticsWithoutLines() {
    ReportBuilder builder = new ReportBuilder();
    builder.diagnostic(
        new Diagnostic(
            Severity.WARNING, DiagnosticCode.ITEM_NO_BODY, "A long title", "<stdin>", 2, 1));
    FileReport file = builder.build(List.of()).files().get(0);
    assertThat(file.source()).isEqualTo("<stdin>");
    assertThat(file.warnings()).isEqualTo(1);
    assertThat(file.diagnostics()).singleElement().satisfies(d -> assertThat(d.text()).isNull());
  }

  @Test
  void diagnosticsPastTheCapAreCountedNotKept() {
    ReportBuilder builder = new ReportBuilder();
    builder.file("empty.txt");
    for (int i = 0; i < ReportBuilder.MAX_DIAGNOSTICS_PER_FILE + 5; i++) {
      builder.diagnostic(
          new Diagnostic(
              Severity.ERROR, DiagnosticCode.DATE_IMPOSSIBLE, "Odd", "gone.txt", i + 1, 1));
    }
    List<FileReport> files = builder.build(List.of()).files();
    assertThat(files).extracting(FileReport::source).containsExactly("empty.txt", "gone.txt");
    assertThat(files.get(1).errors()).isEqualTo(ReportBuilder.MAX_DIAGNOSTICS_PER_FILE + 5);
    assertThat(files.get(1).diagnostics()).hasSize(ReportBuilder.MAX_DIAGNOSTICS_PER_FILE);
    assertThat(files.get(1).omitted()).isEqualTo(5);
  }
}
