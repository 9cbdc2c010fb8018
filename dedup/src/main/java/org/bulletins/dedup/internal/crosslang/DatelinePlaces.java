package org.bulletins.dedup.internal.crosslang;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether two datelines' places may name one place in two languages. A release and its
 * translation carry the same dateline, written as each language writes the city ({@code GENEVA},
 * {@code GINEBRA}, {@code GENÈVE}; {@code NEW YORK}, {@code NUEVA YORK}; {@code EL CAIRO}, {@code
 * LE CAIRE}), while two events of one organisation in one country are datelined where each happened
 * ({@code TEGUCIGALPA} and {@code SAN PEDRO SULA}).
 *
 * <p>Two places may be one when they share a word of three letters or more, when their first or
 * last words open with the same letter (most exonyms do: {@code Vienna}, {@code Viena}, {@code
 * Vienne}), when one spelling is at most half an edit away from the other ({@code ISTANBUL} and
 * {@code ESTAMBUL}, {@code KHERSON} and {@code JERSÓN}, {@code DJIBOUTI} and {@code YIBUTI}), or
 * when a short table of the exonyms that are not ({@code Beijing}, {@code Pekín}) says so. A
 * paragraph's lead word that names no place ({@code UPDATE:}, {@code ACTUALIZACIÓN:}) is no
 * dateline. Lenient on purpose: only places that surely differ count against a translation.
 */
final class DatelinePlaces {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s/\\-–,.()]+");

  /** Exonyms whose first letters differ, each mapped to one name of the place. */
  private static final Map<String, String> EXONYMS =
      ImmutableMap.<String, String>builder()
          .put("pekin", "beijing")
          .put("pequim", "beijing")
          .put("varsovia", "warsaw")
          .put("varsovie", "warsaw")
          .put("jartum", "khartoum")
          .put("cartum", "khartoum")
          .put("khartoum", "khartoum")
          .put("beijing", "beijing")
          .put("warsaw", "warsaw")
          .put("la haya", "the hague")
          .put("la haye", "the hague")
          .put("haia", "the hague")
          .put("the hague", "the hague")
          .put("ciudad de mexico", "mexico city")
          .put("cidade do mexico", "mexico city")
          .put("mexico", "mexico city")
          .put("mexico city", "mexico city")
          .build();

  /** Words that open a paragraph as a dateline does, but name no place, folded. */
  private static final Set<String> NOT_PLACES =
      ImmutableSet.of(
          "update",
          "updated",
          "breaking",
          "correction",
          "editor's note",
          "editors note",
          "exclusive",
          "watch",
          "video",
          "photos",
          "live",
          "actualizacion",
          "ultima hora",
          "correccion",
          "exclusiva",
          "urgente",
          "en vivo",
          "mise a jour",
          "derniere minute",
          "rectificatif",
          "exclusif",
          "en direct",
          "atualizacao",
          "correcao",
          "ao vivo");

  /** The largest share of edits, over the longer spelling, of two spellings of one place. */
  private static final double MAX_EDIT_SHARE = 0.5;

  private DatelinePlaces() {}

  /**
   * Whether a dateline's place names no place: a paragraph's lead word ({@code UPDATE}).
   *
   * @param place the place, as the facts hold it
   * @return true for a lead word
   */
  static boolean isNoPlace(String place) {
    return NOT_PLACES.contains(fold(place));
  }

  /**
   * Whether two datelines' places may be one place.
   *
   * @param a one place, as the facts hold it ({@code Tegucigalpa})
   * @param b the other
   * @return false only for places that surely differ
   */
  static boolean mayBeSame(String a, String b) {
    String foldedA = fold(a);
    String foldedB = fold(b);
    if (foldedA.equals(foldedB)
        || EXONYMS.getOrDefault(foldedA, foldedA).equals(EXONYMS.getOrDefault(foldedB, foldedB))) {
      return true;
    }
    String[] wordsA = WORD_BREAKS.split(foldedA);
    String[] wordsB = WORD_BREAKS.split(foldedB);
    for (String word : wordsA) {
      for (String other : wordsB) {
        if (word.length() >= 3 && word.equals(other)) {
          return true;
        }
      }
    }
    return opensLike(wordsA[0], wordsB)
        || opensLike(wordsA[wordsA.length - 1], wordsB)
        || editShare(foldedA.replace(" ", ""), foldedB.replace(" ", "")) <= MAX_EDIT_SHARE;
  }

  /** The Levenshtein distance of two short spellings over the longer one's length. */
  private static double editShare(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 0.0 : (double) previous[b.length()] / longer;
  }

  /** Whether a word opens with the letter that opens the other place's first or last word. */
  private static boolean opensLike(String word, String[] other) {
    return !word.isEmpty()
        && (opensWith(other[0], word.charAt(0))
            || opensWith(other[other.length - 1], word.charAt(0)));
  }

  private static boolean opensWith(String word, char letter) {
    return !word.isEmpty() && word.charAt(0) == letter;
  }

  private static String fold(String place) {
    String decomposed = Normalizer.normalize(place.strip(), Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
