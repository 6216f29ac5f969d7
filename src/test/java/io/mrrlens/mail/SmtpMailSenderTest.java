package io.mrrlens.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP sender against a real SMTP server (GreenMail) started for each test. */
class SmtpMailSenderTest {
  private static final String USER = "reports@example.com";
  private static final String PASSWORD = "s3cret";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

  @RegisterExtension
  static final GreenMailExtension SERVER =
      new GreenMailExtension(SmtpServers.patient(ServerSetupTest.SMTP, ServerSetupTest.SMTPS))
          .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, PASSWORD))
          .withPerMethodLifecycle(true);

  static MailMessage message() {
    return new MailMessage(
        "mrrlens <" + USER + ">",
        List.of("owner@example.com", "partner@example.com"),
        "mrrlens summary for 2026-10 \u2014 books",
        ZonedDateTime.parse("2026-11-01T06:05:00Z"),
        "Revenue 1,000.00\n",
        "<p>Revenue 1,000.00</p><img src=\"cid:chart@mrrlens\">",
        List.of(new InlineImage("chart@mrrlens", "chart.png", "image/png", PNG)));
  }

  private static SmtpSettings settings(int port, Tls tls, String password, String trust) {
    return new SmtpSettings(
        "127.0.0.1", port, tls, USER, password, "test", trust, Duration.ofSeconds(5));
  }

  private static SmtpSettings plain(String password) {
    return settings(SERVER.getSmtp().getPort(), Tls.NONE, password, null);
  }

  @Test
  void sendsTextAndHtmlWithTheChartInlineAfterLoggingIn() throws Exception {
    new SmtpMailSender(plain(PASSWORD)).send(message());

    MimeMessage[] received = SERVER.getReceivedMessages();
    assertEquals(2, received.length, "one copy per recipient");
    MimeMessage mail = received[0];
    assertEquals("mrrlens summary for 2026-10 \u2014 books", mail.getSubject());
    assertEquals(
        "owner@example.com, partner@example.com",
        String.join(
            ", ",
            java.util.Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                .map(Object::toString)
                .toList()));
    assertEquals("mrrlens <" + USER + ">", mail.getFrom()[0].toString());
    assertEquals(
        java.util.Date.from(ZonedDateTime.parse("2026-11-01T06:05:00Z").toInstant()),
        mail.getSentDate());

    MimeMultipart alternative = (MimeMultipart) mail.getContent();
    assertTrue(alternative.getContentType().startsWith("multipart/alternative"));
    assertEquals(2, alternative.getCount());
    BodyPart text = alternative.getBodyPart(0);
    assertTrue(text.isMimeType("text/plain"));
    assertEquals("Revenue 1,000.00\n", text.getContent().toString().replace("\r\n", "\n"));

    MimeMultipart related = (MimeMultipart) alternative.getBodyPart(1).getContent();
    assertTrue(related.getContentType().startsWith("multipart/related"));
    BodyPart html = related.getBodyPart(0);
    assertTrue(html.isMimeType("text/html"));
    assertTrue(html.getContent().toString().contains("src=\"cid:chart@mrrlens\""));
    MimeBodyPart image = (MimeBodyPart) related.getBodyPart(1);
    assertTrue(image.isMimeType("image/png"));
    assertEquals("<chart@mrrlens>", image.getContentID());
    assertEquals("inline", image.getDisposition());
    assertEquals("chart.png", image.getFileName());
    assertEquals(
        new String(PNG, StandardCharsets.ISO_8859_1),
        new String(image.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
  }

  @Test
  void aWrongPasswordIsAnAuthenticationFailure() {
    MailException e =
        assertThrows(MailException.class, () -> new SmtpMailSender(plain("wrong")).send(message()));
    assertEquals(MailException.Failure.AUTHENTICATION, e.failure());
    assertEquals("authentication failed", e.reason());
    assertEquals("127.0.0.1:" + SERVER.getSmtp().getPort(), e.server());
    assertEquals(0, SERVER.getReceivedMessages().length);
  }

  @Test
  void sslFromTheFirstByteWithTheTestServersCertificateTrusted() throws Exception {
    SmtpSettings ssl = settings(SERVER.getSmtps().getPort(), Tls.SSL, PASSWORD, "*");
    new SmtpMailSender(ssl).send(message());
    assertEquals(2, SERVER.getReceivedMessages().length);
  }

  @Test
  void sslWithAnUntrustedCertificateIsATlsFailure() {
    SmtpSettings ssl = settings(SERVER.getSmtps().getPort(), Tls.SSL, PASSWORD, null);
    MailException e =
        assertThrows(MailException.class, () -> new SmtpMailSender(ssl).send(message()));
    assertEquals(MailException.Failure.TLS, e.failure());
    assertEquals(0, SERVER.getReceivedMessages().length);
  }

  @Test
  void starttlsIsRequiredNeverSkipped() {
    // GreenMail's SMTP offers no STARTTLS: the mail must not go out in clear.
    SmtpSettings starttls = settings(SERVER.getSmtp().getPort(), Tls.STARTTLS, PASSWORD, "*");
    MailException e =
        assertThrows(MailException.class, () -> new SmtpMailSender(starttls).send(message()));
    assertEquals(MailException.Failure.TLS, e.failure());
    assertEquals("the server does not offer STARTTLS", e.reason());
    assertEquals(0, SERVER.getReceivedMessages().length);
  }

  @Test
  void aClosedPortIsARefusedConnection() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    SmtpSettings nobody =
        new SmtpSettings(
            "127.0.0.1", closed, Tls.NONE, null, null, null, null, Duration.ofSeconds(5));
    MailException e =
        assertThrows(MailException.class, () -> new SmtpMailSender(nobody).send(message()));
    assertEquals(MailException.Failure.CONNECTION, e.failure());
    assertEquals("connection refused", e.reason());
  }

  @Test
  void theDryRunMasksThePasswordAndSendsNothing() {
    StringBuilder out = new StringBuilder();
    new DryRunMailSender(plain(PASSWORD), out).send(message());
    String text = out.toString();
    assertFalse(text.contains(PASSWORD), text);
    assertTrue(text.contains("password:    **** (test)\n"), text);
    assertTrue(
        text.contains(
            "Parts:\n"
                + "  multipart/alternative\n"
                + "    text/plain, 17 characters\n"
                + "    multipart/related\n"
                + "      text/html, 52 characters\n"
                + "      image/png, inline chart.png, Content-ID <chart@mrrlens>\n"),
        text);
    assertTrue(text.endsWith("--- text/plain ---\nRevenue 1,000.00\n--- end ---\n"), text);
    assertEquals(0, SERVER.getReceivedMessages().length);
  }

  @Test
  void settingsNeverShowThePassword() {
    assertFalse(plain(PASSWORD).toString().contains(PASSWORD));
  }
}
