package io.mrrlens.mail;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A mail to send: a plain-text body and the same content as HTML, whose pictures travel with it as
 * inline parts referenced by {@code cid:} URLs.
 *
 * @param sent the date the mail states (its {@code Date} header)
 */
public record MailMessage(
    String from,
    List<String> to,
    String subject,
    ZonedDateTime sent,
    String text,
    String html,
    List<InlineImage> images) {

  public MailMessage {
    to = List.copyOf(to);
    images = List.copyOf(images);
  }
}
