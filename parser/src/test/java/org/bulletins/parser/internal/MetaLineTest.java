package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bylines and blog footers, which are labels, and lines that only start like them. */
class MetaLineTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By Jane Doe",
        "By Jane Doe, Staff Writer",
        "By Jane Doe and John Roe",
        "Por Ana da Costa e João Silva",
        "Por Ana Costa, da Agência Brasil",
        "Par Marie Dupont, envoyée spéciale à Kyiv",
      })
  void aBylineIsAMetaLineButNoFooter(String line) {
    assertThat(MetaLine.is(line)).isTrue();
    assertThat(MetaLine.isFooter(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Posted in Harbour News | Leave a comment",
        "Filed under Transport · 3 comments",
        "Leave a comment",
        "Permalink | Comments (0)",
        "Publié dans Actualités | Lien permanent | Commentaires (0)",
        "Publicado en Noticias | Deja un comentario",
        "Publicado em Notícias | Deixe um comentário",
        "By Jane Doe | Posted in Harbour News | 12 comments",
        "Tags: ferries, harbour | Leave a reply",
        "Posted by Harbour Archive at 09:00 AM in Maps | Permalink | Comments (0)",
        "Posted by Jane Doe at 9:00 AM",
        "Posted by Jane Doe",
        "Posted at 09:00 AM in Maps | Permalink",
        "Publicado por Ana Costa a las 9:15 | 2 comentarios",
        "Publié par Marie Dupont à 10h12 dans Cartes | Lien permanent | Commentaires (3)",
        "Postado por Ana da Costa às 10:12",
        "Written by John Roe in Harbour News",
        "Posté par Lucien à 14:00 - Vie locale - Commentaires [0] - Permalien [#]",
        "Posted by Jane Doe | Harbour News | Comments [2]",
      })
  void aFooterIsAMetaLineThatClosesItsItem(String line) {
    assertThat(MetaLine.is(line)).isTrue();
    assertThat(MetaLine.isFooter(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By the Numbers",
        "Por la igualdad de género",
        "Par amour du sport",
        "By Jane Doe, who has covered the harbour for ten years and knows every pilot there",
        "By Jane Doe, Staff Writer.",
        "News | Harbour board approves a second berth",
        "Press release | Night buses return to the coast",
        "Posted in a hurry, the notice gave residents only two days to object to the plan for the quay",
        "Leave a comment if you were there",
        "Permalink to the report on the new berth",
        "Buses return on Friday",
        "Posted",
        "Posted by the harbour master on the quay",
        "Written by hand in 1923",
        "Publicado por error en la web del ministerio",
        "Posted by Jane Doe at the harbour",
        "Harbour News - Leave a comment - The ferry returns",
        "Leave a comment - Harbour News",
        "Posté par erreur - Vie locale - Commentaires [0]",
      })
  void isNoMetaLine(String line) {
    assertThat(MetaLine.is(line)).isFalse();
  }
}
