package io.mrrlens.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scorecard row of one client: the three answers side by side and the recommended action with
 * its reason in words.
 *
 * @param revenue the client's revenue in the window (the order within an action)
 * @param flags every rule that holds, in the rules' order; {@code action} is the first
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
    String reason,
    List<Action> flags) {}
