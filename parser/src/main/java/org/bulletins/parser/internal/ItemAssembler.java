package org.bulletins.parser.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.NewsItem;
import org.bulletins.model.Severity;

/**
 * Turns lines into items, one at a time, holding at most one item and two blocks in memory.
 *
 * <p>Until the first date line the text is an <em>undated section</em>: blocks of lines are told
 * apart by {@link TitleRule}. From the first date line on, every date line starts an item: the next
 * non-blank line is its title and everything up to the next date line is its body, one paragraph
 * per run of non-blank lines.
 */
public final class ItemAssembler {

  private final LineSource lines;
  private final DateLineParser dates;
  private final DiagnosticSink sink;
  private final String source;
  private final int maxItemLength;
  private final Deque<NewsItem> ready = new ArrayDeque<>();
  private boolean ended;

  private boolean dated;
  private PendingDate pendingDate;
  private boolean blankSinceText;
  private ItemBuilder current;

  private BlockBuilder building;
  private Block pendingBlock;
  private int blanks;

  /**
   * Creates an assembler.
   *
   * @param lines the lines to read
   * @param dates the date-line recogniser
   * @param sink where diagnostics go
   * @param source the source name for spans
   * @param maxItemLength the most chars of text one item (or block) holds
   */
  public ItemAssembler(
      LineSource lines, DateLineParser dates, DiagnosticSink sink, String source, int maxItemLength) {
    this.lines = lines;
    this.dates = dates;
    this.sink = sink;
    this.source = source;
    this.maxItemLength = maxItemLength;
  }

  /**
   * Reads up to the next complete item.
   *
   * @return the item, or null when the input is exhausted
   * @throws IOException if reading fails
   */
  public NewsItem next() throws IOException {
    while (ready.isEmpty() && !ended) {
      RawLine line = lines.next();
      if (line == null) {
        end();
      } else {
        accept(line);
      }
    }
    return ready.poll();
  }

  private void accept(RawLine line) {
    String text = TextNormalizer.normalize(line.text());
    if (text.isEmpty()) {
      blankSinceText = true;
      if (!dated) {
        completeBlock();
        blanks++;
      }
      return;
    }
    Optional<DateLine> date =
        text.length() > 64
            ? Optional.empty()
            : dates.parse(TextNormalizer.forDateDetection(line.text()));
    int column = TextNormalizer.firstColumn(line.text());
    if (date.isPresent()) {
      acceptDate(date.get(), line.number(), column);
    } else if (dated) {
      acceptDatedText(text, line.number(), column);
    } else {
      acceptUndatedText(text, line.number(), column);
    }
  }

  private void acceptDate(DateLine date, int number, int column) {
    if (dated) {
      finishItem();
    } else {
      endUndatedSection();
      dated = true;
    }
    if (pendingDate != null) {
      orphanDate("another date line");
    }
    for (DateLine.Problem problem : date.problems()) {
      sink.report(
          problem.error() ? Severity.ERROR : Severity.WARNING,
          problem.code(),
          number,
          column,
          problem.message());
    }
    pendingDate = new PendingDate(date.date(), number, column);
  }

  private void acceptDatedText(String text, int number, int column) {
    if (pendingDate != null) {
      current =
          new ItemBuilder(
              pendingDate.date(), pendingDate.line(), number, cap(text), number, maxItemLength, sink);
      pendingDate = null;
    } else {
      current.addLine(text, number, blankSinceText);
    }
    blankSinceText = false;
  }

  private void acceptUndatedText(String text, int number, int column) {
    if (building == null) {
      building = new BlockBuilder(number, column, blanks, maxItemLength, sink);
      blanks = 0;
    }
    building.add(text, number);
  }

  private void completeBlock() {
    if (building == null) {
      return;
    }
    Block block = building.build();
    building = null;
    if (pendingBlock != null) {
      decide(pendingBlock, block);
    }
    pendingBlock = block;
  }

  private void endUndatedSection() {
    completeBlock();
    if (pendingBlock != null) {
      decide(pendingBlock, null);
      pendingBlock = null;
    }
    finishItem();
  }

  private void decide(Block block, Block next) {
    boolean title =
        current == null
            ? TitleRule.shape(block.text()) != TitleRule.Shape.PARAGRAPH
            : TitleRule.isTitle(block, next);
    if (title) {
      finishItem();
      current =
          new ItemBuilder(
              Optional.empty(),
              block.firstLine(),
              block.firstLine(),
              cap(block.text()),
              block.lastLine(),
              maxItemLength,
              sink);
    } else if (current != null) {
      current.addParagraph(block);
    } else {
      sink.report(
          Severity.WARNING,
          DiagnosticCode.TEXT_ORPHAN,
          block.firstLine(),
          block.column(),
          (block.firstLine() == block.lastLine()
                  ? "line " + block.firstLine()
                  : "lines " + block.firstLine() + "-" + block.lastLine())
              + " read as a paragraph before any title; the text belongs to no item");
    }
  }

  private String cap(String title) {
    return title.length() <= maxItemLength ? title : title.substring(0, maxItemLength);
  }

  private void finishItem() {
    if (current != null) {
      ready.add(current.build(source));
      current = null;
    }
  }

  private void orphanDate(String followedBy) {
    sink.report(
        Severity.WARNING,
        DiagnosticCode.DATE_ORPHAN,
        pendingDate.line(),
        pendingDate.column(),
        "the date line is followed by " + followedBy + ", not by a title; it starts no item");
    pendingDate = null;
  }

  private void end() {
    if (dated) {
      if (pendingDate != null) {
        orphanDate("the end of the text");
      }
      finishItem();
    } else {
      endUndatedSection();
    }
    sink.finish();
    ended = true;
  }

  private record PendingDate(Optional<LocalDate> date, int line, int column) {}
}
