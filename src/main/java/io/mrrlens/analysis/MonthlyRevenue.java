package io.mrrlens.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The revenue of one month of the window by invoice kind, credit memos included. */
public record MonthlyRevenue(
    YearMonth month,
    BigDecimal recurring,
    BigDecimal timeAndMaterials,
    BigDecimal project,
    BigDecimal product,
    BigDecimal other) {}
