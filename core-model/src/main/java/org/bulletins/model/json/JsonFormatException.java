package org.bulletins.model.json;

/**
 * Thrown when JSON cannot be read as a model type: malformed, over a size limit, or with values the
 * model rejects. The message names the source (when known), the target type and the location.
 *
 * @since 0.1.0
 */
public final class JsonFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong and where
   * @param cause the underlying Jackson error
   */
  public JsonFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
