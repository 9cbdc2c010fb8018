/**
 * A tolerant reader of the dated-bulletin format, and its writer.
 *
 * <pre>{@code
 * BulletinParser parser = BulletinParser.create();
 * ParsedDocument doc = parser.parse(Path.of("seeds/000.txt"));
 * doc.items().forEach(System.out::println);
 * doc.diagnostics().forEach(System.err::println);
 * String again = BulletinWriter.write(doc.items());
 * }</pre>
 *
 * <h2>The format</h2>
 *
 * <p>A <b>date line</b> is a line that holds a date and nothing else but an optional weekday,
 * connector words ({@code de}, {@code del}, {@code of}, {@code le}) and punctuation: {@code 9 June,
 * 2021}, {@code June 9th, 2021}, {@code miércoles 9 de junio de 2021}, {@code 1er juin 2021},
 * {@code 1º de março de 2021}, {@code 2021-06-09}, {@code 09/06/2021}, {@code 9.6.2021}, {@code
 * 2021/06/09}. A line that merely starts with a date is not one. Every date line starts an item:
 * the next non-blank line is its title, and the lines up to the next date line are its body.
 * Consecutive non-blank lines form one paragraph, joined by single spaces; blank lines separate
 * paragraphs. The line {@code Undated} (any case) is a date line that states that its item has no
 * date: {@link org.bulletins.parser.BulletinWriter} writes it before an undated item that follows a
 * dated one, which would otherwise read back as more of the item before.
 *
 * <p>Text before the first date line (the whole page, when it has no date line) is read as
 * <b>undated items</b>: each run of non-blank lines (a block) is a title or a paragraph by this
 * rule. A block is surely a paragraph if it is longer than 160 chars, holds two or more sentences,
 * starts with a lower-case letter or ends with {@code , ; :}. Otherwise it is a title, unless it
 * ends with a period or an ellipsis; such a short one-sentence block is a title only when the block
 * after it is surely a paragraph and the block stands apart from the text above it: at least two
 * blank lines before it, and at least as many as before the paragraph after it. The first block of
 * a page is a title unless it is surely a paragraph. A block's first line is a title of its own,
 * over the rest as a paragraph, when it is title-like, the rest reads as a paragraph opening with a
 * capital, a digit or a quote, and the line is too short to be the first line of a paragraph
 * wrapped at a fixed width. An undated item whose title closes with a whole date ({@code Revue de
 * presse du 14 mai 2024}) takes that date and keeps its title as written.
 *
 * <p><b>Layouts.</b> The text above is the canonical layout ({@code date-title-body}). Before
 * reading, the parser looks at the page's first lines (a bounded window) and infers its {@link
 * org.bulletins.model.PageLayout layout}: the title may come before the date line ({@code
 * title-date-body}), the date line may close the item ({@code title-body-date}), the date may open
 * the title line ({@code 13 June 2018: ...}) or the first paragraph as a dateline ({@code CONAKRY,
 * 29 December 2015 – ...}, or a date and time glued to a teaser: {@code 15 de maio de 2024 às
 * 15:17hA prefeitura ...}), or each item may be one dated line. Label lines (language switches,
 * {@code Press Release}, {@code Categories: ...}, lists of countries, photo captions, short lines
 * repeated on the page) are never titles and are kept in {@link
 * org.bulletins.model.NewsItem#labels()}; a date in a field ({@code Fecha: ...}) is the item's
 * date, and so is a date stacked over two or three short lines as a calendar badge is scraped
 * ({@code 11} / {@code décembre} / {@code 2025}), whose lines are kept as labels. Numeric dates
 * follow the order the page's unambiguous ones show ({@code 23/10/2019}), else the order of its
 * dates written with a month name ({@code March 5, 2024}, {@code 5 March 2024}), else day first on
 * a page in Spanish, French or Portuguese.
 *
 * <p><b>Normalisation.</b> HTML character references are decoded (named ones such as {@code
 * &nbsp;}, {@code &ldquo;}, {@code &amp;}, decimal and hexadecimal ones). Every kind of whitespace
 * (tabs, no-break and narrow no-break spaces...) and control character becomes a space, invisible
 * format characters (zero-width spaces and joiners, soft hyphens, byte-order marks) are removed,
 * runs of spaces collapse and lines are trimmed; a line left empty is blank. Typography (curly
 * quotes, dashes, accents) is kept. Spans give the raw lines: {@code firstLine} (the date line, if
 * any), {@code titleLine} and {@code lastLine}, all 1-based.
 *
 * <p><b>Bytes.</b> UTF-8 with or without a byte-order mark, UTF-16LE and UTF-16BE with one; a line
 * that is not valid UTF-8 is read as Windows-1252. Lines end with LF, CRLF or CR.
 *
 * <h2>Diagnostics</h2>
 *
 * <p>Every non-blank input line lies inside some item's span or is named by a diagnostic. Codes are
 * stable; messages may change. Lines and columns are 1-based.
 *
 * <table>
 *   <caption>Diagnostic codes</caption>
 *   <tr><th>Code</th><th>Severity</th><th>Meaning</th></tr>
 *   <tr><td>{@code date.impossible}</td><td>error</td><td>A date line names no real day
 *       ({@code 31 June, 2021}); it still starts an item, which has no date.</td></tr>
 *   <tr><td>{@code date.ambiguous}</td><td>warning</td><td>A numeric date reads as two valid
 *       dates and the page settles no order (by an unambiguous numeric date, a date written with
 *       a month name, or its language); the configured
 *       {@link org.bulletins.parser.NumericDateOrder} chose.</td></tr>
 *   <tr><td>{@code date.no-year}</td><td>warning</td><td>A date states no year ({@code 3 May},
 *       {@code Genebra, 15 de junho –}) and no section header above it does; its item has no
 *       date, since a year is never guessed. A line {@code March 2024} (any of the four
 *       languages) or {@code 2024} right above a yearless date heads the yearless dates after it
 *       (a month header those of its month) and is kept as a label.</td></tr>
 *   <tr><td>{@code date.relative}</td><td>warning</td><td>A date counts from the day the page
 *       was read ({@code 2 days ago}, {@code Hace 3 días}, {@code Hier}); the page does not
 *       state that day, so its item has no date.</td></tr>
 *   <tr><td>{@code layout.mixed}</td><td>warning</td><td>The page mixes layouts or fits none
 *       well; it was read with the closest one (the message names it).</td></tr>
 *   <tr><td>{@code date.weekday-mismatch}</td><td>warning</td><td>The weekday on a date line is
 *       not the date's weekday; the date was kept.</td></tr>
 *   <tr><td>{@code date.orphan}</td><td>warning</td><td>A date line is followed by another date
 *       line or by the end of the text; it starts no item.</td></tr>
 *   <tr><td>{@code text.orphan}</td><td>warning</td><td>A paragraph before the first title; it
 *       belongs to no item. The message names its lines.</td></tr>
 *   <tr><td>{@code item.no-body}</td><td>warning</td><td>An item has a title but no
 *       paragraph.</td></tr>
 *   <tr><td>{@code item.too-large}</td><td>error</td><td>An item's text passed {@code
 *       maxItemLength}; the rest of its text was dropped (its span still covers it).</td></tr>
 *   <tr><td>{@code line.too-long}</td><td>error</td><td>A line passed {@code maxLineLength}; the
 *       rest of the line was dropped.</td></tr>
 *   <tr><td>{@code document.too-large}</td><td>error</td><td>The text passed {@code
 *       maxDocumentLength}; this line and the rest were not read.</td></tr>
 *   <tr><td>{@code encoding.legacy}</td><td>warning</td><td>A line was not valid UTF-8 and was
 *       read as Windows-1252 (reported once, at the first such line).</td></tr>
 *   <tr><td>{@code encoding.guessed}</td><td>warning</td><td>The bytes had no byte-order mark
 *       but a NUL byte in every other position, and were read as UTF-16LE or UTF-16BE, as the
 *       message says.</td></tr>
 *   <tr><td>{@code encoding.malformed}</td><td>error</td><td>A UTF-16 line held undecodable
 *       bytes, which became U+FFFD.</td></tr>
 *   <tr><td>{@code diagnostics.truncated}</td><td>warning</td><td>Always last: how many more
 *       diagnostics passed {@code maxDiagnostics} and were not recorded.</td></tr>
 * </table>
 */
package org.bulletins.parser;
