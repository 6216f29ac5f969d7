package io.mrrlens.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice still (partly) unpaid at a date and past its due date.
 *
 * @param open what it still owes at that date (metrics.md, open amount)
 * @param daysPastDue days from its due date to that date
 */
public record OverdueInvoice(
    String invoice,
    String client,
    LocalDate issued,
    LocalDate due,
    BigDecimal amount,
    BigDecimal open,
    long daysPastDue) {}
