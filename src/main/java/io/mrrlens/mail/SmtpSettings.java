package io.mrrlens.mail;

import java.time.Duration;

/**
 * Where and how to send mail: the SMTP server, its security, and the account.
 *
 * @param user the account to log in as; null to send without logging in
 * @param password the account's password (never shown: {@link #toString} masks it); null without a
 *     user
 * @param passwordSource where the password came from, in words, for the dry run
 * @param trust the servers whose certificate is accepted without checking it against the JDK's
 *     trusted certificates, space-separated, or {@code *} for any (a self-signed test server); null
 *     for none
 * @param timeout the longest wait to connect, and for each answer of the server
 */
public record SmtpSettings(
    String host,
    int port,
    Tls tls,
    String user,
    String password,
    String passwordSource,
    String trust,
    Duration timeout) {

  /** host:port, as messages name the server. */
  public String server() {
    return host + ":" + port;
  }

  @Override
  public String toString() {
    return "SmtpSettings[" + server() + ", " + tls.label() + ", user " + user + ", password ****]";
  }
}
