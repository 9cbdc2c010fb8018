package org.bulletins.examples;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulletins.model.ParsedDocument;
import org.bulletins.model.json.BulletinsJson;
import org.bulletins.parser.BulletinParser;

/**
 * Exports parsed bulletins as one JSON file: {@code ExportJson OUT.json FILE...}. The JSON reads
 * back into the same records with {@code BulletinsJson}.
 */
public final class ExportJson {

  private ExportJson() {}

  /**
   * Runs the example.
   *
   * @param args the output file, then bulletin files
   * @throws Exception if a file cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    BulletinParser parser = BulletinParser.create();
    List<ParsedDocument> documents = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      documents.add(parser.parse(Path.of(args[i])));
    }

    JsonMapper mapper = BulletinsJson.newMapper(); // dates as "2021-06-09", no date as null
    Path out = Path.of(args[0]);
    mapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), documents);

    int items = documents.stream().mapToInt(d -> d.items().size()).sum();
    System.out.println("wrote " + items + " items from " + documents.size() + " files to " + out);
  }
}
