package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A row of share links, as a scrape keeps it: its links set apart ({@code Share: Facebook Twitter
 * LinkedIn}, {@code Facebook | Twitter | Email}, {@code Compartir en: Facebook, WhatsApp}, {@code
 * Partager sur Facebook}: two or more networks or actions, or one after a lead-in), or glued
 * together, as under every post of a Blogger blog ({@code Email ThisBlogThis!Share to XShare to
 * FacebookShare to Pinterest}, {@code Enviar por correo electrónicoEscribe un blogCompartir en X}).
 * Left as text, a glued row became an item of its own after each post, or the title of the next.
 */
final class ShareRow {

  /** The networks and actions of a row, folded. */
  private static final Set<String> LINKS =
      ImmutableSet.of(
          "facebook",
          "twitter",
          "x",
          "linkedin",
          "whatsapp",
          "telegram",
          "pinterest",
          "reddit",
          "email",
          "e-mail",
          "mail",
          "correo",
          "courriel",
          "print",
          "imprimir",
          "imprimer",
          "copy",
          "link",
          "copiar",
          "enlace",
          "copier",
          "lien");

  /** What a row of share links opens with, folded, before its colon if any. */
  private static final Set<String> LEAD_INS =
      ImmutableSet.of(
          "share",
          "share this",
          "share on",
          "share this article",
          "compartir",
          "compartir en",
          "comparte",
          "partager",
          "partager sur",
          "partagez",
          "compartilhar",
          "compartilhe",
          "compartilhar no");

  /** Longest row of links set apart. */
  private static final int MAX_ROW = 100;

  /** Longest glued row (Blogger's are about 100 chars). */
  private static final int MAX_GLUED_ROW = 160;

  /** The fewest links of a glued row. */
  private static final int MIN_GLUED_LINKS = 2;

  /** How a glued row's links open before a network's name, folded ({@code Share to X}). */
  private static final List<String> GLUED_LEAD_INS =
      List.of(
          "share to",
          "share on",
          "compartir en",
          "compartir con",
          "partager sur",
          "compartilhar no",
          "compartilhar com o",
          "partilhar no",
          "partilhar com o");

  /** A glued row's links, folded, longest first so that the row is read link by link. */
  private static final List<String> GLUED_LINKS = gluedLinks();

  private ShareRow() {}

  /**
   * Whether a line is a row of share links.
   *
   * @param text the normalised line, not empty
   * @return true for a share row
   */
  static boolean is(String text) {
    if (text.length() > MAX_GLUED_ROW
        || (text.indexOf("acebook") < 0
            && text.indexOf("witter") < 0
            && text.indexOf("hatsApp") < 0
            && text.indexOf("inkedIn") < 0
            && text.indexOf("interest") < 0)) {
      return false; // every row names one of these; most lines are gone after five searches
    }
    return isSetApart(text) || isGlued(text);
  }

  private static boolean isSetApart(String text) {
    if (text.length() > MAX_ROW) {
      return false;
    }
    String[] words = DateLineParser.foldText(text).split("[\\s,|·•/:]+");
    int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
    int leadIn = 0; // the words of the longest lead-in the row opens with
    for (int k = 1; k <= 4 && first + k <= words.length; k++) {
      if (LEAD_INS.contains(String.join(" ", List.of(words).subList(first, first + k)))) {
        leadIn = k;
      }
    }
    int links = words.length - first - leadIn;
    for (int i = first + leadIn; i < words.length; i++) {
      if (!LINKS.contains(words[i])) {
        return false;
      }
    }
    return links >= 2 || (leadIn > 0 && links == 1); // "Share on Facebook" is one link
  }

  /**
   * A row whose links are glued ({@code ...ThisBlogThis!Share...}): only {@link #GLUED_LINKS} and
   * spaces, two or more of them.
   */
  private static boolean isGlued(String text) {
    if (!hasGluedWord(text)) {
      return false;
    }
    String folded = DateLineParser.foldText(text);
    int links = 0;
    int at = 0;
    while (true) {
      while (at < folded.length() && folded.charAt(at) == ' ') {
        at++;
      }
      if (at == folded.length()) {
        return links >= MIN_GLUED_LINKS;
      }
      int end = linkEnd(folded, at);
      if (end < 0) {
        return false;
      }
      links++;
      at = end;
    }
  }

  /** Whether a lower-case letter or a {@code !} stands right before a capital: words glued. */
  private static boolean hasGluedWord(String text) {
    for (int i = 1; i < text.length(); i++) {
      char before = text.charAt(i - 1);
      if (Character.isUpperCase(text.charAt(i))
          && (Character.isLowerCase(before) || before == '!')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of the longest link at {@code at} that ends where a word does or where another link
   * starts, glued to it; -1 if none.
   */
  private static int linkEnd(String folded, int at) {
    for (String link : GLUED_LINKS) {
      int end = at + link.length();
      if (folded.startsWith(link, at)
          && (end == folded.length()
              || !Character.isLetter(folded.charAt(end))
              || startsLink(folded, end))) {
        return end;
      }
    }
    return -1;
  }

  private static boolean startsLink(String folded, int at) {
    for (String link : GLUED_LINKS) {
      if (folded.startsWith(link, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Blogger's links in four languages ({@code Email This}, {@code BlogThis!}, {@code Escribe un
   * blog}, {@code Postar no blog!}...), each lead-in before each network, and the networks alone.
   */
  private static List<String> gluedLinks() {
    List<String> links =
        new ArrayList<>(
            List.of(
                "email this",
                "blogthis!",
                "enviar por correo electronico",
                "escribe un blog",
                "envoyer par e-mail",
                "enviar por e-mail",
                "postar no blog!",
                "publicar no blogue!"));
    for (String leadIn : GLUED_LEAD_INS) {
      for (String network : LINKS) {
        links.add(leadIn + " " + network);
      }
    }
    links.addAll(LINKS);
    links.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(links);
  }
}
