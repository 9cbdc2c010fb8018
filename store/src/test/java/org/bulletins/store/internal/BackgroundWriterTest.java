package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundWriterTest {

  @Test
  void awaitThrowsTheWritesOwnFailure() {
    SQLException full = new SQLException("disk full");
    assertThatThrownBy(
            () -> {
              try (BackgroundWriter writer = new BackgroundWriter()) {
                writer.start(failingWith(full));
                writer.await();
              }
            })
        .isSameAs(full)
        .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
  }

  @Test
  void whenTheCallerFailsTooTheWritesFailureIsAttachedToIt() {
    SQLException full = new SQLException("disk full");
    IllegalStateException callers = new IllegalStateException("dedup failed");
    assertThatThrownBy(
            () -> {
              try (BackgroundWriter writer = new BackgroundWriter()) {
                writer.start(failingWith(full));
                throw callers;
              }
            })
        .isSameAs(callers)
        .satisfies(
            e -> {
              assertThat(e.getSuppressed()).hasSize(1);
              assertThat(e.getSuppressed()[0]).hasCauseReference(full);
            });
  }

  @Test
  void closeWaitsForWritesStillRunning() throws Exception {
    CountDownLatch callerLeft = new CountDownLatch(1);
    AtomicBoolean written = new AtomicBoolean();
    assertThatThrownBy(
            () -> {
              try (BackgroundWriter writer = new BackgroundWriter()) {
                writer.start(
                    () -> {
                      try {
                        callerLeft.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      written.set(true);
                    });
                callerLeft.countDown();
                throw new IllegalStateException("caller failed before await");
              }
            })
        .hasMessage("caller failed before await");
    assertThat(written).isTrue();
  }

  private static BackgroundWriter.Writes failingWith(SQLException failure) {
    return () -> {
      throw failure;
    };
  }
}
