package org.bulletins.parser;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fuzz target's guarantees ({@link ParserInvariants}) over generated bulletin pages: every
 * entry point agrees, nothing is lost, diagnostics name real lines, written items read back, in
 * every combination of options. Tries come from {@code jqwik.tries.default} (jqwik's 1000 unless
 * raised: {@code -Djqwik.tries.default=5000}, see docs/RELIABILITY.md).
 */
class EntryPointProperties {

  @Property
  void everyEntryPointKeepsEveryGuarantee(
      @ForAll("pages") String page, @ForAll("options") int options) {
    byte[] payload = page.getBytes(StandardCharsets.UTF_8);
    byte[] data = new byte[payload.length + 1];
    data[0] = (byte) options;
    System.arraycopy(payload, 0, data, 1, payload.length);
    ParserInvariants.check(data);
  }

  @Provide
  Arbitrary<String> pages() {
    return Arbitraries.oneOf(BulletinArbitraries.page(), BulletinArbitraries.datedPage());
  }

  /** Every option bit except raw UTF-16 text (bit 6), which a UTF-8 page does not fit. */
  @Provide
  Arbitrary<Integer> options() {
    return Arbitraries.integers().between(0, 255).map(o -> o & ~0x40);
  }
}
