package io.mrrlens.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice or, with a negative amount, a credit memo. {@code due}, {@code paid}, {@code balance},
 * {@code kind} and {@code description} are null when the export did not give them; the default due
 * date and the inferred kind are the analysis' business.
 */
public record Invoice(
    String id,
    String client,
    LocalDate issued,
    LocalDate due,
    BigDecimal amount,
    LocalDate paid,
    BigDecimal balance,
    InvoiceKind kind,
    String description)
    implements ClientRecord<Invoice> {

  /** The due column, else the issue date plus the payment terms. */
  public LocalDate dueOr(int termsDays) {
    return due != null ? due : issued.plusDays(termsDays);
  }

  /** True for a credit memo (a negative amount). */
  public boolean isCredit() {
    return amount.signum() < 0;
  }

  @Override
  public Invoice withClient(String name) {
    return new Invoice(id, name, issued, due, amount, paid, balance, kind, description);
  }
}
