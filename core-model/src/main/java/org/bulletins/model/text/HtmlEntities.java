package org.bulletins.model.text;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Decodes HTML character references: the named entities that appear in scraped news text (all of
 * Latin-1 and the typographic ones), and decimal ({@code &#8220;}) and hexadecimal ({@code
 * &#x201C;}) numeric references. A reference must end with {@code ;}; unknown names and invalid
 * code points are kept as they are. Numeric references 128 to 159 are read as Windows-1252, as
 * browsers do.
 *
 * <p>The one decoder of the project: the parser decodes the text it reads, and deduplication
 * decodes again the text of items that reached it another way (built in code, read from JSON), so
 * that a scraped {@code &rsquo;} and a typed {@code ’} compare equal.
 *
 * <pre>{@code
 * HtmlEntities.decode("Costa Rica&rsquo;s &#8220;IOM&#x201D;"); // "Costa Rica’s “IOM”"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HtmlEntities {

  private static final String LATIN1_NAMES =
      "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn"
          + " sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest"
          + " Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave"
          + " Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave"
          + " Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig"
          + " ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute"
          + " ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

  private static final Map<String, String> NAMED = buildNamed();

  /** Windows-1252 characters of the codes 0x80 to 0x9F; undefined codes keep their C1 control. */
  private static final char[] WINDOWS_1252_HIGH = {
    '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
    '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
    '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
    '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'
  };

  /** The longest entity name we know, to bound the search for {@code ;}. */
  private static final int MAX_NAME = 10;

  private HtmlEntities() {}

  private static Map<String, String> buildNamed() {
    ImmutableMap.Builder<String, String> names = ImmutableMap.builder();
    String[] latin1 = LATIN1_NAMES.split(" ");
    for (int i = 0; i < latin1.length; i++) {
      names.put(latin1[i], String.valueOf((char) (0xA0 + i)));
    }
    Object[] more = {
      "amp", '&', "AMP", '&', "lt", '<', "LT", '<', "gt", '>', "GT", '>', "quot", '"', "QUOT", '"',
      "apos", '\'', "COPY", '\u00A9', "REG", '\u00AE', "OElig", '\u0152', "oelig", '\u0153',
      "Scaron", '\u0160', "scaron", '\u0161', "Yuml", '\u0178', "fnof", '\u0192', "circ", '\u02C6',
      "tilde", '\u02DC', "ensp", '\u2002', "emsp", '\u2003', "thinsp", '\u2009', "zwnj", '\u200C',
      "zwj", '\u200D', "lrm", '\u200E', "rlm", '\u200F', "ndash", '\u2013', "mdash", '\u2014',
      "horbar", '\u2015', "lsquo", '\u2018', "rsquo", '\u2019', "sbquo", '\u201A', "ldquo",
      '\u201C', "rdquo", '\u201D', "bdquo", '\u201E', "dagger", '\u2020', "Dagger", '\u2021',
      "bull", '\u2022', "hellip", '\u2026', "permil", '\u2030', "prime", '\u2032', "Prime",
      '\u2033', "lsaquo", '\u2039', "rsaquo", '\u203A', "oline", '\u203E', "euro", '\u20AC',
      "trade", '\u2122', "larr", '\u2190', "rarr", '\u2192', "minus", '\u2212', "NewLine", '\n',
      "Tab", '\t', "numero", '\u2116'
    };
    for (int i = 0; i < more.length; i += 2) {
      names.put((String) more[i], String.valueOf(more[i + 1]));
    }
    return names.buildOrThrow();
  }

  /**
   * Decodes every character reference in a text.
   *
   * @param text any text
   * @return the text with references decoded
   */
  public static String decode(String text) {
    return decode(text, c -> true);
  }

  /**
   * Decodes only the character references whose first decoded char passes a test, for example only
   * those that stand for whitespace (such as {@code &nbsp;}), as date-line detection needs.
   *
   * @param text any text
   * @param accept tells, from the first char a reference decodes to, whether to decode it
   * @return the decoded text
   */
  public static String decode(String text, IntPredicate accept) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    // Over a copy of the chars, from one '&' to the next (String.indexOf), not a String.charAt
    // loop: a charAt loop compiled while the texts met so far had one of String's two codings
    // traps on the first text of the other (profile_predicate), and four traps recompile the
    // method it is inlined in (the term extractor's WordTokens.prepare, 45 kB, several times in a
    // fresh process). Same output: the chars between references are copied in order, each
    // reference decoded or kept as it was.
    char[] c = text.toCharArray();
    StringBuilder out = new StringBuilder(c.length);
    int copied = 0; // c[0, copied) are in out
    for (int i = amp; i >= 0; ) {
      int semicolon = findSemicolon(c, i);
      String decoded = semicolon < 0 ? null : lookup(new String(c, i + 1, semicolon - i - 1));
      if (decoded != null && accept.test(decoded.charAt(0))) {
        out.append(c, copied, i - copied).append(decoded);
        copied = semicolon + 1;
        i = text.indexOf('&', copied);
      } else {
        i = text.indexOf('&', i + 1);
      }
    }
    return out.append(c, copied, c.length - copied).toString();
  }

  private static int findSemicolon(char[] text, int amp) {
    int end = Math.min(text.length, amp + 2 + MAX_NAME);
    for (int j = amp + 1; j < end; j++) {
      char c = text[j];
      if (c == ';') {
        return j > amp + 1 ? j : -1;
      }
      if (!(c == '#' && j == amp + 1) && !isAsciiLetterOrDigit(c)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Decodes the name between {@code &} and {@code ;}, or returns null. */
  private static String lookup(String name) {
    if (name.charAt(0) != '#') {
      return NAMED.get(name);
    }
    int codePoint = -1;
    try {
      if (name.length() > 2 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')) {
        codePoint = Integer.parseInt(name.substring(2), 16);
      } else if (name.length() > 1 && name.charAt(1) != '+' && name.charAt(1) != '-') {
        codePoint = Integer.parseInt(name.substring(1));
      }
    } catch (NumberFormatException e) {
      return null;
    }
    if (codePoint >= 0x80 && codePoint <= 0x9F) {
      return String.valueOf(WINDOWS_1252_HIGH[codePoint - 0x80]);
    }
    if (codePoint <= 0
        || codePoint > Character.MAX_CODE_POINT
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
      return null;
    }
    return Character.toString(codePoint);
  }
}
