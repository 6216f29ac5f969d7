package io.mrrlens.report;

/** How a value is shown: text, a count, money, hours, a rate, a percentage, a date. */
public enum Format {
  TEXT,
  COUNT,
  MONEY,
  HOURS,
  RATE,
  PERCENT,
  DECIMAL,
  DATE
}
