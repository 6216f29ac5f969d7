package io.mrrlens.analysis;

import java.math.BigDecimal;

/** How many clients the scorecard gives one action, and their revenue in the window. */
public record ActionSummary(Action action, long clients, BigDecimal revenue) {}
