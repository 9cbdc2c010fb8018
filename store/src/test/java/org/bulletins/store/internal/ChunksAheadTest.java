package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.util.concurrent.Uninterruptibles;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ChunksAheadTest {

  @Test
  void everyValueReachesTheConsumerInOrderOnTheCallingThread() throws SQLException {
    List<Integer> seen = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    ChunksAhead.<Integer>forEach(
        chunks -> {
          for (int c = 0; c < 50; c++) {
            chunks.put(IntStream.range(c * 7, c * 7 + 7).boxed().toList());
          }
          chunks.put(List.of()); // an empty last chunk, as a listing whose size divides evenly
        },
        v -> {
          seen.add(v);
          threads.add(Thread.currentThread().getName());
        });
    assertThat(seen).isEqualTo(IntStream.range(0, 350).boxed().toList());
    assertThat(threads).containsOnly(Thread.currentThread().getName());
  }

  @Test
  void theReadersFailureIsThrownHereAfterTheChunksBeforeIt() {
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                ChunksAhead.<Integer>forEach(
                    chunks -> {
                      chunks.put(List.of(1, 2));
                      throw new SQLException("disk I/O error");
                    },
                    seen::add))
        .isInstanceOf(SQLException.class)
        .hasMessage("disk I/O error");
    assertThat(seen).containsExactly(1, 2);
  }

  @Test
  void anInterruptedReaderStillReadsEverything() throws SQLException {
    List<Integer> seen = new ArrayList<>();
    ChunksAhead.<Integer>forEach(
        chunks -> {
          for (int c = 0; c < 20; c++) {
            Thread.currentThread().interrupt(); // as if something cancelled the reader's thread
            chunks.put(List.of(c));
          }
        },
        seen::add);
    assertThat(seen).isEqualTo(IntStream.range(0, 20).boxed().toList());
  }

  @Test
  void anInterruptOfTheCallingThreadIsKeptForAfterTheListing() throws SQLException {
    List<Integer> seen = new ArrayList<>();
    Thread.currentThread().interrupt();
    try {
      ChunksAhead.<Integer>forEach(
          chunks -> {
            for (int c = 0; c < 5; c++) {
              chunks.put(List.of(c));
            }
          },
          seen::add);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(seen).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aReadersFailureAfterTheConsumersIsKeptAsSuppressed() {
    SQLException disk = new SQLException("disk I/O error");
    IllegalStateException closed = new IllegalStateException("output closed");
    CountDownLatch consumerGaveUp = new CountDownLatch(1);
    // The reader fails once the consumer is about to throw: its failure is either queued behind
    // the consumer's exception or not queued at all (the consumer has stopped); kept either way.
    assertThatThrownBy(
            () ->
                ChunksAhead.<Integer>forEach(
                    chunks -> {
                      chunks.put(List.of(1));
                      Uninterruptibles.awaitUninterruptibly(consumerGaveUp);
                      throw disk;
                    },
                    v -> {
                      consumerGaveUp.countDown();
                      throw closed;
                    }))
        .isSameAs(closed)
        .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(disk));
  }

  @Test
  void anErrorInTheReaderIsThrownHereToo() {
    assertThatThrownBy(
            () ->
                ChunksAhead.<Integer>forEach(
                    chunks -> {
                      throw new OutOfMemoryError("Java heap space");
                    },
                    v -> {}))
        .isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  // A reader that is never told to stop would keep forEach waiting (uninterruptibly: the timeout
  // runs the test on a thread of its own).
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aConsumersExceptionStopsTheReaderBeforeItReturns() {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger readerAlive = new AtomicInteger(1);
    assertThatThrownBy(
            () ->
                ChunksAhead.<Integer>forEach(
                    chunks -> {
                      try {
                        for (int c = 0; c < 1_000_000; c++) {
                          chunks.put(List.of(c));
                          read.incrementAndGet();
                        }
                      } finally {
                        readerAlive.set(0);
                      }
                    },
                    v -> {
                      if (v == 3) {
                        throw new IllegalStateException("output closed");
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("output closed");
    // The reader has ended (its finally ran) when forEach returns, after a few chunks only.
    assertThat(readerAlive).hasValue(0);
    assertThat(read.get()).isLessThan(3 + ChunksAhead.QUEUED + 3);
  }
}
