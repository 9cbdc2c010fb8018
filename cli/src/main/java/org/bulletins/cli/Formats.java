package org.bulletins.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.json.BulletinsJson;

/** Shared JSON writers and small text helpers of the commands' output. */
final class Formats {

  /** One compact JSON value per line; never closes the output it writes to. */
  static final ObjectWriter JSON_LINE =
      BulletinsJson.newMapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** Indented JSON; never closes the output it writes to. */
  static final ObjectWriter JSON_PRETTY = JSON_LINE.withDefaultPrettyPrinter();

  private Formats() {}

  /**
   * A value as one compact JSON line, for a writer called where no checked exception may pass.
   *
   * @throws UncheckedIOException if Jackson cannot write it (never for the commands' records)
   */
  static String jsonLine(Object value) {
    try {
      return JSON_LINE.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A diagnostic as one printable line: {@code PATH:LINE:COLUMN: severity: code: message}. */
  static String diagnostic(Diagnostic diagnostic) {
    return Printable.of(diagnostic.toString());
  }

  static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("undated   ");
  }
}
