package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The frame a press release is written in: the line that opens it ({@code FOR IMMEDIATE RELEASE}),
 * its continuation marks ({@code -more-}), the contact lines that close it ({@code Media contact:
 * Jane Doe, 555-0134}) and its end marker ({@code ###}, {@code - ENDS -}, {@code -30-}). Alone on
 * their lines they are labels, never titles; an opening may also lead into a date ({@code FOR
 * IMMEDIATE RELEASE: 5 March 2024}, a date line).
 */
final class ReleaseFrame {

  /** The lines (folded) that open a press release. */
  static final Set<String> OPENINGS =
      ImmutableSet.of(
          "for immediate release",
          "immediate release",
          "para difusion inmediata",
          "para publicacion inmediata",
          "pour diffusion immediate",
          "pour publication immediate",
          "para divulgacao imediata",
          "para publicacao imediata");

  /** Field names (folded) that only a contact line has: any value goes. */
  private static final Set<String> CONTACT_FIELDS =
      ImmutableSet.of(
          "media contact",
          "media contacts",
          "press contact",
          "press contacts",
          "media enquiries",
          "media inquiries",
          "contacto de prensa",
          "contacto para medios",
          "contacto con medios",
          "contact presse",
          "contacts presse",
          "contact media",
          "contact medias",
          "contato para imprensa",
          "contato com a imprensa",
          "assessoria de imprensa");

  /**
   * Field names (folded) that a title or a sentence may open with too ({@code Contact: the app
   * that...}): a contact line only with a value shaped like one ({@link #isContactValue}).
   */
  private static final Set<String> GENERIC_CONTACT_FIELDS =
      ImmutableSet.of(
          "contact",
          "contacts",
          "contacto",
          "contactos",
          "contato",
          "contatos",
          "for more information",
          "more information",
          "mas informacion",
          "para mas informacion",
          "renseignements",
          "pour plus d'informations",
          "mais informacoes",
          "para mais informacoes");

  /** The most words a contact value without an address or number has: {@code press office}. */
  private static final int MAX_NAME_WORDS = 6;

  /** The fewest digits of a telephone number: {@code 555-0134}. */
  private static final int MIN_PHONE_DIGITS = 7;

  /** Digits and the marks between them in a telephone number: {@code +1 (555) 013-4567}. */
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ().-]{5,}\\d");

  /** A span of years, which looks like a number: {@code 2023-2024}. */
  private static final Pattern YEARS = Pattern.compile("\\d{4} ?[-–] ?\\d{4}");

  /** An e-mail address; a handle ({@code @IOM}) is none. */
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

  /** What a press release's end marker says between its dashes or hashes: {@code - ENDS -}. */
  private static final Set<String> END_WORDS = ImmutableSet.of("ends", "end", "fin", "fim", "30");

  /** What decorates an end marker: {@code ###}, {@code -30-}, {@code – FIN –}. */
  private static final String END_MARKS = "#-–—* ";

  /** The fewest hashes of a marker of hashes alone: {@code ###}, {@code # # #}. */
  private static final int MIN_HASHES = 3;

  /** What a press release's continuation mark says: {@code -more-}, {@code (suite)}. */
  private static final Set<String> CONTINUATION_WORDS =
      ImmutableSet.of(
          "more", "mas", "suite", "a suivre", "continua", "continued", "cont", "cont'd");

  private static final String DASHES = "-–—";

  /** {@code (mas)}. */
  private static final int MIN_CONTINUATION = 5;

  /** {@code - continued... -}, with room for spaces. */
  private static final int MAX_CONTINUATION = 24;

  private ReleaseFrame() {}

  /**
   * Whether a field line is a press release's contact line.
   *
   * @param name the field's name, folded, without its colon
   * @param value the field's value, as written
   * @return true for {@code Media contact: Jane Doe}, or {@code Contact:} before an address, a
   *     number or a short name
   */
  static boolean isContactField(String name, String value) {
    return CONTACT_FIELDS.contains(name)
        || (GENERIC_CONTACT_FIELDS.contains(name) && isContactValue(value));
  }

  /**
   * Nothing (the contact follows on the next lines), an e-mail or web address, a telephone number,
   * a value that opens with a capital or a digit ({@code Jane Doe, Press Officer}, {@code Oficina
   * de Comunicación}), or a few words without a full stop ({@code press office}). A sentence in
   * lower case ({@code the new app that connects neighbours...}) is not one.
   */
  private static boolean isContactValue(String value) {
    if (value.isEmpty()
        || value.contains("www.")
        || value.contains("http")
        || (value.indexOf('@') >= 0 && EMAIL.matcher(value).find())
        || hasPhoneNumber(value)) {
      return true;
    }
    char first = value.charAt(0);
    if (Character.isUpperCase(first) || Character.isDigit(first) || first == '+' || first == '(') {
      return true;
    }
    return !value.endsWith(".") && value.split("\\s+").length <= MAX_NAME_WORDS;
  }

  /** A run of digits and the marks of a telephone number, not a span of years. */
  private static boolean hasPhoneNumber(String value) {
    Matcher phone = PHONE.matcher(value);
    while (phone.find()) {
      int digits = 0;
      for (int i = phone.start(); i < phone.end(); i++) {
        digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
      }
      if (digits >= MIN_PHONE_DIGITS && !YEARS.matcher(phone.group()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line is a press release's end marker: three hashes or more alone ({@code ###}, {@code
   * # # #}), or one of {@link #END_WORDS} between marks ({@code - ENDS -}, {@code -30-}, {@code –
   * FIN –}), marked on one side when not in lower case ({@code - ENDS}, {@code ENDS ###}, {@code -
   * Fim}), or alone in capitals ({@code ENDS}, {@code FIN}). {@code - fin}, {@code 30 -} and a lone
   * {@code #} are not.
   *
   * @param text a normalised line
   * @return true for an end marker
   */
  static boolean isEndMarker(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && END_MARKS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && END_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    String word = text.substring(start, end);
    if (word.isEmpty()) {
      return count(text, '#') >= MIN_HASHES; // a rule of dashes or stars alone is left as text
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (!END_WORDS.contains(lower)) {
      return false;
    }
    boolean before = !text.substring(0, start).isBlank();
    boolean after = !text.substring(end).isBlank();
    boolean capitals = word.equals(word.toUpperCase(Locale.ROOT)) && !lower.equals("30");
    if (before && after) {
      return true;
    }
    if (before || after) {
      // "- ENDS", "### FIM", "ENDS ###"; not "- fin" nor "30 -", which a list or a sum may hold
      return !word.equals(lower) && !lower.equals("30");
    }
    return capitals && !lower.equals("end");
  }

  /**
   * Whether a line is the mark a press release puts where it goes on over a page break: {@code
   * -more-}, {@code - MORE -}, {@code (more)}, {@code -más-}, {@code (suite)}, {@code (continua)}.
   * It stays with the item, as a label.
   *
   * @param text a normalised line
   * @return true for a continuation mark
   */
  static boolean isContinuation(String text) {
    if (text.length() < MIN_CONTINUATION || text.length() > MAX_CONTINUATION) {
      return false;
    }
    char open = text.charAt(0);
    char close = text.charAt(text.length() - 1);
    boolean marked =
        (open == '(' && close == ')') || (DASHES.indexOf(open) >= 0 && DASHES.indexOf(close) >= 0);
    return marked
        && CONTINUATION_WORDS.contains(
            DateLineParser.foldText(text.substring(1, text.length() - 1))
                .replaceAll("^[-–— ]+|[-–— .…]+$", ""));
  }

  /**
   * Whether a line is one or two hashes alone ({@code #}, {@code ##}): a mark of the page, kept as
   * a label, but no end marker.
   *
   * @param text a normalised line
   * @return true for a short rule of hashes
   */
  static boolean isShortHashRule(String text) {
    int hashes = count(text, '#');
    return hashes > 0 && hashes < MIN_HASHES && text.replace("#", "").isBlank();
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
