package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a date line that says more than the date, as many listings write it: a lead-in ({@code
 * Publié le 12 mars 2024}, {@code Posted on 2024-03-05}, {@code Publicado em 04/03/2024}), a time
 * after the date ({@code March 1, 2024 10:30 AM ET}, {@code à 10h30}, {@code às 10h45}, ISO's
 * {@code 2024-03-05T14:30:00Z}), and label parts beside it, apart from the date by a bar, a middle
 * dot or a spaced dash ({@code Lunes, 4 de marzo de 2024 | Comunicado 45/2024}, {@code 2024-03-05 |
 * Category: Press Release}, {@code By Ana Costa · 5 March 2024}). A later part with a lead-in and a
 * date of its own ({@code | Atualizado em 05/03/2024 às 12h10}) is a label: the first date is the
 * item's. A place alone before the date ({@code Geneva, 28 November 2023}) is read by {@link
 * PlacedDate}.
 *
 * <p>Every part must be one of these, or the line is no such date line: a part that could be a
 * title ({@code 4 March 2024 | Ministers agree on a budget}) leaves the line to the other rules (a
 * date-opened title, a dateline, text). The parser keeps such a line on its item as a label, so
 * that its time and labels are not lost.
 */
final class DecoratedDate {

  /** Longest line considered, in chars. */
  static final int MAX_LENGTH = 120;

  /** The most parts a line may have. */
  private static final int MAX_PARTS = 4;

  /**
   * Longest part read as a label: longer than a field line's label ({@code category: press
   * release}), a numbered header or a byline.
   */
  private static final int MAX_LABEL_PART = 60;

  /**
   * Lead-ins of a listing's header over the day's items, folded ({@code News Releases for Thursday,
   * March 14, 2024}, {@code Billets du jour : 12/03/2018}): see {@link #isListingHeader}.
   */
  private static final ImmutableSet<String> LISTING_LEAD_INS =
      ImmutableSet.of(
          "latest news",
          "news releases for",
          "news releases",
          "press releases for",
          "press releases",
          "news for",
          "noticias del",
          "noticias de",
          "noticias do",
          "ultimas noticias",
          "notas de prensa del",
          "billets du jour",
          "actualites du",
          "nouvelles du",
          "bulletin du");

  /** The first letters of {@link #LISTING_LEAD_INS}, in lower case. */
  private static final String LISTING_INITIALS = initials(LISTING_LEAD_INS);

  /**
   * Lead-ins that may open a date, folded (lower case, no accents), longest first so that {@code
   * published on} is cut whole. A colon may follow; the date's own connectors ({@code le}, {@code
   * el}) are left to the date.
   */
  private static final List<String> LEAD_INS =
      byLengthDescending(
          Sets.union(ReleaseFrame.OPENINGS, LISTING_LEAD_INS), // "FOR IMMEDIATE RELEASE: 5 March"
          "published on",
          "published",
          "posted on",
          "posted",
          "first published",
          "last updated on",
          "last updated",
          "last modified",
          "updated on",
          "updated",
          "released on",
          "released",
          "issued on",
          "issued",
          "date published",
          "pub date",
          "publish date",
          "date posted",
          "publication date",
          "date",
          "dated",
          "publie le",
          "publie",
          "publiee le",
          "mis a jour le",
          "mis a jour",
          "derniere mise a jour",
          "last modified on",
          "modified",
          "ultima modificacao",
          "ultima atualizacao",
          "ultima actualizacion",
          "ultima modificacion",
          "mise a jour le",
          "mise a jour",
          "date de publication",
          "modifie le",
          "cree le",
          "publicado el",
          "publicado",
          "publicada el",
          "publicada",
          "actualizado el",
          "actualizado",
          "actualizada el",
          "fecha de publicacion",
          "fecha",
          "publicado em",
          "publicada em",
          "postado em", // Blogger's Portuguese stamp: "Postado em 28/03/2024 por Ascom"
          "postado",
          "postada em",
          "release date",
          "publicado a",
          "atualizado em",
          "atualizado",
          "atualizada em",
          "data de publicacao",
          "data",
          "em",
          "edition of",
          "edition du",
          "edition de",
          "edicion del",
          "edicion de",
          "edicao de",
          "edicao do",
          "article du", // "Article du 08/06/2009 à 09:31"; "Comunicado del ..." is a title
          "dia");

  /**
   * The lead-ins of an update's stamp, which may follow the first date after a space alone ({@code
   * 04/03/2024 10h30 Atualizado há 2 horas}, as Brazilian portals stamp an article).
   */
  private static final List<String> UPDATE_LEAD_INS =
      List.of(
          "updated",
          "last updated",
          "atualizado",
          "atualizada",
          "actualizado",
          "actualizada",
          "mis a jour",
          "mise a jour");

  /**
   * A newsroom's or an agency's name signing an item in place of a writer's, folded: {@code
   * Redacción | Madrid | 3 de marzo de 2024}.
   */
  private static final Set<String> STAFF_BYLINES =
      ImmutableSet.of(
          "redaccion",
          "la redaccion",
          "redacao",
          "da redacao",
          "redaction",
          "la redaction",
          "staff",
          "staff reporter",
          "newsroom",
          "news desk",
          "agencias",
          "agencia efe",
          "efe",
          "europa press",
          "afp",
          "reuters",
          "lusa",
          "agencia brasil",
          "estadao conteudo",
          "folhapress");

  /**
   * The most parts of a post's meta line that are neither a date nor a known label: an author's
   * name, a list of categories.
   */
  private static final int MAX_SHORT_PARTS = 2;

  /** Longest such part, and the most words of each of its comma-separated names. */
  private static final int MAX_SHORT_PART = 50;

  private static final int MAX_SHORT_PART_WORDS = 4;

  /** Longest user name that signs a post, in chars. */
  private static final int MAX_USER_NAME = 30;

  /** Longest place beside a newsroom's byline, in chars. */
  private static final int MAX_PLACE = 30;

  /** The first words of {@link #LEAD_INS}. */
  private static final Set<String> LEAD_IN_FIRST_WORDS =
      LEAD_INS.stream().map(leadIn -> leadIn.split(" ")[0]).collect(ImmutableSet.toImmutableSet());

  /** The first letters of {@link #LEAD_IN_FIRST_WORDS} and {@link Byline#WORDS}, in lower case. */
  private static final String LEAD_IN_INITIALS =
      initials(Sets.union(Sets.union(LEAD_IN_FIRST_WORDS, Byline.WORDS), SignedDate.VERBS));

  /** Longer than the longest of {@link #LEAD_IN_FIRST_WORDS}. */
  private static final int MAX_LEAD_IN_WORD = 16;

  /** Words that may stand between a date and its time: {@code at}, {@code à}, {@code a las}. */
  private static final String TIME_CONNECTOR = "(?:at|a|as|a las|a la|alle|ore|um|des|de|-|,|@)";

  /** Time zones written after a time. */
  private static final String ZONE =
      "(?:[(]?(?:utc|gmt|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|cet|cest|wet|west|eet"
          + "|brt|brst|art|clt|cot|pet|mex|ist|hora de brasilia|hora local|heure de paris)"
          + "(?: ?[+-] ?\\d{1,2}(?::?\\d{2})?)?[)]?|[+-]\\d{2}:?\\d{2})"; // "-0700" as feeds write

  // it

  /**
   * A time at the end of a date part (folded): {@code 10:30}, {@code 10.30 am}, {@code 10h30},
   * {@code 10 h 30}, {@code 9 p.m.}, {@code 10h}, with an optional connector before it and an
   * optional zone after it. Each piece matches a bounded number of chars: no repetition whose depth
   * grows with the input.
   */
  private static final Pattern TIME = Pattern.compile("(?:^|[ ,;])" + timeOfDay() + "$");

  /** Longer than any text {@link #TIME} matches, its leading separator included. */
  private static final int MAX_TIME_LENGTH = 64;

  /** An ISO 8601 date and time, folded: {@code 2024-03-05t14:30:00z}, {@code ...t14:30+01:00}. */
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile(
          "([+-]?\\d{4,9}-\\d{1,2}-\\d{1,2})t\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
              + "(?:z|[+-]\\d{2}(?::?\\d{2})?)?");

  /** A time that opens a part, and the comma after it: {@code 10:30 am, march 3, 2024}. */
  private static final Pattern TIME_FIRST = Pattern.compile(timeOfDay() + ",?(?= )");

  /** A part that is a time alone, such as {@code 10:45} after {@code 04/03/2024 -}. */
  private static final Pattern TIME_ALONE = Pattern.compile(timeOfDay());

  /**
   * A time of day, folded, with an optional connector before it and an optional zone after it:
   * {@code 10:30}, {@code a las 10.30 am}, {@code 10h30}, {@code 10 h 30}, {@code 9 p.m. gmt},
   * {@code 10h}, {@code @ 10:00 am - 12:00 pm}, {@code 00:00:00 -0700}. Each piece matches a
   * bounded number of chars.
   */
  private static String timeOfDay() {
    String clock = "(?:[01]?\\d|2[0-3])";
    String minutes =
        "(?:[:.]\\d{2}(?:[:.]\\d{2})?(?: ?(?:a\\.?m\\.?|p\\.?m\\.?|h|hs|hrs|horas|heures|uhr))?)";
    String hours = "(?: ?h(?: ?\\d{2})?(?:min)?)";
    String meridiem = "(?: ?(?:a\\.?m\\.?|p\\.?m\\.?))";
    String time = clock + "(?:" + minutes + "|" + hours + "|" + meridiem + ")";
    // An event's end after its start: "10:00 am - 12:00 pm", "18h-20h"
    String until = "(?: ?[-–] ?" + time + ")?";
    // in brackets too: "Wed 30th April 2025 (1pm)"
    return "(?:" + TIME_CONNECTOR + " )?[(]?" + time + until + "[)]?(?: " + ZONE + ")?";
  }

  /** The number that may follow a label word: {@code Comunicado 45/2024}, {@code No. 12}. */
  private static final Pattern NUMBERED =
      Pattern.compile("(.{1,40}?)(?: (?:no\\.?|n\\.?|n°|nº|num\\.?|#))? ?#?[0-9][0-9/.\\-]{0,11}");

  /** A reading time: {@code 3 min read}, {@code lectura de 3 min}, {@code leitura: 4 min}. */
  private static final Pattern READING_TIME =
      Pattern.compile(
          "(?:\\d{1,3} min(?:ute)?s? read|(?:lectura|leitura|lecture)(?: de|:)? \\d{1,3} min(?:utos|utes)?)");

  /**
   * A count of views, reads, comments or shares beside the date, folded: {@code 2061 vues}, {@code
   * 1,245 views}, {@code 1.2k reads}, {@code 3 comentarios}, {@code 345 visualizacoes}, {@code
   * comments (0)}.
   */
  private static final Pattern COUNT =
      Pattern.compile(
          "(?:\\d{1,3}(?:[., ]\\d{3})+|\\d{1,9})(?:[.,]\\d)?k? ?"
              + "(?:views?|reads?|comments?|shares?|likes?|vues?|lectures?|commentaires?|partages?"
              + "|visitas?|vistas?|lecturas?|visualizaciones|comentarios?|compartidos"
              + "|visualizacoes|visualizacao|leituras?|acessos?|curtidas?)"
              + "|(?:comments?|commentaires?|comentarios?|reactions?)"
              + "(?: ?: ?\\d{1,9}| ?\\(\\d{1,9}\\)| ?\\[\\d{1,9}\\])");

  /**
   * The words of {@link #COUNT} that a title may hold with a small number ({@code 12 Lectures},
   * {@code 3 Visitas}): with one or two digits, a count only in lower case, as sites write counts.
   */
  private static final List<String> TITLE_WORDS_OF_COUNTS = List.of("lecture", "vista", "visita");

  /** A number of one or two digits at the start of a part: {@code 12 Lectures}. */
  private static final Pattern SMALL_NUMBER = Pattern.compile("^\\d{1,2}(?![\\d.,])");

  private DecoratedDate() {}

  /**
   * Whether a folded part is a count of views, reads or comments ({@code 2061 vues}, {@code
   * comments (0)}).
   *
   * @param written the part, as written
   * @param folded the part, folded
   * @return true for a count
   */
  static boolean isCount(String written, String folded) {
    if (!COUNT.matcher(folded).matches()) {
      return false;
    }
    for (String word : TITLE_WORDS_OF_COUNTS) {
      if (folded.contains(word)) {
        // "12 Lectures" is a title; "2061 Lectures", "1.250 VISTAS" and "12 lectures" count
        return written.equals(written.toLowerCase(Locale.ROOT))
            || !SMALL_NUMBER.matcher(folded).find();
      }
    }
    return true;
  }

  /**
   * Reads a date line, plain ({@link DateLineParser#parse}) or decorated ({@link #parse}): a date
   * part beside a title or in a table's cell may be either.
   *
   * @param text the text as the classifier detects dates in it (normalised)
   * @param dates the date recogniser
   * @return the date line, or empty if the text is neither
   */
  static Optional<DateLine> parseAny(String text, DateLineParser dates) {
    Optional<DateLine> date = dates.parse(text);
    return date.isPresent() ? date : parse(text, dates);
  }

  /**
   * Reads a decorated date line.
   *
   * @param text the line as the classifier detects dates in it (normalised)
   * @param dates the date recogniser
   * @return the date line, or empty if the line is not one
   */
  static Optional<DateLine> parse(String text, DateLineParser dates) {
    if (text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Optional<DateLine> decorated =
        mayBeDecorated(text) ? parseParts(text, dates) : Optional.empty();
    if (decorated.isPresent()) {
      return decorated;
    }
    // "Geneva, 28 November 2023", "Rome, le 10 octobre 2024": a place before the date
    Optional<DateLine> placed = PlacedDate.parse(text, dates);
    // "19 octobre 2007 5 19 /10 /octobre /2007 17:57": a date and a badge's echo of it
    return placed.isPresent() ? placed : EchoedDate.parse(text, dates);
  }

  private static Optional<DateLine> parseParts(String text, DateLineParser dates) {
    List<Part> parts = parts(text);
    if (parts.isEmpty() || parts.size() > MAX_PARTS) {
      return Optional.empty();
    }
    DateLine found = null;
    boolean staff = false;
    boolean byline = false; // a post's author: "by admin", "Por Carla Mendes"
    boolean count = false; // "0 comments", "240 views"
    int places = 0;
    int shortParts = 0;
    int namesBeforeDate = 0; // a place or a short part before the date: a headline's place
    boolean shortBeforeDate = false;
    for (Part part : parts) {
      if (found == null) {
        Optional<DateLine> date = datePart(part, dates);
        if (date.isPresent()) {
          found = date.get();
          continue;
        }
      } else if (hasLeadIn(part.folded())
          && (datePart(part, dates).isPresent() || isRelativeStamp(part))) {
        continue; // a later stamp ("atualizado em ...", "atualizado há 2 horas"): the first
        // date is the item's
      } else if (found.date().isPresent()
          && DateLineParser.hasFourDigits(part.written(), 0)
          && dates.parse(part.written()).flatMap(DateLine::date).equals(found.date())) {
        continue; // the same day in another language: "12 mars 2024 | March 12, 2024"
      }
      if (isStaffByline(part)) {
        staff = true;
      } else if (isLabelPart(part)) {
        byline |= Byline.opens(part.folded());
        count |= hasDigit(part.folded()) && isCount(part.written(), part.folded());
      } else if (isPlace(part.written())) {
        places++;
        namesBeforeDate += found == null ? 1 : 0;
      } else if (isShortPart(part.written())) {
        shortParts++;
        shortBeforeDate |= found == null;
      } else {
        return Optional.empty();
      }
    }
    if ((byline || count)
        && found != null
        && places + shortParts <= MAX_SHORT_PARTS
        && !shortBeforeDate
        && (namesBeforeDate == 0 || byline)) {
      // A blog post's meta line: "by admin | Feb 20, 2024 | Community News, Parks | 0 comments",
      // "November 30, 2023 / Jane Whitfield / 0 Comments": its author's name and categories
      // after the date, a place before it only beside a byline ("Por Carla Mendes | Brasília |
      // ..."). "Harbor Festival Returns / March 12, 2024 / 4 Comments" is a headline's line, and
      // "March 12, 2024 | Council Approves New Budget | 3 min read" holds a headline too.
      return Optional.of(found);
    }
    if (shortParts > 0) {
      return Optional.empty();
    }
    // A place is a part only beside a newsroom's byline: "Redacción | Madrid | 3 de marzo de
    // 2024"; "Madrid | 3 de marzo de 2024" may be a title and its date.
    return places == 0 || (staff && places == 1) ? Optional.ofNullable(found) : Optional.empty();
  }

  /**
   * A newsroom's byline, perhaps after {@code Por}, {@code By} or {@code Par} and before a place
   * ({@code Por Redacción}, {@code Redacción Sevilla}).
   */
  private static boolean isStaffByline(Part part) {
    String folded = part.folded();
    String written = part.written();
    for (String word : Byline.WORDS) {
      if (folded.length() > word.length()
          && folded.startsWith(word)
          && folded.charAt(word.length()) == ' '
          && folded.length() == written.length()) {
        folded = folded.substring(word.length() + 1);
        written = written.substring(word.length() + 1);
        break;
      }
    }
    if (STAFF_BYLINES.contains(folded)) {
      return true;
    }
    int space = folded.indexOf(' ');
    return space > 0
        && STAFF_BYLINES.contains(folded.substring(0, space))
        && folded.length() == written.length()
        && isPlace(written.substring(space + 1));
  }

  /**
   * One to three capitalised words of letters, perhaps with the small words of place names between
   * them: a place, as a dateline writes it ({@code Madrid}, {@code Rio de Janeiro}).
   */
  private static boolean isPlace(String written) {
    return written.length() <= MAX_PLACE && PlacedDate.isPlace(written);
  }

  /** A lead-in and a relative date: {@code Atualizado há 2 horas}, {@code Updated 3 hours ago}. */
  private static boolean isRelativeStamp(Part part) {
    String rest = withoutLeadIn(part.folded());
    return !rest.isEmpty() && RelativeDate.parse(rest).isPresent();
  }

  /**
   * The date of one part: the part without its lead-in and its time, when what is left is a date
   * line. A part that is a date line as it stands is one too (a plain date beside labels).
   */
  private static Optional<DateLine> datePart(Part part, DateLineParser dates) {
    Optional<DateLine> date = unsignedDatePart(part, dates);
    if (date.isPresent()) {
      return date;
    }
    Part unsigned = withoutTrailingByline(part);
    if (unsigned == null) {
      // "Posted on March 20, 2024 by Jane Whitfield in Town News": the post's category after it
      Part uncategorised = withoutCategory(part);
      unsigned = uncategorised == null ? null : withoutTrailingByline(uncategorised);
    }
    return unsigned == null ? date : unsignedDatePart(unsigned, dates);
  }

  /** The words that put a post in its category after the byline: {@code in}, {@code dans}. */
  private static final List<String> CATEGORY_WORDS =
      List.of(" in ", " en ", " dans ", " em ", " na ", " no ");

  /**
   * The part without the category that closes it after a byline ({@code ... by Jane Whitfield in
   * Town News}, {@code ... par Marie Dupont dans Actualités}), or null if none closes it.
   */
  private static Part withoutCategory(Part part) {
    String written = part.written();
    String folded = part.folded();
    if (written.length() != folded.length() || !hasByline(folded)) {
      return null;
    }
    for (String word : CATEGORY_WORDS) {
      int at = folded.lastIndexOf(word);
      if (at > 0 && isShortPart(written.substring(at + word.length()))) {
        return new Part(written.substring(0, at), folded.substring(0, at));
      }
    }
    return null;
  }

  /**
   * The part without the byline that closes it ({@code Posted On: 05 APR 2025 2:40PM by PIB Delhi},
   * as government press offices stamp a release; after a lead-in, a user name too), or null if no
   * byline closes it.
   */
  private static Part withoutTrailingByline(Part part) {
    String written = part.written();
    String folded = part.folded();
    if (written.length() != folded.length()) {
      return null; // a char folded to two: the words would not line up
    }
    for (String word : Byline.WORDS) {
      int at = folded.lastIndexOf(" " + word + " ");
      if (at > 0
          && (Byline.is(written.substring(at + 1), folded.substring(at + 1))
              || (hasLeadIn(folded) && isUserName(written, at + word.length() + 2)))) {
        return new Part(written.substring(0, at).strip(), folded.substring(0, at).strip());
      }
    }
    return null;
  }

  /**
   * Whether the text from {@code from} is one user name, as blogs sign a post after a lead-in and a
   * date ({@code Posted on March 2, 2024 by harbourblog}): a letter, then letters, digits, {@code
   * .}, {@code _} or {@code -}.
   */
  static boolean isUserName(String written, int from) {
    int n = written.length();
    if (from >= n || n - from > MAX_USER_NAME || !Character.isLetter(written.charAt(from))) {
      return false;
    }
    for (int i = from; i < n; i++) {
      char c = written.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static Optional<DateLine> unsignedDatePart(Part part, DateLineParser dates) {
    String rest = withoutLeadIn(withoutByline(part));
    Optional<DateLine> date = dates.parse(rest);
    if (date.isPresent()) {
      return date;
    }
    if (!hasTimeMark(rest)) {
      return SignedDate.parse(part.written(), part.folded(), dates);
    }
    Matcher isoTime = ISO_DATE_TIME.matcher(rest);
    if (isoTime.matches()) {
      return dates.parse(isoTime.group(1));
    }
    // A time is at the end, and at most MAX_TIME_LENGTH chars long: only the end is searched.
    Matcher time = TIME.matcher(rest);
    time.useAnchoringBounds(false)
        .region(Math.max(0, rest.length() - MAX_TIME_LENGTH), rest.length());
    if (time.find()) {
      String before = trimEnd(rest.substring(0, time.start()));
      Optional<DateLine> timed = before.isEmpty() ? Optional.empty() : dates.parse(before);
      if (timed.isPresent()) {
        return timed;
      }
    }
    return timeFirst(rest, dates);
  }

  /** A time before the date: {@code 10:30 am, march 3, 2024}, {@code 14h05 - 3 mars 2024}. */
  private static Optional<DateLine> timeFirst(String rest, DateLineParser dates) {
    Matcher time = TIME_FIRST.matcher(rest);
    if (!time.lookingAt()) {
      return Optional.empty();
    }
    String after = rest.substring(time.end()).strip();
    return after.isEmpty() ? Optional.empty() : dates.parse(after);
  }

  /**
   * The part from its lead-in on when a byline opens it ({@code por ana costa publicado ...}, as
   * Plone sites write it): the byline's few words are a label.
   */
  private static String withoutByline(Part part) {
    String folded = part.folded();
    if (!Byline.opens(folded)) {
      return folded;
    }
    String[] words = folded.split(" ");
    for (int k = 2; k <= Byline.MAX_WORDS + 1 && k < words.length; k++) {
      String rest = String.join(" ", List.of(words).subList(k, words.length));
      if (hasLeadIn(rest)) {
        return Byline.isName(part.written(), k) ? rest : folded;
      }
    }
    return folded;
  }

  /**
   * Whether a text is a time of day alone ({@code 09h50}, {@code 10:30 am}).
   *
   * @param text the text as written
   * @return true for a time alone
   */
  /** The longest time stamp alone on its line ({@code 10:30 a.m. ET}). */
  private static final int MAX_TIME_STAMP = 24;

  /**
   * Whether a line is a time of day alone, as a day's news wire stamps each item ({@code 18h47},
   * {@code 03:23 pm}): a label.
   *
   * @param text the line (as the classifier detects dates in it)
   * @return true for a time stamp
   */
  static boolean isTimeStamp(String text) {
    return text.length() <= MAX_TIME_STAMP
        && text.charAt(0) >= '0'
        && text.charAt(0) <= '9'
        && TIME_STAMP.matcher(text).matches();
  }

  /**
   * One clock time as a stamp is written: {@code 18h47}, {@code 18:47}, {@code 3:23 pm}, {@code 9
   * a.m.}, perhaps with a zone. No decimal point ({@code 2.49} is a price), no seconds ({@code
   * 2:03:17} is a race's time) and no range ({@code 8h30 - 12h00} is opening hours).
   */
  private static final Pattern TIME_STAMP =
      Pattern.compile(
          "(?i)(?:[01]?\\d|2[0-3])"
              + "(?::[0-5]\\d(?: ?[ap]\\.?m\\.?)?|h(?:[0-5]\\d)?| ?[ap]\\.?m\\.?)"
              + "(?: [A-Z]{2,4})?");

  static boolean isTimeAlone(String text) {
    String folded = DateLineParser.foldText(text).strip();
    return hasDigit(folded) && TIME_ALONE.matcher(folded).matches();
  }

  /**
   * Whether a date line is a listing's header over the day's items ({@code News Releases for
   * Thursday, March 14, 2024}, {@code latest news 3 February 2025}): its date is every item's under
   * it, the items read as an undated listing's.
   *
   * @param text a date line, as written
   * @return true if it opens with a listing's lead-in
   */
  static boolean isListingHeader(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return false;
    }
    char first = text.charAt(0);
    if (first < 0x80 && LISTING_INITIALS.indexOf(Character.toLowerCase(first)) < 0) {
      return false; // most date lines: a digit or a weekday, no fold to find that out
    }
    return opensWithAny(DateLineParser.foldText(text), LISTING_LEAD_INS);
  }

  /**
   * Whether a text is a lead-in alone, perhaps with a colon ({@code Publicado}, {@code Posted
   * on:}).
   *
   * @param text the text as written
   * @return true for a lead-in
   */
  static boolean isLeadIn(String text) {
    String folded = DateLineParser.foldText(text).strip();
    if (folded.endsWith(":")) {
      folded = folded.substring(0, folded.length() - 1).strip();
    }
    return LEAD_INS.contains(folded);
  }

  private static boolean hasLeadIn(String folded) {
    return !withoutLeadIn(folded).equals(folded);
  }

  private static String withoutLeadIn(String part) {
    for (String leadIn : LEAD_INS) {
      if (part.startsWith(leadIn)
          && part.length() > leadIn.length()
          && (part.charAt(leadIn.length()) == ' ' || part.charAt(leadIn.length()) == ':')) {
        String rest = part.substring(leadIn.length()).strip();
        return rest.startsWith(":") ? rest.substring(1).strip() : rest;
      }
    }
    return part;
  }

  /**
   * A part that may stand beside a date: a time, a field ({@code category: press release}), a label
   * word ({@code press release}) with or without a number, a byline, a reading time, a count of
   * views or comments.
   */
  private static boolean isLabelPart(Part written) {
    String part = written.folded();
    if (part.length() > MAX_LABEL_PART) {
      return false; // a title or a sentence, not a label; the patterns below need not look
    }
    boolean digit = hasDigit(part);
    if ((digit && TIME_ALONE.matcher(part).matches())
        || (digit && part.contains("min") && READING_TIME.matcher(part).matches())
        || (digit && isCount(written.written(), part))
        || Labels.fieldValue(part) != null
        || Labels.isWordLabel(part)) {
      return true;
    }
    if (digit) {
      Matcher numbered = NUMBERED.matcher(part);
      if (numbered.matches() && Labels.isWordLabel(numbered.group(1))) {
        return true;
      }
    }
    return Byline.is(written.written(), written.folded()) || isUserByline(written);
  }

  /** A byline of one user name ({@code by admin}, {@code por redacao2}), as blog themes sign. */
  private static boolean isUserByline(Part part) {
    String folded = part.folded();
    int space = folded.indexOf(' ');
    return space > 0
        && Byline.opens(folded)
        && folded.length() == part.written().length()
        && isUserName(part.written(), space + 1);
  }

  /**
   * A part a post's meta line may hold beside its date and counts: an author's name or a list of
   * categories, each name capitalised, of a few words, with no digit and no sentence's end ({@code
   * Jane Whitfield}, {@code Community News, Parks}, {@code Vie locale}).
   */
  private static boolean isShortPart(String written) {
    if (written.isEmpty() || written.length() > MAX_SHORT_PART || hasDigit(written)) {
      return false;
    }
    char last = written.charAt(written.length() - 1);
    if (last == '.' || last == '!' || last == '?' || last == ':' || written.contains(": ")) {
      return false;
    }
    for (String name : written.split(", ")) {
      if (name.isEmpty()
          || !Character.isUpperCase(name.charAt(0))
          || TitleRule.words(name) > MAX_SHORT_PART_WORDS) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * The parts of a folded line, split at a bar, a middle dot, a bullet, or a dash or a slash with a
   * space on both sides; each stripped. A bar at either end of the line ({@code | Édition du 13
   * juin 2025 |}) makes no part; an empty part anywhere else makes no parts at all.
   */
  private static List<Part> parts(String line) {
    List<Part> parts = new ArrayList<>(4);
    for (String written : atLaterStamps(writtenParts(line))) {
      parts.add(new Part(written, DateLineParser.foldText(written)));
    }
    return parts;
  }

  /** A part as written (normalised) and folded. */
  private record Part(String written, String folded) {}

  private static List<String> writtenParts(String line) {
    String folded = withoutEndBars(line);
    List<String> parts = new ArrayList<>(4);
    int start = 0;
    int n = folded.length();
    for (int i = 0; i < n; i++) {
      char c = folded.charAt(i);
      boolean bar = c == '|' || c == '·' || c == '•';
      boolean dash =
          (c == '-' || c == '–' || c == '—' || c == '/')
              && i > 0
              && folded.charAt(i - 1) == ' '
              && i + 1 < n
              && folded.charAt(i + 1) == ' ';
      if (bar || dash) {
        String part = folded.substring(start, i).strip();
        if (part.isEmpty()) {
          return List.of();
        }
        parts.add(part);
        start = i + 1;
      }
    }
    String last = folded.substring(start).strip();
    if (last.isEmpty()) {
      return List.of();
    }
    parts.add(last);
    return parts;
  }

  /**
   * The parts, each also split where a comma opens a later stamp ({@code publicado 16/02/2022
   * 14h45, ultima modificacao 16/02/2022 14h43} is two parts), or a space opens an update's stamp
   * ({@code 04/03/2024 10h30 atualizado ha 2 horas}).
   */
  private static List<String> atLaterStamps(List<String> parts) {
    List<String> split = new ArrayList<>(parts.size() + 1);
    for (String part : parts) {
      int from = 0;
      for (int space = part.indexOf(' '); space > 0; space = part.indexOf(' ', space + 1)) {
        boolean comma = part.charAt(space - 1) == ',';
        if (!comma && (space + 1 == part.length() || !mayOpenUpdate(part.charAt(space + 1)))) {
          continue; // most spaces: no fold
        }
        String rest = DateLineParser.foldText(part.substring(space + 1));
        if (comma ? hasLeadIn(rest) : opensWithUpdate(rest)) {
          split.add(part.substring(from, comma ? space - 1 : space).strip());
          from = space + 1;
        }
      }
      split.add(part.substring(from).strip());
    }
    return split;
  }

  /** Whether a char may open one of {@link #UPDATE_LEAD_INS}, as written. */
  private static boolean mayOpenUpdate(char c) {
    return "uUlLaAmM".indexOf(c) >= 0;
  }

  /**
   * Whether a folded text opens with a lead-in of an update ({@code atualizado em}, {@code
   * updated}).
   */
  private static boolean opensWithUpdate(String folded) {
    return opensWithAny(folded, UPDATE_LEAD_INS);
  }

  /** Whether a folded text opens with one of some lead-ins, then a space or a colon. */
  private static boolean opensWithAny(String folded, Collection<String> leadIns) {
    for (String leadIn : leadIns) {
      if (folded.startsWith(leadIn)
          && folded.length() > leadIn.length()
          && (folded.charAt(leadIn.length()) == ' ' || folded.charAt(leadIn.length()) == ':')) {
        return true;
      }
    }
    return false;
  }

  private static String withoutEndBars(String line) {
    String stripped = line.strip();
    int start = stripped.startsWith("|") ? 1 : 0;
    int end = stripped.length() - (stripped.endsWith("|") && stripped.length() > start ? 1 : 0);
    return stripped.substring(start, end);
  }

  private static String trimEnd(String text) {
    int end = text.length();
    while (end > 0 && " ,;-–—|".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * A necessary condition, read in one pass without folding, so that the titles with a number in
   * them (the lines that get here) cost little: a run of four digits (every date line's year), and
   * a part separator, a time's mark after a digit ({@code 10:30}, {@code 10h}, {@code 9 pm}) or a
   * first word that opens a lead-in.
   */
  private static boolean mayBeDecorated(String text) {
    int run = 0;
    boolean year = false;
    boolean more = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        year |= ++run == 4;
        // A time's mark follows the last digit of a run: looked for once per number.
        boolean last = i + 1 == n || text.charAt(i + 1) < '0' || text.charAt(i + 1) > '9';
        more |= last && !more && isTimeMark(text, i + 1);
        continue;
      }
      run = 0;
      if (c == '|' || c == '·' || c == '•') {
        more = true;
      } else if ((c == '-' || c == '–' || c == '—' || c == '/')
          && i > 0
          && text.charAt(i - 1) == ' '
          && i + 1 < n
          && text.charAt(i + 1) == ' ') {
        more = true;
      }
    }
    year |= DateLineParser.hasShortYearDate(text);
    return year && (more || opensWithLeadIn(text) || hasByline(text));
  }

  /**
   * Whether a byline's first word stands inside the text ({@code March 3, 2024 by Ana Costa}), or
   * the word between signing names and their date ({@code Julie Martin le 4 juin 2024}).
   */
  private static boolean hasByline(String text) {
    return text.contains(" by ")
        || text.contains(" por ")
        || text.contains(" par ")
        || text.contains(" le ")
        || text.contains(" el ")
        || text.contains(" em ");
  }

  /** Whether a time's mark follows one of the text's digits. */
  private static boolean hasTimeMark(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && isTimeMark(text, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a time's mark follows a digit at {@code at}, after at most one space: {@code :}, {@code
   * .} or {@code h} ({@code 10:30}, {@code 10h}), or {@code am}, {@code pm}, {@code a.m.}.
   */
  private static boolean isTimeMark(String text, int at) {
    int j = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
    if (j >= text.length()) {
      return false;
    }
    char c = text.charAt(j);
    if (c == ':' || c == '.') {
      return isDigit(text, j + 1) && isDigit(text, j + 2); // 10:30, 10.30, not 2024. or 3.5
    }
    if (c == 'h' || c == 'H') {
      return !isLetter(text, j + 1) || text.startsWith("min", j + 1); // 10h, 10h30, 10 h 30
    }
    if (c == 'a' || c == 'A' || c == 'p' || c == 'P') {
      // 9 am, 9 p.m., not "2024 amid"
      boolean m = isChar(text, j + 1, 'm') || isChar(text, j + 1, 'M');
      return (m && !isLetter(text, j + 2)) || isChar(text, j + 1, '.');
    }
    return false;
  }

  private static boolean isDigit(String text, int i) {
    return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  private static boolean isLetter(String text, int i) {
    return i < text.length() && Character.isLetter(text.charAt(i));
  }

  private static boolean isChar(String text, int i, char c) {
    return i < text.length() && text.charAt(i) == c;
  }

  /** Whether the line's first word is the first word of a lead-in. */
  private static boolean opensWithLeadIn(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (first < 0x80 && LEAD_IN_INITIALS.indexOf(Character.toLowerCase(first)) < 0) {
      return false; // most titles: no copy of the first word to find that out (Última: folded)
    }
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end > 0
        && end <= MAX_LEAD_IN_WORD
        && (LEAD_IN_FIRST_WORDS.contains(DateLineParser.foldText(text.substring(0, end)))
            || SignedDate.VERBS.contains(DateLineParser.foldText(text.substring(0, end)))
            || Byline.WORDS.contains(text.substring(0, end).toLowerCase(Locale.ROOT)));
  }

  /** The first letters of some words. */
  private static String initials(Set<String> words) {
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      if (initials.indexOf(word.substring(0, 1)) < 0) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  private static List<String> byLengthDescending(Set<String> more, String... leadIns) {
    List<String> sorted = new ArrayList<>(List.of(leadIns));
    sorted.addAll(more);
    sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return ImmutableList.copyOf(sorted);
  }
}
