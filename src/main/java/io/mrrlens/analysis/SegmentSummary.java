package io.mrrlens.analysis;

import java.math.BigDecimal;

/**
 * One segment of the business (or, with a null segment, all of them): its clients, revenue, hours
 * and share of the revenue.
 */
public record SegmentSummary(
    Segment segment,
    long clients,
    BigDecimal revenue,
    BigDecimal hours,
    BigDecimal shareOfRevenue) {}
