package io.mrrlens.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The dry run: builds the same MIME message the SMTP sender would send and describes it instead
 * (the server and account with the password masked, the headers, the parts, the text in full)
 * without connecting to anything.
 */
public final class DryRunMailSender implements MailSender {
  private final SmtpSettings settings;
  private final Appendable out;

  /**
   * @param out where the description goes
   */
  public DryRunMailSender(SmtpSettings settings, Appendable out) {
    this.settings = settings;
    this.out = out;
  }

  @Override
  public void send(MailMessage message) {
    StringBuilder text = new StringBuilder();
    text.append("Dry run: this mail would be sent; nothing was sent.\n\n");
    text.append("SMTP server: ").append(settings.server());
    text.append(" (").append(settings.tls().label()).append(")\n");
    if (settings.user() == null) {
      text.append("user:        (none: no login)\n");
    } else {
      text.append("user:        ").append(settings.user()).append('\n');
      if (settings.password() == null) {
        text.append("password:    not set (")
            .append(settings.passwordSource())
            .append("); a real run stops here\n");
      } else {
        text.append("password:    **** (").append(settings.passwordSource()).append(")\n");
      }
    }
    if (settings.trust() != null) {
      text.append("trusted:     ").append(settings.trust()).append('\n');
    }
    text.append('\n');
    try {
      MimeMessage mime =
          MimeMessages.build(Session.getInstance(SmtpMailSender.properties(settings)), message);
      text.append("Date: ")
          .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(message.sent()))
          .append('\n');
      text.append("From: ").append(join(mime.getFrom())).append('\n');
      text.append("To: ").append(join(mime.getAllRecipients())).append('\n');
      text.append("Subject: ").append(mime.getSubject()).append('\n');
      text.append("Message-ID: ").append(mime.getMessageID()).append('\n');
      text.append("Parts:\n");
      describe(text, mime, "  ");
      text.append("\n--- text/plain ---\n").append(message.text());
      if (!message.text().endsWith("\n")) {
        text.append('\n');
      }
      text.append("--- end ---\n");
      out.append(text);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("cannot describe the mail: " + e.getMessage(), e);
    }
  }

  private static String join(Object[] addresses) {
    return Arrays.stream(addresses).map(Object::toString).collect(Collectors.joining(", "));
  }

  private static void describe(StringBuilder text, Part part, String indent)
      throws MessagingException, IOException {
    ContentType type = new ContentType(part.getContentType());
    text.append(indent).append(type.getBaseType());
    Object content = part.getContent();
    if (content instanceof Multipart multipart) {
      text.append('\n');
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        describe(text, child, indent + "  ");
      }
      return;
    }
    if (content instanceof String string) {
      text.append(", ").append(string.length()).append(" characters");
    }
    if (part instanceof MimeBodyPart body && body.getContentID() != null) {
      text.append(", inline ").append(body.getFileName());
      text.append(", Content-ID ").append(body.getContentID());
    }
    text.append('\n');
  }
}
