package io.mrrlens.analysis;

import java.math.BigDecimal;

/**
 * Question 2 for one client (or, with a null client, the whole business): how its invoices were
 * paid. Field names follow metrics.md; null is an empty value.
 *
 * @param oldestOverdueDays the most days past due at as_of of any open invoice, or null when none
 *     is past due
 * @param overdue90Plus the open amount of the invoices more than 90 days past due at as_of
 * @param overdue90PlusInvoices how many invoices make up {@code overdue90Plus}
 * @param lateness L, the amount-weighted mean lateness in days the grade is drawn from, or null
 *     when the grade is "-"
 */
public record ClientPayments(
    String client,
    long invoices,
    BigDecimal billed,
    long paidInvoices,
    BigDecimal avgDaysToPay,
    BigDecimal avgDaysLate,
    BigDecimal onTimeRate,
    BigDecimal openBalance,
    BigDecimal agingCurrent,
    BigDecimal aging1To30,
    BigDecimal aging31To60,
    BigDecimal aging61To90,
    BigDecimal aging91To180,
    BigDecimal aging181To365,
    BigDecimal agingOver365,
    Long oldestOverdueDays,
    BigDecimal overdue90Plus,
    long overdue90PlusInvoices,
    BigDecimal dso,
    Grade grade,
    BigDecimal lateness) {}
