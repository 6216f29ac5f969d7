package io.mrrlens.analysis;

import java.math.BigDecimal;

/**
 * Question 1 for one client (or, with a null client, the whole business): its labor over the window
 * and what it brought in. Field names follow metrics.md; null is an empty value.
 */
public record ClientLabor(
    String client,
    long tickets,
    BigDecimal hours,
    BigDecimal billableHours,
    BigDecimal reactiveHours,
    BigDecimal hoursPerMonth,
    BigDecimal shareOfHours,
    BigDecimal revenue,
    BigDecimal effectiveRate,
    BigDecimal laborCost,
    BigDecimal margin,
    Integer endpoints,
    BigDecimal rhem) {}
