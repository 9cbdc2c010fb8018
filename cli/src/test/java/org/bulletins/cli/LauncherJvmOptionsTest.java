package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the {@code bulletins} launcher picks by command and input size: its {@code
 * streaming-jvm} block run on its own by bash, with sparse files of the sizes that matter (GNU
 * {@code du -b} counts their apparent size).
 */
class LauncherJvmOptionsTest {
  private static final long MIB = 1024 * 1024;
  private static final String C1 = "-XX:TieredStopAtLevel=1";
  private static final String C2 = "-XX:-TieredCompilation";
  private static final String ENGINE_C2 =
      C2 + " -XX:-UseProfiledLoopPredicate -XX:FreqInlineSize=60 -XX:InlineSmallCode=500";
  private static final String MARKING =
      " -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85 -XX:MaxTenuringThreshold=0";
  private static final String YOUNG_SIZES =
      " -XX:+UnlockExperimentalVMOptions -XX:G1NewSizePercent=5 -XX:G1MaxNewSizePercent=5";
  private static final String WHOLE_HEAP = " -XX:InitialRAMPercentage=100" + YOUNG_SIZES;
  private static final String LATE_MARKING = MARKING + WHOLE_HEAP;
  private static final String ENGINE_C2_LATE_MARKING = ENGINE_C2 + LATE_MARKING;
  private static final String SERIAL = "-XX:+UseSerialGC";

  private static final String HUGE_PAGES = " -XX:+UseTransparentHugePages";
  private static final String HALF_THE_MEMORY = " -XX:MaxRAMPercentage=50";
  // An ingest's heap of half the memory, committed whole with a young twentieth as the engine's.
  private static final String HALF_THE_MEMORY_WHOLE = HALF_THE_MEMORY + WHOLE_HEAP;
  private static final String PROMOTED = " -XX:MaxTenuringThreshold=0";
  // What an ingest into a store that is or will be 1.5 GiB or more gets beside its compilers and
  // huge pages.
  private static final String GROWN_STORE = HALF_THE_MEMORY_WHOLE + PROMOTED;

  @TempDir Path dir;

  /** What the launcher reads as the kernel's transparent huge pages mode in {@link #options}. */
  private String hugePagesMode = "always madvise [never]";

  /** What the launcher reads as the kernel's overcommit mode in {@link #options}. */
  private String overcommitMode = "0";

  @BeforeAll
  static void gnuDuTellsApparentSizes() throws Exception {
    // Without GNU du -b the launcher cannot size its input and takes the large inputs' choice.
    Process du = new ProcessBuilder("du", "-b", "--", "/dev/null").start();
    du.getInputStream().readAllBytes();
    du.getErrorStream().readAllBytes();
    assumeTrue(du.waitFor(30, TimeUnit.SECONDS) && du.exitValue() == 0, "needs GNU du -b");
  }

  @Test
  void parseAndCheckUseTheSerialCollectorWithC1BelowAndC2From128MiB() throws Exception {
    Path small = file("small.txt", 127 * MIB);
    Path large = file("large.txt", 128 * MIB);
    assertThat(options("", "parse", small.toString())).isEqualTo(SERIAL + " " + C1);
    assertThat(options("", "check", large.toString())).isEqualTo(SERIAL + " " + C2);
    assertThat(options("", "check", "-"))
        .as("standard input: size unknown")
        .isEqualTo(SERIAL + " " + C2);
  }

  @Test
  void aFolderCountsAllItsFiles() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("pages"));
    sparse(folder.resolve("a.txt"), 100 * MIB);
    sparse(folder.resolve("b.txt"), 100 * MIB);
    assertThat(options("", "parse", folder.toString())).isEqualTo(SERIAL + " " + C2);
    assertThat(options("", "dedup", folder.toString())).isEqualTo(ENGINE_C2_LATE_MARKING);
  }

  @Test
  void theDedupEngineRunsOnC1AloneBelow128MiBAndOnC2AloneFrom128MiBAStoreFrom256MiB()
      throws Exception {
    Path small = file("small.txt", 48 * MIB);
    Path below = file("below.txt", 127 * MIB);
    Path large = file("large.txt", 128 * MIB);
    for (String command : List.of("dedup", "timeline", "report")) {
      assertThat(options("", command, small.toString())).as(command).isEqualTo(C1);
      assertThat(options("", command, below.toString())).as(command).isEqualTo(C1);
      assertThat(options("", command, large.toString()))
          .as(command)
          .isEqualTo(ENGINE_C2_LATE_MARKING);
      assertThat(options("", command, "-")).as(command + ", standard input").isEmpty();
    }
    // A store keeps the 256 MiB line and G1's own marking (its stories are read, not deduplicated),
    // its heap committed whole with a young twentieth.
    Path store = file("news.db", 255 * MIB);
    Path largeStore = file("large.db", 256 * MIB);
    assertThat(options("", "dedup", "--db", store.toString())).as("a store").isEqualTo(C1);
    assertThat(options("", "timeline", "--db=" + store)).as("a store").isEqualTo(C1);
    assertThat(options("", "dedup", "--db", largeStore.toString()))
        .as("a large store")
        .isEqualTo(ENGINE_C2 + WHOLE_HEAP);
    assertThat(options("", "timeline", "--db=" + largeStore))
        .as("a large store")
        .isEqualTo(ENGINE_C2 + WHOLE_HEAP);
    assertThat(options("-XX:MaxGCPauseMillis=500", "dedup", "--db", largeStore.toString()))
        .as("a GC option: the collector's choices are the user's")
        .isEqualTo(ENGINE_C2);
    for (String output : List.of("-o", "--output")) {
      assertThat(options("", "report", output, large.toString(), small.toString()))
          .as("an earlier report is not input")
          .isEqualTo(C1);
    }
    assertThat(options("", "report", "--output=" + large, small.toString())).isEqualTo(C1);
    assertThat(options("", "report", "-o" + large, small.toString())).isEqualTo(C1);
  }

  @Test
  void ingestRunsOnC1AloneForFilesBelow256MiBIntoAStoreBelow4GiBAndOnC2AloneFrom256MiB()
      throws Exception {
    Path day = file("day.txt", 255 * MIB);
    Path store = file("news.db", 4095 * MIB);
    Path grown = file("grown.db", 4096 * MIB);
    Path big = file("big.txt", 256 * MIB);
    assertThat(options("", "ingest", "--db", store.toString(), day.toString()))
        .isEqualTo(C1 + GROWN_STORE);
    assertThat(options("", "ingest", "--db=" + grown, day.toString()))
        .isEqualTo(GROWN_STORE.strip());
    assertThat(options("", "ingest", "--db", store.toString(), big.toString()))
        .isEqualTo(ENGINE_C2 + GROWN_STORE);
    assertThat(options("", "ingest", "--db=" + grown, big.toString()))
        .isEqualTo(ENGINE_C2 + GROWN_STORE);
    assertThat(options("", "ingest", "--db", store.toString(), "-"))
        .as("standard input: size unknown")
        .isEqualTo(GROWN_STORE.strip());
  }

  @Test
  void ingestIntoAStoreOf1point5GiBOrMoreMayTakeHalfTheMemoryUnlessTheHeapIsSized()
      throws Exception {
    Path day = file("day.txt", 10 * MIB);
    Path grown = file("grown.db", 1536 * MIB);
    Path below = file("below.db", 1535 * MIB);
    assertThat(options("", "ingest", "--db", grown.toString(), day.toString()))
        .isEqualTo(C1 + GROWN_STORE);
    Path page = file("page.txt", MIB / 8);
    assertThat(options("", "ingest", "--db", below.toString(), page.toString())).isEqualTo(C1);
    assertThat(options("", "ingest", "--db", dir.resolve("new.db").toString(), day.toString()))
        .as("a new store")
        .isEqualTo(C1);
    for (String sized :
        List.of(
            "-Xmx8g", "-XX:MaxHeapSize=8g", "-XX:MaxRAMPercentage=30", "-XX:MaxRAMFraction=2")) {
      assertThat(options(sized, "ingest", "--db", grown.toString(), day.toString()))
          .as(sized)
          .isEqualTo(C1 + PROMOTED);
    }
    assertThat(options("-XX:+UseParallelGC", "ingest", "--db", grown.toString(), day.toString()))
        .as("a GC option: the collector's choices are the user's")
        .isEqualTo(C1 + HALF_THE_MEMORY);
    assertThat(
            options("-XX:-TieredCompilation", "ingest", "--db", grown.toString(), day.toString()))
        .as("compilers chosen, the heap not")
        .isEqualTo(GROWN_STORE.strip());
    assertThat(options("", "dedup", "--db", grown.toString())).doesNotContain("MaxRAMPercentage");
  }

  @Test
  void ingestTakesHalfTheMemoryWhereItsInputWillGrowTheStoreTo1point5GiB() throws Exception {
    // Four bytes of store per byte of text: 1024 MiB + 4 x 128 MiB = 1.5 GiB.
    Path store = file("news.db", 1024 * MIB);
    Path enough = file("enough.txt", 128 * MIB);
    Path less = file("less.txt", 128 * MIB - 1);
    assertThat(options("", "ingest", "--db", store.toString(), enough.toString()))
        .isEqualTo(C1 + GROWN_STORE);
    assertThat(options("", "ingest", "--db", store.toString(), less.toString())).isEqualTo(C1);
    Path fresh = dir.resolve("new.db");
    Path archive = file("archive.txt", 384 * MIB);
    Path smaller = file("smaller.txt", 384 * MIB - 1);
    assertThat(options("", "ingest", "--db", fresh.toString(), archive.toString()))
        .as("a new store, the engine on C2 for the large input")
        .isEqualTo(ENGINE_C2 + GROWN_STORE);
    assertThat(options("", "ingest", "--db", fresh.toString(), smaller.toString()))
        .isEqualTo(ENGINE_C2);
    assertThat(options("", "ingest", "--db", fresh.toString(), "-"))
        .as("standard input: size unknown")
        .isEmpty();
    assertThat(options("-Xmx8g", "ingest", "--db", fresh.toString(), archive.toString()))
        .as("the heap sized by the user")
        .isEqualTo(ENGINE_C2 + PROMOTED);
    assertThat(
            options(
                "-XX:-TieredCompilation", "ingest", "--db", fresh.toString(), archive.toString()))
        .as("the compilers chosen by the user, the heap not")
        .isEqualTo(GROWN_STORE.strip());
  }

  @Test
  void optionsChosenByTheUserWinAndOtherCommandsKeepTheDefaults() throws Exception {
    Path small = file("small.txt", MIB);
    assertThat(options("-Xmx4g -XX:-TieredCompilation", "dedup", small.toString())).isEmpty();
    assertThat(options("-XX:+UseParallelGC", "parse", small.toString())).isEqualTo(C1);
    assertThat(options("-XX:InitiatingHeapOccupancyPercent=60", "parse", small.toString()))
        .as("a G1 threshold tunes G1: no serial collector")
        .isEqualTo(C1);
    assertThat(options("-XX:CompilationMode=quick-only", "check", small.toString()))
        .isEqualTo(SERIAL);
    assertThat(options("", "stories", "--db", small.toString())).isEmpty();
    assertThat(options("", "--version")).isEmpty();
  }

  @Test
  void anyGcOptionChosenByTheUserKeepsG1sOwnMarking() throws Exception {
    Path large = file("large.txt", 128 * MIB);
    for (String javaOpts :
        List.of(
            "-XX:+UseParallelGC",
            "-XX:MaxGCPauseMillis=500",
            "-Xmx4g -XX:InitiatingHeapOccupancyPercent=60",
            "-XX:+G1UseAdaptiveIHOP",
            "-XX:+UnlockExperimentalVMOptions -XX:G1NewSizePercent=20")) {
      assertThat(options(javaOpts, "dedup", large.toString())).as(javaOpts).isEqualTo(ENGINE_C2);
    }
    assertThat(options("-Xmx4g", "dedup", large.toString())).isEqualTo(ENGINE_C2_LATE_MARKING);
  }

  @Test
  void theEngineOnC2AsksForHugePagesWhereTheKernelGivesThemOnlyOnRequest() throws Exception {
    Path small = file("small.txt", 127 * MIB);
    Path large = file("large.txt", 128 * MIB);
    Path store = file("large.db", 256 * MIB);
    Path day = file("day.txt", 256 * MIB);
    hugePagesMode = "always [madvise] never";
    for (String command : List.of("dedup", "timeline", "report")) {
      assertThat(options("", command, large.toString()))
          .as(command)
          .isEqualTo(ENGINE_C2_LATE_MARKING + HUGE_PAGES);
      assertThat(options("", command, small.toString())).as(command).isEqualTo(C1);
    }
    assertThat(options("-Xmx4g", "dedup", large.toString()))
        .isEqualTo(ENGINE_C2_LATE_MARKING + HUGE_PAGES);
    assertThat(options("", "dedup", "--db", store.toString()))
        .as("a store")
        .isEqualTo(ENGINE_C2 + WHOLE_HEAP + HUGE_PAGES);
    assertThat(options("", "parse", large.toString())).isEqualTo(SERIAL + " " + C2);
    assertThat(options("", "check", large.toString())).isEqualTo(SERIAL + " " + C2);
    assertThat(options("", "dedup", "-")).as("standard input: the defaults").isEmpty();
    assertThat(options("-XX:-TieredCompilation", "dedup", large.toString()))
        .as("a compilation option replaces the launcher's choice")
        .isEmpty();
    assertThat(options("", "ingest", "--db", store.toString(), day.toString()))
        .isEqualTo(ENGINE_C2 + HUGE_PAGES);
    assertThat(options("", "ingest", "--db", store.toString(), small.toString()))
        .as("a small ingest into a store below 1.5 GiB")
        .isEqualTo(C1);
    Path grownStore = file("grown.db", 1536 * MIB);
    Path belowGrown = file("below.db", 1535 * MIB);
    Path largeStore = file("large-store.db", 4096 * MIB);
    assertThat(options("", "ingest", "--db", grownStore.toString(), small.toString()))
        .as("a daily file into a grown store")
        .isEqualTo(C1 + HUGE_PAGES + GROWN_STORE);
    assertThat(options("", "ingest", "--db=" + belowGrown, small.toString()))
        .as("below 1.5 GiB no huge pages; the heap is for the store it will be")
        .isEqualTo(C1 + GROWN_STORE);
    assertThat(options("", "ingest", "--db", largeStore.toString(), small.toString()))
        .isEqualTo((HUGE_PAGES + GROWN_STORE).strip());
    assertThat(options("", "ingest", "--db", largeStore.toString(), day.toString()))
        .isEqualTo(ENGINE_C2 + HUGE_PAGES + GROWN_STORE);
    assertThat(options("", "ingest", "--db", grownStore.toString(), "-"))
        .as("standard input into a grown store: the default compilers")
        .isEqualTo((HUGE_PAGES + GROWN_STORE).strip());
    hugePagesMode = "[always] madvise never";
    assertThat(options("", "dedup", large.toString()))
        .as("every heap has them already")
        .isEqualTo(ENGINE_C2_LATE_MARKING);
    hugePagesMode = "always madvise [never]";
    assertThat(options("", "dedup", large.toString())).isEqualTo(ENGINE_C2_LATE_MARKING);
    hugePagesMode = "";
    assertThat(options("", "dedup", large.toString()))
        .as("no such file: not Linux, or no THP")
        .isEqualTo(ENGINE_C2_LATE_MARKING);
  }

  @Test
  void whereTheKernelDoesNotOvercommitTheEngineGetsNoHeapSizes() throws Exception {
    Path large = file("large.txt", 256 * MIB);
    Path store = file("large.db", 256 * MIB);
    overcommitMode = "2";
    assertThat(options("", "dedup", large.toString())).isEqualTo(ENGINE_C2 + MARKING);
    assertThat(options("", "dedup", "--db", store.toString())).isEqualTo(ENGINE_C2);
    overcommitMode = "1";
    assertThat(options("", "dedup", large.toString())).isEqualTo(ENGINE_C2_LATE_MARKING);
    overcommitMode = "";
    assertThat(options("", "dedup", large.toString()))
        .as("no such file: not Linux")
        .isEqualTo(ENGINE_C2_LATE_MARKING);
  }

  @Test
  void anIngestsHeapOfHalfTheMemoryIsCommittedWholeExceptWhereTheKernelDoesNotOvercommit()
      throws Exception {
    Path fresh = dir.resolve("new.db");
    Path archive = file("archive.txt", 384 * MIB);
    Path grown = file("grown.db", 1536 * MIB);
    Path day = file("day.txt", 10 * MIB);
    overcommitMode = "2";
    assertThat(options("", "ingest", "--db", fresh.toString(), archive.toString()))
        .isEqualTo(ENGINE_C2 + HALF_THE_MEMORY + PROMOTED);
    assertThat(options("", "ingest", "--db", grown.toString(), day.toString()))
        .isEqualTo(C1 + HALF_THE_MEMORY + PROMOTED);
    overcommitMode = "0";
    assertThat(options("", "ingest", "--db", fresh.toString(), archive.toString()))
        .isEqualTo(ENGINE_C2 + GROWN_STORE);
    Path noYoungBound = fakeJava("no-young-bound", "-XX:G1MaxNewSizePercent=*");
    assertThat(options(noYoungBound, "", "ingest", "--db", grown.toString(), day.toString()))
        .as("a java that refuses the young generation's bound")
        .isEqualTo(C1 + HALF_THE_MEMORY + PROMOTED);
  }

  @Test
  void aJavaThatRejectsAnOptionRunsWithoutIt() throws Exception {
    Path large = file("large.txt", 256 * MIB);
    Path noInlining = fakeJava("no-inlining", "-XX:FreqInlineSize=*");
    assertThat(options(noInlining, "", "dedup", large.toString()))
        .isEqualTo(C2 + " -XX:-UseProfiledLoopPredicate");
    Path noMarkingOption = fakeJava("no-marking-option", "-XX:-G1UseAdaptiveIHOP");
    assertThat(options(noMarkingOption, "", "timeline", large.toString())).isEqualTo(ENGINE_C2);
    Path noSizes = fakeJava("no-sizes", "-XX:G1NewSizePercent=*");
    assertThat(options(noSizes, "", "dedup", large.toString())).isEqualTo(ENGINE_C2 + MARKING);
    Path noC2 = fakeJava("no-c2", "-XX:-UseProfiledLoopPredicate");
    assertThat(options(noC2, "", "dedup", large.toString())).isEqualTo(C2);
  }

  /** A folder holding a {@code java} that refuses to start with an option matching a pattern. */
  private Path fakeJava(String name, String refused) throws IOException {
    Path folder = Files.createDirectory(dir.resolve(name));
    Path java = folder.resolve("java");
    Files.writeString(
        java,
        "#!/usr/bin/env bash\n"
            + "for a in \"$@\"; do case \"$a\" in "
            + refused
            + ") echo \"Unrecognized VM option\" >&2; exit 1 ;; esac; done\n"
            + "exit 0\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    return folder;
  }

  @Test
  void theJavaOnThePathAcceptsEveryOptionTheLauncherChooses() throws Exception {
    // A JVM that does not know an option refuses to start, and the launcher runs the java on PATH.
    Path small = file("small.txt", MIB);
    Path large = file("large.txt", 256 * MIB);
    Path archive = file("archive.txt", 384 * MIB);
    List<String> chosen =
        List.of(
            options("", "parse", small.toString()),
            options("", "parse", large.toString()),
            options("", "dedup", small.toString()),
            options("", "dedup", large.toString()),
            options("", "ingest", "--db", dir.resolve("new.db").toString(), archive.toString()));
    assertThat(chosen).contains(ENGINE_C2_LATE_MARKING, ENGINE_C2 + GROWN_STORE);
    if (Files.exists(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"))) {
      // Only Linux knows the option; the launcher never asks for it where that file is missing.
      hugePagesMode = "always [madvise] never";
      chosen = new ArrayList<>(chosen);
      chosen.add(options("", "dedup", large.toString()));
      assertThat(chosen).contains(ENGINE_C2_LATE_MARKING + HUGE_PAGES);
    }
    for (String options : chosen) {
      List<String> command = new ArrayList<>(List.of("java"));
      command.addAll(List.of(options.split(" ")));
      command.add("-version");
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(options + ": " + out).isZero();
    }
  }

  private Path file(String name, long bytes) throws IOException {
    return sparse(dir.resolve(name), bytes);
  }

  private static Path sparse(Path path, long bytes) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(bytes);
    }
    return path;
  }

  /**
   * The launcher's options for {@code bulletins ARGS} with BULLETINS_JAVA_OPTS set to {@code
   * javaOpts}.
   */
  private String options(String javaOpts, String... args) throws Exception {
    return options(null, javaOpts, args);
  }

  /**
   * The options chosen with {@code firstOnPath}, when not null, searched first for {@code java}.
   */
  private String options(Path firstOnPath, String javaOpts, String... args) throws Exception {
    Path launcher = Path.of("../bulletins").toAbsolutePath().normalize();
    Path mode = dir.resolve("transparent_hugepage_enabled");
    if (hugePagesMode.isEmpty()) {
      Files.deleteIfExists(mode);
    } else {
      Files.writeString(mode, hugePagesMode + "\n");
    }
    Path overcommit = dir.resolve("overcommit_memory");
    if (overcommitMode.isEmpty()) {
      Files.deleteIfExists(overcommit);
    } else {
      Files.writeString(overcommit, overcommitMode + "\n");
    }
    String script =
        "set -euo pipefail; _bulletins_thp_enabled='"
            + mode
            + "'; _bulletins_overcommit='"
            + overcommit
            + "'; source <(sed -n '/^# BEGIN streaming-jvm/,/^# END streaming-jvm/p'"
            + " \"$0\"); echo \"${jvm[*]+${jvm[*]}}\"";
    List<String> command = new ArrayList<>(List.of("bash", "-c", script, launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("BULLETINS_JAVA_OPTS", javaOpts);
    if (firstOnPath != null) {
      builder
          .environment()
          .merge("PATH", firstOnPath.toString(), (path, first) -> first + ":" + path);
    }
    Process child = builder.start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(err).isZero();
    assertThat(err).isEmpty();
    return out.strip();
  }
}
