package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;

/**
 * The parser's guarantees over pages whose lines are built from the words of date lines, labels and
 * press-release frames (month and weekday names in four languages, ordinals, years, connectors,
 * lead-ins, field keys, counts, times, end marks), which random strings rarely hit: a line such as
 * {@code ", to 7 March 2024"} once made the range reader throw.
 */
class DateShapedLinesProperties {

  private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");
  private final BulletinParser parser = BulletinParser.builder().maxDiagnostics(10_000).build();

  @Property(tries = 3000)
  void neverThrowsAndLosesNoLine(@ForAll("pages") String page) {
    ParsedDocument doc = parser.parse(page, "page");
    String[] lines = LINE_END.split(page, -1);
    ParserInvariants.checkDocument(doc, lines.length);
    ParserInvariants.checkLinesAccountedFor(lines, doc);
  }

  @Property(tries = 1000)
  void streamingGivesTheSameItems(@ForAll("pages") String page) throws Exception {
    List<NewsItem> streamed = new ArrayList<>();
    try (ItemStream items = parser.stream(new StringReader(page), "page")) {
      items.forEach(streamed::add);
    }
    assertThat(streamed).isEqualTo(parser.parse(page, "page").items());
  }

  @Property(tries = 1000)
  void parsingWhatWasWrittenChangesNothing(@ForAll("pages") String page) {
    ParserInvariants.checkRoundTrip(parser.parse(page, "page").items());
  }

  /**
   * Other options (the month-first order, fewer languages, reading ahead) and the other entry
   * points (bytes, a reader in small chunks) keep the guarantees and agree with each other.
   */
  @Property(tries = 500)
  void everyOptionAndEntryPointAgrees(
      @ForAll("pages") String page,
      @ForAll("languages") Set<DateLanguage> languages,
      @ForAll NumericDateOrder order,
      @ForAll boolean readAhead)
      throws Exception {
    BulletinParser other =
        BulletinParser.builder()
            .languages(languages)
            .numericDateOrder(order)
            .readAhead(readAhead)
            .maxDiagnostics(10_000)
            .build();
    long limit = BulletinParser.Builder.DEFAULT_MAX_DOCUMENT_LENGTH;
    ParserInvariants.checkText(other, limit, page, 7);
    ParserInvariants.checkBytes(other, limit, page.getBytes(StandardCharsets.UTF_8), 3);
  }

  @Provide
  Arbitrary<Set<DateLanguage>> languages() {
    return Arbitraries.of(DateLanguage.class).set().ofMinSize(1).map(set -> EnumSet.copyOf(set));
  }

  /**
   * Pages of 1 to 30 lines; some drawn from a pool of a few lines, so that lines repeat (a {@code
   * Read more} under every teaser, a date line above every title).
   */
  @Provide
  Arbitrary<String> pages() {
    Arbitrary<List<String>> drawn = line().list().ofMinSize(1).ofMaxSize(30);
    Arbitrary<List<String>> repeating =
        line()
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .flatMap(pool -> Arbitraries.of(pool).list().ofMinSize(1).ofMaxSize(30));
    return Arbitraries.frequencyOf(Tuple.of(4, drawn), Tuple.of(1, repeating))
        .map(lines -> String.join("\n", lines));
  }

  private static Arbitrary<String> line() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, tokenLine()),
        Tuple.of(3, mixedLine()),
        Tuple.of(3, Arbitraries.of(WHOLE_LINES)),
        Tuple.of(2, Arbitraries.of("", " ", "\u00A0", "\t")));
  }

  /** 1 to 8 tokens joined by one separator. */
  private static Arbitrary<String> tokenLine() {
    return Combinators.combine(token().list().ofMinSize(1).ofMaxSize(8), Arbitraries.of(SEPARATORS))
        .as((tokens, separator) -> String.join(separator, tokens));
  }

  /** 1 to 8 tokens, each followed by a separator of its own. */
  private static Arbitrary<String> mixedLine() {
    return Combinators.combine(token(), Arbitraries.of(SEPARATORS))
        .as((token, separator) -> token + separator)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(parts -> String.join("", parts));
  }

  /** A token of the vocabulary, as written, upper-cased or capitalised. */
  private static Arbitrary<String> token() {
    return Combinators.combine(
            Arbitraries.oneOf(
                Arbitraries.of(NUMBERS),
                Arbitraries.of(YEARS),
                Arbitraries.of(MONTHS),
                Arbitraries.of(WEEKDAYS),
                Arbitraries.of(CONNECTORS),
                Arbitraries.of(LEAD_INS),
                Arbitraries.of(LABELS),
                Arbitraries.of(FIELDS),
                Arbitraries.of(COUNTS),
                Arbitraries.of(TIMES),
                Arbitraries.of(MARKS),
                Arbitraries.of(WORDS),
                Arbitraries.of(ODD),
                Arbitraries.of(WHOLE_LINES)),
            Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 1), Tuple.of(1, 2)))
        .as(DateShapedLinesProperties::cased);
  }

  private static String cased(String token, int mode) {
    return switch (mode) {
      case 1 -> token.toUpperCase(Locale.ROOT);
      case 2 ->
          token.isEmpty()
              ? token
              : token.substring(0, 1).toUpperCase(Locale.ROOT) + token.substring(1);
      default -> token;
    };
  }

  private static final List<String> SEPARATORS =
      List.of(" ", "", ", ", " - ", " – ", "-", "/", " | ", " · ", ": ", " : ");

  private static final List<String> NUMBERS =
      List.of(
          "1", "0", "2", "3", "5", "7", "9", "10", "12", "13", "15", "16", "18", "20", "24", "28",
          "29", "30", "31", "32", "35", "40", "00", "01", "05", "1st", "2nd", "3rd", "4th", "21st",
          "31st", "1er", "1ero", "1º", "1ª", "1.º", "2º", "3.", "5th", "13th", "40th");

  private static final List<String> YEARS =
      List.of(
          "2024",
          "1999",
          "2023",
          "2025",
          "2026",
          "0000",
          "9999",
          "12345",
          "'24",
          "24",
          "2024.",
          "2024,",
          "2024-03-05",
          "05/03/2024",
          "5.3.2024",
          "03/2024",
          "2024/03/05",
          "31/02/2024",
          "13/13/2024",
          "-2024",
          "+12345-01-01",
          "06/14/12",
          "3/4/12",
          "14/06/70",
          "12-06-21",
          "1.2.10",
          "06/14/123");

  private static final List<String> MONTHS =
      List.of(
          "March",
          "Mar.",
          "Mar",
          "January",
          "Jan.",
          "February",
          "Feb",
          "April",
          "May",
          "June",
          "July",
          "Aug.",
          "September",
          "Sept.",
          "Sep",
          "October",
          "Oct.",
          "November",
          "December",
          "Dec.",
          "marzo",
          "mar.",
          "enero",
          "febrero",
          "abril",
          "mayo",
          "junio",
          "julio",
          "agosto",
          "septiembre",
          "setiembre",
          "sept.",
          "octubre",
          "noviembre",
          "diciembre",
          "dic.",
          "mars",
          "janvier",
          "janv.",
          "février",
          "fevrier",
          "févr.",
          "fevr.",
          "avril",
          "mai",
          "juin",
          "juillet",
          "juil.",
          "août",
          "aout",
          "septembre",
          "octobre",
          "novembre",
          "décembre",
          "decembre",
          "déc.",
          "março",
          "marco",
          "janeiro",
          "fevereiro",
          "fev.",
          "abril",
          "maio",
          "junho",
          "julho",
          "setembro",
          "outubro",
          "novembro",
          "dezembro",
          "dez.");

  private static final List<String> WEEKDAYS =
      List.of(
          "Tuesday",
          "Tue",
          "Tues.",
          "Monday",
          "Mon.",
          "Wednesday",
          "Thursday",
          "Thurs.",
          "Friday",
          "Saturday",
          "Sunday",
          "Sun.",
          "martes",
          "lunes",
          "miércoles",
          "miercoles",
          "jueves",
          "viernes",
          "sábado",
          "sabado",
          "domingo",
          "mardi",
          "lundi",
          "mercredi",
          "jeudi",
          "vendredi",
          "samedi",
          "dimanche",
          "terça-feira",
          "terca-feira",
          "segunda-feira",
          "quarta-feira",
          "quinta-feira",
          "sexta-feira",
          "Quinta",
          "sábado",
          "-feira",
          "feira");

  private static final List<String> CONNECTORS =
      List.of(
          "de",
          "del",
          "of",
          "the",
          "le",
          "el",
          "em",
          "a",
          "au",
          "al",
          "to",
          "until",
          "and",
          "y",
          "et",
          "e",
          "from",
          "du",
          "des",
          "entre",
          "between",
          "hasta",
          "jusqu'au",
          "jusqu’au",
          "ate",
          "até",
          "on",
          "at",
          "do",
          "da",
          "through",
          "till",
          "hasta el",
          "y el",
          "et le",
          "ate o",
          "entre el",
          "entre le",
          "ago",
          "hace",
          "il y a",
          "há",
          "ha");

  private static final List<String> LEAD_INS =
      List.of(
          "Reporting by",
          "Editing by",
          "(Reporte de",
          "Com informações da",
          "(Avec",
          "Julie Martin,",
          "Ana Ruiz y",
          "ENQUÊTE.",
          "read more",
          "...Read more",
          "Published",
          "Posted on",
          "Publié le",
          "Publie le",
          "Publicado el",
          "Publicado em",
          "Updated",
          "Updated on",
          "Last updated",
          "Última atualização",
          "Ultima atualizacao",
          "Última actualización",
          "Mis à jour le",
          "Dia",
          "Día",
          "Édition du",
          "Edition du",
          "Edición del",
          "Edição de",
          "FOR IMMEDIATE RELEASE",
          "For immediate release",
          "Para difusión inmediata",
          "Pour diffusion immédiate",
          "Para divulgação imediata",
          "Issued on",
          "Released on",
          "Date",
          "Dated",
          "Data",
          "Date de publication",
          "Fecha de publicación",
          "Data de publicação",
          "Yesterday",
          "Today",
          "Hier",
          "Ayer",
          "Ontem",
          "Undated");

  private static final List<String> LABELS =
      List.of(
          "Press release",
          "Communiqué",
          "Communiqué de presse",
          "Nota de prensa",
          "Comunicado de imprensa",
          "News",
          "News release",
          "Statement",
          "English",
          "Español",
          "Français",
          "Português",
          "Read more",
          "Read more »",
          "Lire la suite",
          "Leer más",
          "Leia mais",
          "Continue reading",
          "Share",
          "Share on Facebook",
          "Facebook",
          "Twitter",
          "Tweet",
          "WhatsApp",
          "LinkedIn",
          "Print",
          "Back to top",
          "###",
          "# # #",
          "- ENDS -",
          "-ENDS-",
          "-30-",
          "- 30 -",
          "FIN",
          "Fin",
          "ENDS",
          "END",
          "Ends",
          "-fin-",
          "Newsroom",
          "All news",
          "More news");

  private static final List<String> FIELDS =
      List.of(
          "Category:",
          "Tags:",
          "Contact:",
          "Media contact:",
          "Media contacts",
          "Press contact:",
          "Contacto:",
          "Contacto de prensa:",
          "Contact presse :",
          "Contato para imprensa:",
          "Assessoria de imprensa",
          "For more information:",
          "Para más información:",
          "Renseignements :",
          "Mais informações:",
          "Fecha:",
          "Date:",
          "Source:",
          "Author:",
          "Autor:",
          "By",
          "Por",
          "Par",
          "By:",
          "Posted in",
          "Filed under",
          "Publié dans",
          "Publicado en",
          "Arquivado em",
          "Leave a comment",
          "Leave a reply",
          "Deja un comentario",
          "Laisser un commentaire",
          "Deixe um comentário",
          "No comments",
          "Comments off",
          "Photo:",
          "Foto:",
          "Credit:",
          "Location:",
          "+1 (555) 010-2030",
          "press@example.org",
          "1999–2024",
          "2023 - 2024");

  private static final List<String> COUNTS =
      List.of(
          "1,245 views",
          "2061 vues",
          "12 comentarios",
          "12 comentários",
          "Comments (3)",
          "3 min read",
          "3 minutes",
          "5 min",
          "1.250 VISTAS",
          "12 Lectures",
          "0 Comments",
          "(3)",
          "3 comments",
          "2 días",
          "3 days ago",
          "hace 2 días",
          "il y a 3 jours",
          "há 2 dias",
          "2 hours ago",
          "an hour ago",
          "un mes");

  private static final List<String> TIMES =
      List.of(
          "10:30",
          "9 a.m.",
          "9 am",
          "9AM",
          "5 p.m.",
          "14h45",
          "10h30",
          "10h",
          "14:45:00",
          "23:59",
          "24:00",
          "10:30 AM",
          "10.30",
          "(GMT)",
          "UTC",
          "GMT+2",
          "+02:00",
          "CET",
          "Z",
          "h",
          "T10:30:00Z");

  private static final List<String> MARKS =
      List.of(
          "(", ")", "[", "]", "»", "«", "→", "…", "#", "*", "—", "–", "-", "|", ".", ",", ":", ";",
          "/", "•", "·", "“", "”", "‘", "’", "\"", "'", "", "\u00A0", "\t", "   ", "&nbsp;",
          "&amp;", "\u200B", "\uFEFF", "\\'", "<", ">", "›", "@", "%", "&");

  private static final List<String> WORDS =
      List.of(
          "Library",
          "opens",
          "late",
          "Harbour",
          "works",
          "begin",
          "Council",
          "approves",
          "budget",
          "Minister",
          "visits",
          "school",
          "New",
          "bridge",
          "La",
          "ville",
          "Ayuntamiento",
          "inicia",
          "obras",
          "Prefeitura",
          "anuncia",
          "Undated",
          "U.S.",
          "Mr.",
          "e.g.",
          "No.",
          "nº",
          "n°",
          "Vol.",
          "Issue",
          "#12",
          "No. 5",
          "Sept",
          "amid",
          "March Madness",
          "May Day");

  /**
   * Chars that fold (NFKD, marks dropped, lower case) to more or fewer chars, and digits that are
   * not ASCII: where the written and the folded text could part.
   */
  private static final List<String> ODD =
      List.of(
          "½",
          "ﬁ",
          "№",
          "™",
          "İ",
          "e\u0301",
          "Marc\u0327o",
          "２０２４",
          "５",
          "²",
          "٢٠٢٤",
          "٣",
          "Ⅻ",
          "ª",
          "º",
          "1ᵉʳ",
          "ß",
          "ǅ",
          "ﬀ",
          "…",
          "MARÇO",
          "FÉVR.",
          "AOÛT",
          "Ⅲ",
          "\u0301");

  private static final List<String> WHOLE_LINES =
      List.of(
          "March 2024",
          "2024",
          "Marzo de 2024",
          "5 March",
          "Tuesday 5 March",
          "5–7 March 2024",
          "30 March - 2 April 2024",
          "Del 16 al 18 de enero de 2026",
          "5 March 2024",
          "March 5, 2024",
          "March 5-7, 2024",
          "From 5 to 7 March 2024",
          "Du 5 au 7 mars 2024",
          "Del viernes, 16 de enero de 2026 al domingo, 18 de enero de 2026",
          "De 28 de dezembro a 3 de janeiro de 2025",
          "5 March 2024 – 7 March 2024",
          "Tuesday, 5 March 2024",
          "mardi 5 mars 2024",
          "Le 1er mars 2024",
          "martes, 5 de marzo de 2024",
          "Quinta-feira, 27/02/2024",
          "terça-feira, 5 de março de 2024",
          "10:30 AM, March 3, 2024",
          "10h30, 5 de março de 2024",
          "FOR IMMEDIATE RELEASE: 5 March 2024",
          "[03/03/2024] Library opens late",
          "(2 March 2024) Harbour works begin",
          "Published on 5 March 2024 by Jane Doe",
          "Posted on March 5, 2024 | 3 min read",
          "Publié le 5 mars 2024 à 10h30",
          "Publicado el 5 de marzo de 2024",
          "Publicado em 5 de março de 2024",
          "Última atualização: 05/03/2024 14h45",
          "Updated: 5 March 2024, 10:30 GMT",
          "2024-03-05",
          "05/03/2024",
          "03/05/2024",
          "13/03/2024",
          "Édition du 5 mars 2024",
          "Día 5 de marzo",
          "Dia 5 de março",
          "Press release – 5 March 2024",
          "News | 5 March 2024 | English",
          "Category: News | Tags: budget",
          "Read more »",
          "- ENDS -",
          "###",
          "-30-",
          "Media contact: Jane Doe, +1 (555) 010-2030",
          "1,245 views",
          "Comments (3)",
          "Library opens late – 5 March 2024",
          "Library opens late (5 March 2024)",
          "By Jane Doe, 5 March 2024",
          "Por Juan Pérez | 5 de marzo de 2024",
          "Par Jean Dupont, le 5 mars 2024",
          ", to 7 March 2024",
          "to 7 March 2024",
          "- 7 March 2024",
          "31-2 March",
          "5–7",
          "5 – 7 March",
          "March 5–",
          "Mar 5 - Apr 2, 2024",
          "Undated",
          "Sept. 31, 2024",
          "29 February 2023",
          "0 March 2024",
          "1st–3rd March 2024",
          "hace 2 días",
          "3 days ago",
          "Yesterday",
          "Wed, 1 Sept. 2021",
          "2024\t5 March\tNews",
          "5 March 2024   Library opens late",
          "Du lundi 5 au mercredi 7 mars 2024",
          "entre el 5 y el 7 de marzo de 2024",
          "From March 30 to April 2, 2024",
          "Between 5 and 7 March 2024",
          "until 7 March 2024",
          "De 5 a 7 de março de 2025",
          "Jusqu'au 7 mars 2024",
          "Hasta el 7 de marzo de 2024",
          "5 de março a 7 de março de 2025",
          "Du 30 mars au 2 avril 2024",
          "31 December 2024 - 2 January 2025",
          "Posted by Jane Doe on March 5, 2024",
          "March 3, 2024 by Ana Costa",
          "Publié par Marie Dupont le 29 février 2024",
          "publicado 16/02/2022 14h45, ultima modificacao 16/02/2022 14h43",
          "6 novembre 2015 - Promenade d'automne :",
          "2024-03-05T14:30:00Z",
          "Il y a 3 jours",
          "Mar 5, 2024 · 3 min read",
          "Tue, 05 Mar 2024 10:30:00 +0000",
          "5/3",
          "05.03.2024",
          "5 March 2024 | 10:30 | News",
          "Fecha: 5 de marzo de 2024",
          // session 55's shapes
          "• 14/11/2025",
          "- 13/11/2025",
          "• 09h50",
          "• • 14/11/2025",
          "04/03/2024 10h30 Atualizado há 2 horas",
          "March 4, 2024 | Updated 2 hours ago",
          "Redacción | Madrid | 3 de marzo de 2024",
          "Por Redacción | 3 de marzo de 2024 - 10:45",
          "Posted on March 2, 2024 by harbourblog",
          "GENEVA, 1 December 2017: Ministers agree",
          "Líneas 1/3/25 | Desvío",
          "Lisboa, 03/04/24 - O governo aprova",
          "Home > News > Press releases",
          "« Previous 1 2 3 … 27 Next »",
          "Página 2 de 15",
          "© 2024 City Council. All rights reserved.",
          "We use cookies to make this site work. Accept all | Reject",
          "Leia também: Câmara aprova reajuste",
          "Compartilhe:",
          "Skip to main content",
          "El Gobierno aprueba un abono para jóvenesEl Consejo de Ministros aprobó este martes un abono",
          // session 56's shapes
          "Geneva, 28 November 2023",
          "Ciudad de Guatemala, 16 de noviembre de 2023",
          "Rome, le 10 octobre 2024",
          "CARACAS, Venezuela 28-11-2023",
          "Planning Committee, 12 March 2024",
          "1. 28/03/2024",
          "Rally in Madrid, 3 March 2024",
          "Transport",
          "Related posts");
}
