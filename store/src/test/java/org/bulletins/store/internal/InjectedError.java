package org.bulletins.store.internal;

/** An error thrown at a phase's end by a test's hook, as the JVM might throw one anywhere. */
final class InjectedError extends Error {
  private static final long serialVersionUID = 1L;

  InjectedError(String phase) {
    super("injected at " + phase);
  }
}
