package io.mrrlens.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/**
 * Sends mail over SMTP with Jakarta Mail: STARTTLS (required, never silently skipped), SSL from the
 * first byte, or plain; logs in when a user is set; every wait bounded by the settings' timeout.
 */
public final class SmtpMailSender implements MailSender {
  private final SmtpSettings settings;

  public SmtpMailSender(SmtpSettings settings) {
    this.settings = settings;
  }

  /** The Jakarta Mail properties of these settings (no password: it is given on connect). */
  static Properties properties(SmtpSettings settings) {
    String protocol = protocol(settings.tls());
    String prefix = "mail." + protocol + ".";
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", protocol);
    p.setProperty(prefix + "host", settings.host());
    p.setProperty(prefix + "port", String.valueOf(settings.port()));
    p.setProperty(prefix + "auth", String.valueOf(settings.user() != null));
    String millis = String.valueOf(settings.timeout().toMillis());
    p.setProperty(prefix + "connectiontimeout", millis);
    p.setProperty(prefix + "timeout", millis);
    p.setProperty(prefix + "writetimeout", millis);
    if (settings.tls() == Tls.STARTTLS) {
      p.setProperty(prefix + "starttls.enable", "true");
      p.setProperty(prefix + "starttls.required", "true");
    }
    if (settings.tls() != Tls.NONE) {
      p.setProperty(prefix + "ssl.checkserveridentity", String.valueOf(settings.trust() == null));
      if (settings.trust() != null) {
        p.setProperty(prefix + "ssl.trust", settings.trust());
      }
    }
    return p;
  }

  private static String protocol(Tls tls) {
    return tls == Tls.SSL ? "smtps" : "smtp";
  }

  @Override
  public void send(MailMessage message) {
    Session session = Session.getInstance(properties(settings));
    try {
      MimeMessage mime = MimeMessages.build(session, message);
      try (Transport transport = session.getTransport(protocol(settings.tls()))) {
        transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
        transport.sendMessage(mime, mime.getAllRecipients());
      }
    } catch (MessagingException e) {
      throw failure(e);
    }
  }

  private MailException failure(MessagingException e) {
    String server = settings.server();
    if (e instanceof AuthenticationFailedException) {
      return new MailException(
          server, MailException.Failure.AUTHENTICATION, "authentication failed", e);
    }
    if (e instanceof SendFailedException refused && refused.getInvalidAddresses() != null) {
      String addresses =
          Arrays.stream(refused.getInvalidAddresses())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      return new MailException(
          server, MailException.Failure.REJECTED, "the server refused " + addresses, e);
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
        return new MailException(server, MailException.Failure.CONNECTION, "connection refused", e);
      }
      if (cause instanceof UnknownHostException) {
        return new MailException(
            server, MailException.Failure.CONNECTION, "unknown host " + settings.host(), e);
      }
      if (cause instanceof SocketTimeoutException) {
        return new MailException(
            server,
            MailException.Failure.TIMEOUT,
            "no answer within " + settings.timeout().toSeconds() + " seconds",
            e);
      }
      if (cause instanceof SSLException) {
        return new MailException(
            server, MailException.Failure.TLS, "TLS failed: " + cause.getMessage(), e);
      }
    }
    String text = e.getMessage() == null ? e.toString() : e.getMessage().strip();
    if (text.toLowerCase(Locale.ROOT).contains("starttls")) {
      return new MailException(
          server, MailException.Failure.TLS, "the server does not offer STARTTLS", e);
    }
    return new MailException(server, MailException.Failure.OTHER, text, e);
  }
}
