package io.mrrlens.analysis;

import java.math.BigDecimal;

/**
 * The scorecard row of one client: the three answers side by side and the recommended action with
 * its reason in words.
 *
 * @param revenue the client's revenue in the window (the order within an action)
 */
public record ClientScore(
    String client,
    Segment segment,
    BigDecimal hoursPerMonth,
    BigDecimal effectiveRate,
    BigDecimal margin,
    Grade grade,
    BigDecimal revenue,
    Action action,
    String reason) {}
