package org.govnews;

import java.util.Objects;

/**
 * The one exception govnews throws for unusable input: input that is not text, is over the size
 * limit, or cannot be read. Content it merely finds odd never throws; it becomes a {@link
 * org.govnews.model.Diagnostic} on the result. Programmer errors (null arguments) are {@link
 * NullPointerException}s naming the parameter.
 */
public final class GovNewsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the input could not be parsed. */
  public enum Reason {
    /** Binary data, or bytes that decode to mostly replacement or control characters. */
    NOT_TEXT,
    /** Longer than {@link ParseOptions#maxInputChars()}. */
    TOO_LARGE,
    /** The file or stream could not be read. */
    UNREADABLE
  }

  /** Why the input could not be parsed. */
  private final Reason reason;

  /**
   * An exception for {@code reason} with a message for people.
   *
   * @param reason why the input could not be parsed
   * @param message what happened, for people
   */
  public GovNewsException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * An exception for {@code reason} caused by {@code cause}.
   *
   * @param reason why the input could not be parsed
   * @param message what happened, for people
   * @param cause the underlying failure, such as an {@link java.io.IOException}
   */
  public GovNewsException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Why the input could not be parsed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
