package sneaky;

import org.bulletins.parser.internal.TextNormalizer;

/** Must not compile: the parser does not export its internal package. */
public final class UsesInternals {
  public static String clean(String text) {
    return TextNormalizer.normalize(text);
  }
}
