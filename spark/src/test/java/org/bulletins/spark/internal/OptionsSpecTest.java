package org.bulletins.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.MergePolicy;
import org.junit.jupiter.api.Test;

/** Options shipped to executors come back equal, every component included. */
class OptionsSpecTest {

  @Test
  void defaultsRoundTrip() throws Exception {
    assertThat(shipped(DedupOptions.defaults())).isEqualTo(DedupOptions.defaults());
  }

  @Test
  void crossLanguageOffSurvivesTheTrip() throws Exception {
    DedupOptions off = DedupOptions.builder().crossLanguage(false).build();
    DedupOptions back = shipped(off);
    assertThat(back.crossLanguage()).isFalse();
    assertThat(back).isEqualTo(off);
  }

  @Test
  void everyComponentSurvivesTheTrip() throws Exception {
    DedupOptions options =
        new DedupOptions(
            3,
            4,
            10,
            3,
            5,
            2,
            30,
            500,
            200,
            1000,
            0.7,
            0.5,
            4,
            42L,
            new MergePolicy(
                MergePolicy.TitleRule.values()[MergePolicy.TitleRule.values().length - 1],
                MergePolicy.BodyRule.values()[MergePolicy.BodyRule.values().length - 1],
                MergePolicy.DateRule.values()[MergePolicy.DateRule.values().length - 1]),
            false);
    assertThat(shipped(options)).isEqualTo(options);
  }

  /** Through Java serialization, as Spark ships a closure's spec. */
  private static DedupOptions shipped(DedupOptions options)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(OptionsSpec.of(options));
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return ((OptionsSpec) in.readObject()).options();
    }
  }
}
