package io.mrrlens.mail;

/** Sends a mail: over SMTP ({@link SmtpMailSender}) or, for a dry run, by describing it. */
public interface MailSender {
  /**
   * Sends the message to its recipients.
   *
   * @throws MailException when it could not be sent
   */
  void send(MailMessage message);
}
