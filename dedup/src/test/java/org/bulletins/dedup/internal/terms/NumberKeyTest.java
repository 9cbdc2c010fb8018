package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One number written in two ways has one key; years are told apart from other numbers. */
class NumberKeyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "1032; 1032",
        "1,032; 1032",
        "1.032; 1032",
        "2.750.000; 2750000",
        "12,340,000; 12340000",
        "6,5; 6.5",
        "6.5; 6.5",
        "45.9; 45.9",
        "1,90; 1.90",
        "1.234,5; 1234.5",
        "1,234.5; 1234.5",
        "1234,567; 1234.567", // a first group of four: no thousands
        "1.2.3; 123",
      })
  void keysTheNumber(String written, String key) {
    assertThat(Numerals.numberKey(written)).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1990", "2017", "2099"})
  void readsYears(String key) {
    assertThat(TermComparison.isYear(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1989", "2100", "1032", "201", "20170", "20.1"})
  void otherNumbersAreNoYears(String key) {
    assertThat(TermComparison.isYear(key)).isFalse();
  }
}
