package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

class StoryMergerTest {

  @Test
  void bodyLengthIsTheLengthOfTheJoinedBody() {
    for (List<String> paragraphs :
        List.of(
            List.<String>of(),
            List.of("One."),
            List.of("One.", "Two two."),
            List.of("a", "b", "c", "déjà vu 😀"))) {
      NewsItem item = new NewsItem(Optional.empty(), "T", paragraphs, new SourceSpan("s", 1, 1, 1));
      assertThat(StoryMerger.bodyLength(item)).isEqualTo(item.body().length());
    }
  }
}
