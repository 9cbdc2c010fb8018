package org.bulletins.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CharMatcher;
import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TextFolding#fold} against the plain multi-pass definition of its class comment, which it
 * implemented until the one-pass loop and the ASCII fast path replaced it for speed; and
 * idempotence, which {@code foldIsIdempotent} found broken by a soft hyphen between a letter and
 * its combining accent ({@code "a\u00AD\u0301"}).
 */
class TextFoldingProperties {

  private static final CharMatcher DOUBLE_QUOTES = CharMatcher.anyOf("\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB");
  private static final CharMatcher SINGLE_QUOTES = CharMatcher.anyOf("\u2018\u2019\u201A\u201B\u2032\u2039\u203A`\u00B4");
  private static final CharMatcher DASHES = CharMatcher.anyOf("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D");
  private static final CharMatcher INVISIBLE = CharMatcher.anyOf("\u200B\u200C\u200D\u2060\uFEFF\u00AD");
  private static final CharMatcher WHITESPACE = CharMatcher.whitespace().or(CharMatcher.anyOf("\u00A0\u202F\u2007"));

  static String reference(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    if (INVISIBLE.matchesAnyOf(s)) {
      s = Normalizer.normalize(INVISIBLE.removeFrom(s), Normalizer.Form.NFKC);
    }
    s = DOUBLE_QUOTES.replaceFrom(s, '"');
    s = SINGLE_QUOTES.replaceFrom(s, '\'');
    s = DASHES.replaceFrom(s, '-');
    s = s.replace("\u2026", "...");
    s = WHITESPACE.trimAndCollapseFrom(s, ' ');
    return s.toLowerCase(Locale.ROOT);
  }

  @Property(tries = 3000)
  void foldEqualsTheMultiPassDefinition(@ForAll("texts") String text) {
    assertThat(TextFolding.fold(text)).isEqualTo(reference(text));
  }

  @Property(tries = 1000)
  void foldIsIdempotent(@ForAll("texts") String text) {
    assertThat(TextFolding.fold(TextFolding.fold(text))).isEqualTo(TextFolding.fold(text));
  }

  @Example
  void aRemovedSoftHyphenLetsTheAccentCompose() {
    assertThat(TextFolding.fold("Dajabo\u00AD\u0301n")).isEqualTo("dajab\u00F3n");
  }

  @Provide
  Arbitrary<String> texts() {
    // Mostly the characters folding treats specially, so that runs of them meet.
    Arbitrary<Character> special =
        Arbitraries.of(
            ' ', ' ', '\t', '\n', '\r', '\u000B', '\u001F', '`', '\'', '"', 'a', 'Z', '7', '-', '.',
            '\u00A0', '\u202F', '\u2007', '\u2003', '\u3000', '\u200B', '\u00AD', '\uFEFF',
            '\u2018', '\u2019', '\u00B4', '\u201C', '\u00AB', '\u2013', '\u2014', '\u2212',
            '\u2026', '\uFB01', '\uFF21', '\u0130', '\u00C9', '\u0301', '\uD83D', '\uDE00');
    Arbitrary<String> mixed = special.list().ofMaxSize(40).map(TextFoldingProperties::join);
    Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(40);
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(40);
    return Arbitraries.oneOf(mixed, mixed, ascii, any);
  }

  private static String join(java.util.List<Character> chars) {
    StringBuilder out = new StringBuilder();
    chars.forEach(out::append);
    return out.toString();
  }
}
