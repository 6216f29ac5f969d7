package io.mrrlens.analysis;

import java.math.BigDecimal;

/**
 * One figure of the monthly summary with its changes: against the previous month and against the
 * same month a year before. A change is null when the base month has no data; a relative change
 * also when the base is 0 (or the figure itself is empty in either month).
 *
 * @param figure the figure's field name, e.g. {@code mrr}
 * @param changeVsPrevious value - previous
 * @param pctVsPrevious (value - previous) / |previous|
 */
public record SummaryFigure(
    String figure,
    BigDecimal value,
    BigDecimal previous,
    BigDecimal changeVsPrevious,
    BigDecimal pctVsPrevious,
    BigDecimal lastYear,
    BigDecimal changeVsLastYear,
    BigDecimal pctVsLastYear) {}
