package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

class ItemTableTest {

  /**
   * Items held whole or unread compare as MemberOrder.ITEMS compares them, ties on the span
   * included (from a small alphabet of sources and lines, so that spans tie often).
   */
  @Property(tries = 200)
  void comparesAsTheMemberOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n) {
    SplittableRandom random = new SplittableRandom(seed);
    List<NewsItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(item(random));
    }
    ItemTable table = new ItemTable();
    table.readWith(items::get);
    for (NewsItem item : items) {
      if (random.nextBoolean()) {
        table.add(item);
      } else {
        table.addUnread(item.span(), item.date());
      }
    }
    for (int a = 0; a < n; a++) {
      assertThat(table.date(a)).isEqualTo(items.get(a).date());
      for (int b = 0; b < n; b++) {
        assertThat(Integer.signum(table.compareOrder(a, b)))
            .isEqualTo(Integer.signum(MemberOrder.ITEMS.compare(items.get(a), items.get(b))));
      }
    }
    assertThat(table).isEqualTo(items);
  }

  @Test
  void readsAnUnreadItemOnceAndOnlyWhenAsked() {
    NewsItem item = item(new SplittableRandom(7));
    AtomicInteger reads = new AtomicInteger();
    ItemTable table = new ItemTable();
    table.readWith(
        position -> {
          reads.incrementAndGet();
          return item;
        });
    table.addUnread(item.span(), item.date());
    assertThat(table.compareOrder(0, 0)).isZero(); // a tie on the span: reads it
    assertThat(table.get(0)).isSameAs(item);
    assertThat(table.get(0)).isSameAs(item);
    assertThat(reads).hasValue(1);
  }

  @Test
  void anItemReadBackFromElsewhereIsRefused() {
    NewsItem item = item(new SplittableRandom(8));
    ItemTable table = new ItemTable();
    table.readWith(position -> item.withSpan(new SourceSpan("other.txt", 1, 1, 2)));
    table.addUnread(item.span(), item.date());
    assertThatThrownBy(() -> table.get(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be read back");
  }

  private static NewsItem item(SplittableRandom random) {
    int first = 1 + random.nextInt(3);
    return new NewsItem(
        random.nextBoolean()
            ? Optional.of(LocalDate.of(2026, 11, 1 + random.nextInt(3)))
            : Optional.empty(),
        "Title " + random.nextInt(3),
        List.of("Paragraph " + random.nextInt(3)),
        new SourceSpan("s" + random.nextInt(2) + ".txt", first, first, first + random.nextInt(2)));
  }
}
