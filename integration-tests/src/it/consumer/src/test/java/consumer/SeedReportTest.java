package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.bulletins.model.ParsedDocument;
import org.junit.jupiter.api.Test;

class SeedReportTest {

  private static final Path SEEDS = Path.of(System.getProperty("seeds.dir"));

  @Test
  void parsesASeedPage() throws Exception {
    ParsedDocument doc = SeedReport.parsePage(SEEDS.resolve("000_790d4aadd91aa11f.txt"));
    assertEquals(10, doc.items().size());
    assertEquals("2021-06-09", doc.items().get(0).date().orElseThrow().toString());
    assertFalse(doc.hasErrors());
  }

  @Test
  void deduplicatesTheSeeds() throws Exception {
    assertEquals(44, SeedReport.countStories(SEEDS));
  }
}
