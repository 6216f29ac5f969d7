package io.mrrlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.AgreementType;
import io.mrrlens.model.InvoiceKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of the invoice-kind inference (metrics.md, question 3). */
class InvoiceKindsTest {

  private static List<String> kinds(BookBuilder b) {
    return b.tables().invoices().stringColumn("kind").asList();
  }

  @ParameterizedTest(name = "fee 1000.00, amount {0}: {1}")
  @CsvSource({
    "1000.00, recurring",
    "1010.00, recurring",
    "1011.00, time_and_materials",
    "990.10, recurring",
    "990.00, time_and_materials"
  })
  void anAgreementFeeWithinOnePercentOfTheAmountMakesItRecurring(String amount, String kind) {
    BookBuilder b = new BookBuilder();
    b.agreement("Acme", AgreementType.BLOCK_HOURS, "2026-01-01", "2026-12-31", "1000.00");
    b.invoice("Acme", "2026-03-01", amount, "Invoice");
    assertEquals(List.of(kind), kinds(b));
  }

  @Test
  void theAgreementMustBeActiveOnTheIssueDate() {
    BookBuilder b = new BookBuilder();
    b.agreement("Acme", AgreementType.MANAGED, "2026-01-01", "2026-02-28", "1000.00");
    b.agreement("Acme", AgreementType.MANAGED, "2026-04-01", null, "1000.00");
    b.agreement("Other", AgreementType.MANAGED, "2026-01-01", null, "1000.00");
    b.invoice("Acme", "2026-02-28", "1000.00", "Invoice");
    b.invoice("Acme", "2026-03-01", "1000.00", "Invoice");
    b.invoice("Acme", "2026-04-01", "1000.00", "Invoice");
    b.invoice("Other Client", "2026-04-01", "1000.00", "Invoice");
    assertEquals(
        List.of("recurring", "time_and_materials", "recurring", "time_and_materials"), kinds(b));
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "Monthly IT support, recurring",
    "MANAGED SERVICES, recurring",
    "Recurring backup fee, recurring",
    "Service agreement, recurring",
    "M365 subscription, recurring",
    "Retainer, recurring",
    "Help desk per user, recurring",
    "Antivirus per seat, recurring",
    "Monitoring per device, recurring",
    "EDR per endpoint, recurring",
    "Office move project, project",
    "Email Migration, project",
    "Wi-Fi deployment, project",
    "Printer installation, project",
    "Onboarding of new site, project",
    "Hardware, product",
    "Office license, product",
    "Licence renewal, product",
    "Network equipment, product",
    "Laptop, product",
    "Server, product",
    "Software, product",
    "Managed server migration, recurring",
    "Server migration, project",
    "Remote support, time_and_materials"
  })
  void theDescriptionGivesTheKindInTheDocumentedOrder(String description, String kind) {
    BookBuilder b = new BookBuilder();
    b.invoice("Acme", "2026-03-01", "123.45", description);
    assertEquals(List.of(kind), kinds(b));
  }

  @Test
  void anAmountBilledWithinTwoPercentInEachOfTheTwoMonthsBeforeIsRecurring() {
    BookBuilder b = new BookBuilder();
    b.invoice("Acme", "2025-11-30", "500.00", "Invoice");
    b.invoice("Acme", "2025-12-01", "490.00", "Invoice");
    b.invoice("Acme", "2025-12-15", "77.00", "Invoice");
    b.invoice("Acme", "2026-01-31", "500.00", "Invoice");
    b.invoice("Acme", "2026-03-31", "500.00", "Invoice");
    b.invoice("Other", "2026-02-01", "500.00", "Invoice");
    b.invoice("Acme", "2026-04-30", "509.00", "Invoice");
    b.invoice("Acme", "2026-05-30", "505.00", "Invoice");
    assertEquals(
        List.of(
            "time_and_materials",
            "time_and_materials",
            "time_and_materials",
            "recurring",
            "time_and_materials",
            "time_and_materials",
            "time_and_materials",
            "recurring"),
        kinds(b),
        "January follows 490 (December) and 500 (November); March lacks February;"
            + " April lacks February; May (505) follows 509 (April) and 500 (March)");
  }

  @Test
  void theKindColumnWinsOverEveryRule() {
    BookBuilder b = new BookBuilder();
    b.agreement("Acme", AgreementType.MANAGED, "2026-01-01", null, "1000.00");
    b.invoice("Acme", "2026-03-01", null, "1000.00", null, null, InvoiceKind.PRODUCT, "Monthly");
    b.invoice("Acme", "2026-03-02", null, "10.00", null, null, InvoiceKind.OTHER, "Monthly");
    assertEquals(List.of("product", "other"), kinds(b));
  }

  @Test
  void withinComparesExactly() {
    assertEquals(
        true,
        InvoiceKinds.within(
            new java.math.BigDecimal("98.00"), new java.math.BigDecimal("100.00"), 2));
    assertEquals(
        false,
        InvoiceKinds.within(
            new java.math.BigDecimal("97.99"), new java.math.BigDecimal("100.00"), 2));
    assertEquals(
        true,
        InvoiceKinds.within(
            new java.math.BigDecimal("-100.50"), new java.math.BigDecimal("-100.00"), 1));
  }
}
