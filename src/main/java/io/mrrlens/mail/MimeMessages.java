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

/**
 * Builds the MIME message of a {@link MailMessage}: multipart/alternative of the text and a
 * multipart/related of the HTML with its pictures as inline parts.
 */
final class MimeMessages {
  private MimeMessages() {}

  static MimeMessage build(Session session, MailMessage mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
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
