package org.bulletins.store.internal;

import java.sql.SQLException;

/** An {@link SQLException} through a lambda; the store unwraps it. */
public final class UncheckedSqlException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Wraps an exception.
   *
   * @param cause the exception
   */
  public UncheckedSqlException(SQLException cause) {
    super(cause);
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
