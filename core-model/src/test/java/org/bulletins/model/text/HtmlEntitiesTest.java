package org.bulletins.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEntitiesTest {

  @Test
  void decodesNamedNumericAndWindows1252References() {
    assertThat(HtmlEntities.decode("Morgan &amp; Morgan and Costa Rica&rsquo;s IOM"))
        .isEqualTo("Morgan & Morgan and Costa Rica\u2019s IOM");
    assertThat(HtmlEntities.decode("&#8220;Dajab&oacute;n&#x201D; &#150; &eacute;"))
        .isEqualTo("\u201CDajab\u00F3n\u201D \u2013 \u00E9");
  }

  @Test
  void keepsWhatIsNotAReference() {
    assertThat(HtmlEntities.decode("AT&T; &unknown; &#xD800; &#0; & ;&"))
        .isEqualTo("AT&T; &unknown; &#xD800; &#0; & ;&");
    assertThat(HtmlEntities.decode("no ampersand")).isEqualTo("no ampersand");
  }

  @Test
  void decodesOnlyWhatTheFilterAccepts() {
    assertThat(HtmlEntities.decode("a&nbsp;b &amp; c", Character::isSpaceChar))
        .isEqualTo("a\u00A0b &amp; c");
  }
}
