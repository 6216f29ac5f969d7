package io.mrrlens.mail;

/** A mail that could not be sent, with what went wrong in a few words. */
public final class MailException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure, so that the caller can say what to fix. */
  public enum Failure {
    /** The server could not be reached: refused, unknown host, network down. */
    CONNECTION,
    /** The server did not answer in time. */
    TIMEOUT,
    /** TLS could not be set up: no STARTTLS offered, bad certificate, handshake failed. */
    TLS,
    /** The server refused the user and password. */
    AUTHENTICATION,
    /** The server refused the sender or the recipients. */
    REJECTED,
    /** Anything else the server or the mail library reported. */
    OTHER
  }

  private final String server;
  private final String reason;
  private final Failure failure;

  public MailException(String server, Failure failure, String reason, Throwable cause) {
    super(server + ": " + reason, cause);
    this.server = server;
    this.failure = failure;
    this.reason = reason;
  }

  /** host:port of the server. */
  public String server() {
    return server;
  }

  /** What went wrong, e.g. {@code authentication failed}. */
  public String reason() {
    return reason;
  }

  public Failure failure() {
    return failure;
  }
}
