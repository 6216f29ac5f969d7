package io.mrrlens.config;

/** The kinds of value a setting takes, with how each is read from text. */
public enum SettingType {
  /** An exact amount of money, e.g. 55.00. */
  MONEY,
  /** An exact decimal, e.g. a share 0.25 or a factor 1.5. */
  DECIMAL,
  /** A whole number. */
  INTEGER,
  /** Free text. */
  TEXT,
  /** An ISO 4217 currency code such as EUR, kept in capitals. */
  CURRENCY,
  /** One of a fixed set of words. */
  CHOICE,
  /** true or false. */
  BOOLEAN,
  /** A list of words. */
  LIST,
  /** A list of file paths (a single path is accepted too). */
  PATHS
}
