package io.mrrlens.sample;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What sample book to generate: how many clients, how many calendar months of history ending with
 * {@code lastMonth}, and the seed that makes the book reproducible.
 *
 * @param clients the number of clients, 1 to 100000
 * @param months the number of months of history, 1 to 240
 * @param seed the random seed; the same settings always give the same book
 * @param lastMonth the last month of the book; the book is exported on its last day
 */
public record SampleSettings(int clients, int months, long seed, YearMonth lastMonth) {
  /** The most clients a sample book may have. */
  public static final int MAX_CLIENTS = 100_000;

  /** The most months a sample book may cover. */
  public static final int MAX_MONTHS = 240;

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException when a value is out of range or the last month is missing
   */
  public SampleSettings {
    if (clients < 1 || clients > MAX_CLIENTS) {
      throw new IllegalArgumentException(
          "the number of clients must be between 1 and " + MAX_CLIENTS + ", not " + clients);
    }
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "the number of months must be between 1 and " + MAX_MONTHS + ", not " + months);
    }
    if (lastMonth == null) {
      throw new IllegalArgumentException("the last month of the sample book must be given");
    }
  }

  /** 60 clients, 24 months ending October 2026, seed 42. */
  public static SampleSettings defaults() {
    return new SampleSettings(60, 24, 42L, YearMonth.of(2026, 10));
  }

  /** The same settings with another seed. */
  public SampleSettings withSeed(long seed) {
    return new SampleSettings(clients, months, seed, lastMonth);
  }

  /** The first month of the book. */
  public YearMonth firstMonth() {
    return lastMonth.minusMonths(months - 1L);
  }

  /** The day the book is exported: the last day of {@code lastMonth}. No record is dated later. */
  public LocalDate exportDay() {
    return lastMonth.atEndOfMonth();
  }
}
