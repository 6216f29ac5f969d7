package io.mrrlens.analysis;

import java.math.BigDecimal;

/**
 * Question 2 for one client (or, with a null client, the whole business): how its invoices were
 * paid. Field names follow metrics.md; null is an empty value.
 *
 * @param maxDaysPastDue the most days past due of any open invoice at as_of (0 when none is
 *     overdue), the evidence behind the grade
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
    BigDecimal aging90Plus,
    BigDecimal dso,
    Grade grade,
    long maxDaysPastDue) {}
