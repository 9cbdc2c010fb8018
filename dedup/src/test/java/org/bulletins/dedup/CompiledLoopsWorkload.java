package org.bulletins.dedup;

/**
 * The work {@link CompiledLoopsTest} runs in a JVM of its own: the seed pages parsed and their
 * items deduplicated again and again, until C2 has compiled the parser's and the engine's hot
 * methods and run them on the same texts.
 */
final class CompiledLoopsWorkload {

  private CompiledLoopsWorkload() {}

  /**
   * Runs the work.
   *
   * @param args the rounds (each parses the five pages once and deduplicates their items once)
   */
  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    DedupEngine engine = DedupEngine.create();
    long stories = 0;
    for (int round = 0; round < rounds; round++) {
      stories += engine.deduplicate(SeedItems.items()).stories().size();
    }
    System.out.println(stories);
  }
}
