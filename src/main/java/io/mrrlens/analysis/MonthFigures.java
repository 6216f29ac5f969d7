package io.mrrlens.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The figures of one calendar month of a book (metrics.md, monthly summary).
 *
 * @param hasData whether the book holds any invoice issued, time entry or ticket opened in the
 *     month; a month without data is no base for a change
 * @param revenue every invoice issued in the month, credit memos included
 * @param recurring the recurring invoices of the month: the MRR
 * @param productAndOther product and other invoices together
 * @param effectiveRate revenue / hours; null when no hours were logged
 */
public record MonthFigures(
    YearMonth month,
    boolean hasData,
    BigDecimal revenue,
    BigDecimal recurring,
    BigDecimal timeAndMaterials,
    BigDecimal project,
    BigDecimal productAndOther,
    BigDecimal hours,
    BigDecimal billableHours,
    long ticketsOpened,
    long ticketsClosed,
    BigDecimal effectiveRate) {}
