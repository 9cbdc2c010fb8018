package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.sketch.SignedCodec;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.bulletins.store.BulletinStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's items are signed without their terms, but their blobs are those of the items signed with
 * them: the term hashes kept in place of the term-pair keys (a third of a blob), byte for byte.
 * Signed without terms and encoded as such, every blob took its pair keys whole: a 1M store grew by
 * a fifth.
 */
class StoredBlobsTest {

  @TempDir Path dir;

  private static final String PAGE =
      """
      2026-11-23

      NATO, the EU and the UN meet in Lisbon

      Leaders of Portugal, Spain, France and Brazil met the IMF and the WHO with 45 ministers,
      12 envoys and 300 delegates from the OECD in Lisbon on Monday.

      2026-11-23

      Harbour cranes

      The port of Tarvin said the cranes would be repaired by the spring.

      2026-11-24

      Talks held in Geneva

      The NRA met officials from Tarvin, Lisbon and Madrid in Geneva with the ILO and UNESCO.
      """;

  @Test
  void aFilesBlobsAreThoseOfItsItemsSignedWithTheirTerms() throws Exception {
    Path file = dir.resolve("news.db");
    byte[] content = PAGE.getBytes(StandardCharsets.UTF_8);
    try (BulletinStore store = BulletinStore.open(file)) {
      store.ingest("monday.txt", content);
    }
    List<NewsItem> items = BulletinParser.create().parse(content, "monday.txt").items();
    ItemSigner signer = new ItemSigner(DedupOptions.defaults());
    SignedCodec codec = new SignedCodec(DedupOptions.defaults());
    List<byte[]> expected = new ArrayList<>();
    for (NewsItem item : items) {
      expected.add(codec.encode(signer.sign(item)));
    }

    List<byte[]> stored = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT s.blob FROM signatures s JOIN items i ON i.id = s.item_id ORDER BY i.id")) {
      while (rows.next()) {
        stored.add(rows.getBytes(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    assertThat(items).hasSize(3);
    assertThat(stored).hasSize(3);
    for (int i = 0; i < items.size(); i++) {
      assertThat(stored.get(i)).as(items.get(i).title()).isEqualTo(expected.get(i));
    }
    // The first item's terms are many: its blob keeps their hashes, smaller than its pair keys.
    ItemSigner.Signed first = signer.sign(items.get(0));
    long pairKeys = Arrays.stream(first.keys()).filter(k -> k < 0).count();
    assertThat(pairKeys).isGreaterThan(10);
    byte[] whole = codec.encode(new ItemSigner.Signed(first.signature(), first.keys(), null));
    assertThat(stored.get(0).length).isLessThan(whole.length);
  }
}
