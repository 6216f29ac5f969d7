package io.mrrlens.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment applied to one invoice; or, as read from an export that names no invoice (QuickBooks'
 * Transaction List), a payment by a client, which the import applies to the client's oldest open
 * invoices.
 *
 * @param invoiceId the invoice paid, or null for a client's payment not yet applied
 * @param client the client who paid, when no invoice is named; else null
 */
public record Payment(String invoiceId, LocalDate date, BigDecimal amount, String client) {

  /** A payment applied to an invoice. */
  public Payment(String invoiceId, LocalDate date, BigDecimal amount) {
    this(invoiceId, date, amount, null);
  }
}
