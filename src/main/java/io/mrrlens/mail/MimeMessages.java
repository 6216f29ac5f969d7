package io.mrrlens.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;

/**
 * Builds the MIME message of a {@link MailMessage}: multipart/alternative of the text and a
 * multipart/related of the HTML with its pictures as inline parts.
 */
final class MimeMessages {
  private MimeMessages() {}

  /**
   * A message whose Message-ID ends in the sender's domain ({@code <...@example.com>}) rather than
   * this machine's host name, which spam filters hold against a mail; its left part is a hash of
   * the date, the recipients, the subject and the text, so it differs from mail to mail.
   */
  private static final class SenderDomainMessage extends MimeMessage {
    private final MailMessage mail;

    SenderDomainMessage(Session session, MailMessage mail) {
      super(session);
      this.mail = mail;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      String from = Addresses.parse(mail.from()).getAddress();
      String domain = from.substring(from.indexOf('@') + 1);
      String content = mail.sent() + "\n" + mail.to() + "\n" + mail.subject() + "\n" + mail.text();
      UUID id = UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8));
      setHeader("Message-ID", "<" + id + ".mrrlens@" + domain + ">");
    }
  }

  static MimeMessage build(Session session, MailMessage mail) throws MessagingException {
    MimeMessage message = new SenderDomainMessage(session, mail);
    message.setFrom(Addresses.parse(mail.from()));
    for (String to : mail.to()) {
      message.addRecipient(MimeMessage.RecipientType.TO, Addresses.parse(to));
    }
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(mail.sent().toInstant()));

    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");

    MimeMultipart related = new MimeMultipart("related");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
    related.addBodyPart(html);
    for (InlineImage image : mail.images()) {
      MimeBodyPart picture = new MimeBodyPart();
      picture.setDataHandler(
          new DataHandler(new ByteArrayDataSource(image.bytes(), image.mimeType())));
      picture.setContentID("<" + image.contentId() + ">");
      picture.setDisposition(Part.INLINE);
      picture.setFileName(image.fileName());
      related.addBodyPart(picture);
    }
    MimeBodyPart htmlWithPictures = new MimeBodyPart();
    htmlWithPictures.setContent(related);

    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(htmlWithPictures);
    message.setContent(alternative);
    message.saveChanges();
    return message;
  }
}
