package io.mrrlens.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Question 3 for one client (or, with a null client and segment, the whole business): its revenue
 * by invoice kind over the window, the evidence, and the segment it lands in.
 *
 * @param otherRevenue invoices of kind {@code other} (only from a kind column)
 * @param lastRecurringMonth the last month of the window with a recurring invoice, or null
 * @param managedAgreement true when an agreement of type managed is active at as_of
 * @param revenue all invoices issued in the window, credit memos included
 * @param hours time-entry hours in the window
 * @param evidence why the client landed in its segment, in words
 */
public record ClientSegment(
    String client,
    Segment segment,
    BigDecimal recurringRevenue,
    BigDecimal tmRevenue,
    BigDecimal projectRevenue,
    BigDecimal productRevenue,
    BigDecimal otherRevenue,
    int recurringMonths,
    int tmMonths,
    BigDecimal tmShare,
    YearMonth lastRecurringMonth,
    boolean managedAgreement,
    BigDecimal revenue,
    BigDecimal hours,
    String evidence) {}
