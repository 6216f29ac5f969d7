package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.mrrlens.mail.SmtpServers;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mrrlens summary --mail-to} end to end: the command sends to a real SMTP server (GreenMail)
 * started for each test, and an SMTP failure exits 1 with the files asked for still on disk.
 */
class SummaryMailTest {
  private static final String BOOKS = "src/test/resources/books/summary-small";
  private static final String USER = "reports@example.com";

  @RegisterExtension
  static final GreenMailExtension SERVER =
      new GreenMailExtension(SmtpServers.patient(ServerSetupTest.SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, "s3cret"))
          .withPerMethodLifecycle(true);

  @TempDir Path dir;

  record Run(int exit, String stdout, String stderr) {}

  private Path config(int port) throws IOException {
    Path file = dir.resolve("mrrlens.yaml");
    Files.writeString(
        file,
        "smtp:\n"
            + "  host: 127.0.0.1\n"
            + "  port: "
            + port
            + "\n"
            + "  tls: none\n"
            + "  user: "
            + USER
            + "\n"
            + "  from: "
            + USER
            + "\n");
    return file;
  }

  private Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            GoldenCliTest.CLOCK,
            env::get,
            args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void mailsTheSummaryAsTextAndHtmlWithTheChartInline() throws Exception {
    Path config = config(SERVER.getSmtp().getPort());
    Run run =
        run(
            Map.of("MRRLENS_SMTP_PASSWORD", "s3cret"),
            "summary",
            BOOKS,
            "--config",
            config.toString(),
            "--mail-to",
            "owner@example.com,partner@example.com",
            "--quiet");
    assertEquals(0, run.exit(), run.stderr());
    assertEquals("", run.stdout());

    MimeMessage[] received = SERVER.getReceivedMessages();
    assertEquals(2, received.length);
    MimeMessage mail = received[0];
    // The headline figures of summary-small's March: revenue 3,300.00, +83.3% on 1,800.00.
    assertEquals(
        "March 2026: revenue 3,300 (+83%), MRR 1,000, 2 alerts - summary-small", mail.getSubject());
    assertTrue(mail.getMessageID().endsWith(".mrrlens@example.com>"), mail.getMessageID());
    assertEquals(
        "owner@example.com,partner@example.com", mail.getHeader("To", ",").replace(", ", ","));
    MimeMultipart alternative = (MimeMultipart) mail.getContent();
    String text = alternative.getBodyPart(0).getContent().toString().replace("\r\n", "\n");
    assertTrue(
        text.startsWith(
            "mrrlens summary: 2026-03, summary-small\n"
                + "as of 2026-03-31, window 2025-04 to 2026-03\n\n"
                + "Revenue 3,300.00, +83.3% on 2026-02\n"
                + "MRR 1,000.00, 0.0% on 2026-02\n"
                + "2 alerts. First: invoices 60+ days past due at 2026-03-31: invoice\n"),
        text);
    for (String line : text.lines().toList()) {
      assertTrue(line.length() <= 72, "wider than 72 columns: [" + line + "]");
    }
    assertTrue(text.endsWith("  break-fix min months: 3\n"), "the settings last: " + text);
    MimeMultipart related = (MimeMultipart) alternative.getBodyPart(1).getContent();
    String html = related.getBodyPart(0).getContent().toString();
    assertTrue(html.contains("<img src=\"cid:summary-revenue@mrrlens\""), html);
    assertTrue(html.contains("font-weight:bold;\">3,300.00</td>"), html);
    MimeBodyPart chart = (MimeBodyPart) related.getBodyPart(1);
    assertEquals("<summary-revenue@mrrlens>", chart.getContentID());
    assertTrue(chart.isMimeType("image/png"));
    byte[] png = chart.getInputStream().readAllBytes();
    assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
  }

  @Test
  void aBadPasswordExitsOneWithTheFilesWritten() throws Exception {
    Path config = config(SERVER.getSmtp().getPort());
    Path html = dir.resolve("summary.html");
    Path text = dir.resolve("summary.txt");
    Run run =
        run(
            Map.of("MRRLENS_SMTP_PASSWORD", "wrong"),
            "summary",
            BOOKS,
            "--config",
            config.toString(),
            "--mail-to",
            "owner@example.com",
            "--html",
            html.toString(),
            "--output",
            text.toString());
    assertEquals(1, run.exit());
    assertEquals(
        "mrrlens: could not send the summary to 127.0.0.1:"
            + SERVER.getSmtp().getPort()
            + ": authentication failed\n"
            + "  fix: check smtp.user and the password (from the environment variable"
            + " MRRLENS_SMTP_PASSWORD); the files asked for were written\n",
        run.stderr());
    assertEquals(0, SERVER.getReceivedMessages().length);
    assertTrue(Files.readString(html).contains("<img src=\"data:image/png;base64,"));
    assertTrue(Files.readString(text).startsWith("mrrlens summary: 2026-03, "));
  }

  @Test
  void aRefusedConnectionExitsOneWithTheHtmlWritten() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Path html = dir.resolve("summary.html");
    Run run =
        run(
            Map.of("MRRLENS_SMTP_PASSWORD", "s3cret"),
            "summary",
            BOOKS,
            "--config",
            config(closed).toString(),
            "--mail-to",
            "owner@example.com",
            "--html",
            html.toString(),
            "--quiet");
    assertEquals(1, run.exit());
    assertEquals(
        "mrrlens: could not send the summary to 127.0.0.1:" + closed + ": connection refused\n",
        run.stderr().lines().findFirst().orElseThrow() + "\n");
    assertTrue(Files.exists(html));
  }

  @Test
  void aUserWithoutPasswordIsAUsageErrorBeforeAnyWork() throws Exception {
    Run run =
        run(
            Map.of(),
            "summary",
            BOOKS,
            "--config",
            config(SERVER.getSmtp().getPort()).toString(),
            "--mail-to",
            "owner@example.com");
    assertEquals(2, run.exit());
    assertEquals(
        "mrrlens: smtp.user is set but there is no password: the environment variable"
            + " MRRLENS_SMTP_PASSWORD is not set and smtp.password_file is empty\n"
            + "  fix: set MRRLENS_SMTP_PASSWORD, or name a file holding the password in"
            + " smtp.password_file\n",
        run.stderr());
    assertEquals("", run.stdout());
  }
}
