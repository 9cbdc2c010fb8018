package org.bulletins.parser;

/**
 * A language whose month and weekday names the parser recognises in date lines.
 *
 * <pre>{@code
 * BulletinParser english = BulletinParser.builder()
 *     .languages(EnumSet.of(DateLanguage.ENGLISH))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public enum DateLanguage {
  /** {@code 9 June, 2021}, {@code June 9th, 2021}, {@code Wed. Sept. 1st 2021}. */
  ENGLISH,
  /** {@code 9 de junio de 2021}, {@code miércoles 9 de junio del 2021}. */
  SPANISH,
  /** {@code 9 juin 2021}, {@code mercredi 1er septembre 2021}. */
  FRENCH,
  /** {@code 9 de junho de 2021}, {@code 1º de março de 2021}. */
  PORTUGUESE
}
