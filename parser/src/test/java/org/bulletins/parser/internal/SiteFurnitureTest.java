package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteFurnitureTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Home > News > Press releases",
        "Inicio / Noticias / Notas de prensa",
        "Accueil » Actualités » Communiqués",
        "Página inicial › Notícias",
        "« Previous 1 2 3 4 … 27 Next »",
        "1 2 3 4 5",
        "Page 2 of 15",
        "Página 2 de 15",
        "Anterior 1 2 3 Próxima",
        "‹ Précédent 1 2 3 … 12 Suivant ›",
        "© 2024 City Council. All rights reserved.",
        "Copyright 2024 Harbour News",
        "Copyright © Ayuntamiento de Ejemplo",
        "Ayuntamiento de Ejemplo 2024. Todos los derechos reservados.",
        "Tous droits réservés - Mairie de Saint-Jean",
        "We use cookies to make this site work. Accept all cookies | Reject",
        "Utilizamos cookies propias y de terceros. Aceptar | Configurar",
        "Ce site utilise des cookies. Nous utilisons ... Accepter Refuser",
        "Este site usa cookies para melhorar sua experiência. Aceitar",
        "Powered by WordPress | Theme by Example",
        "Follow us on Instagram",
        "Síguenos en redes sociales",
        "Abonnez-vous à notre lettre d'information",
      })
  void aSiteFrameLineIsFurniture(String line) {
    assertThat(SiteFurniture.is(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Home sales rise > 5% in March",
        "Inicio de las obras / 3 de marzo",
        "Home",
        "de 2024",
        "11 de 2024",
        "Chapter 3",
        "12 3",
        "Copyright law changes approved by parliament",
        "The rules on cookies change next year, and users must accept them.",
        "Bakers use less sugar in cookies, a survey found.",
        "&#169; 2024 City Council. All rights reserved.", // the writer's escape
        "&#72;ome > News > Press releases",
        "Powered by the sun, the new ferry crosses the bay in twenty minutes and carries ninety cars.",
        "Follow the river path to the old mill",
        // found by the second review: headlines that open with a footer's or a copyright's words
        "Powered by solar, the new ferry makes its first crossing",
        "Follow us on the trail of the last wolves",
        "Subscribe to our newsletter? Readers weigh in on paywalls",
        "Síguenos en la ruta: el Camino atraviesa el valle",
        "Copyright 2024 rules worry small publishers",
      })
  void aLineThatOnlyLooksLikeFurnitureIsNot(String line) {
    assertThat(SiteFurniture.is(line)).isFalse();
  }
}
