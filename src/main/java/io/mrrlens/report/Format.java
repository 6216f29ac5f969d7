package io.mrrlens.report;

/**
 * How a value is shown: text, a count, money, hours, a rate, a percentage, a date, or a number with
 * the decimals it carries ({@link #NUMBER}, for a column of figures of mixed kinds).
 */
public enum Format {
  TEXT,
  COUNT,
  MONEY,
  HOURS,
  RATE,
  PERCENT,
  DECIMAL,
  DATE,
  NUMBER
}
