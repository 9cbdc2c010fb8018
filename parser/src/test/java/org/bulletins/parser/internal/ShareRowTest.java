package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareRowTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest",
        "Enviar por correo electrónicoEscribe un blogCompartir en XCompartir con Facebook",
        "Envoyer par e-mailBlogThis!Partager sur XPartager sur FacebookPartager sur Pinterest",
        "Enviar por e-mailPostar no blog!Compartilhar no XCompartilhar com o Pinterest",
        "Partager sur Facebook",
        "Facebook Twitter LinkedIn WhatsApp",
        "Facebook | Twitter | Email"
      })
  void rowsOfShareLinks(String line) {
    assertThat(ShareRow.is(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Facebook",
        "Share prices fall in early trading",
        "Twitter sues the city over its new rules",
        "Compartir es vivir: la campaña de la biblioteca",
        "Facebook Twitter and the future of local news",
        "Email scam targets pensioners",
        "Xavier Durand named head of the port"
      })
  void textsThatNameANetworkAreNoRow(String line) {
    assertThat(ShareRow.is(line)).isFalse();
  }
}
