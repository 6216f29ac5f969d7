package io.mrrlens.config;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Reads a setting's value from text, checking its type and range. */
final class SettingValues {
  private SettingValues() {}

  /**
   * The typed value of {@code text} for {@code setting}.
   *
   * @param where how to locate the value in a message, e.g. {@code mrrlens.yaml:4} or {@code
   *     --cost-per-hour}
   * @throws ConfigException when the text does not fit
   */
  static Object parse(Setting setting, String text, String where) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      return setting.defaultValue();
    }
    switch (setting.type()) {
      case MONEY, DECIMAL -> {
        BigDecimal number;
        try {
          number = new BigDecimal(value.replace("_", ""));
        } catch (NumberFormatException e) {
          throw bad(setting, value, where, "is not a number", "write a plain number such as 55.00");
        }
        return checkRange(setting, number, value, where);
      }
      case INTEGER -> {
        int number;
        try {
          number = Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
          throw bad(setting, value, where, "is not a whole number", "write a whole number");
        }
        checkRange(setting, BigDecimal.valueOf(number), value, where);
        return number;
      }
      case BOOLEAN -> {
        return switch (value.toLowerCase(Locale.ROOT)) {
          case "true", "yes", "on" -> Boolean.TRUE;
          case "false", "no", "off" -> Boolean.FALSE;
          default ->
              throw bad(setting, value, where, "is not true or false", "write true or false");
        };
      }
      case CURRENCY -> {
        String upper = value.toUpperCase(Locale.ROOT);
        try {
          if (upper.length() == 3) {
            return Currency.getInstance(upper).getCurrencyCode();
          }
        } catch (IllegalArgumentException e) {
          // not a code Java knows: reported below
        }
        throw bad(
            setting,
            value,
            where,
            "is not an ISO 4217 currency code",
            "use a three-letter code such as USD, EUR, GBP, CAD or AUD, or leave it empty");
      }
      case CHOICE -> {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!setting.choices().contains(lower)) {
          throw bad(
              setting,
              value,
              where,
              "is not one of " + String.join(", ", setting.choices()),
              "use one of " + String.join(", ", setting.choices()));
        }
        return lower;
      }
      case LIST -> {
        // a word list typed as one value (a flag, or a YAML scalar): comma-separated
        return Arrays.stream(value.split(","))
            .map(String::strip)
            .filter(w -> !w.isEmpty())
            .toList();
      }
      case PATHS -> {
        return value.isEmpty() ? List.of() : List.of(value);
      }
      default -> {
        return value.isEmpty() ? null : value;
      }
    }
  }

  private static BigDecimal checkRange(
      Setting setting, BigDecimal number, String text, String where) {
    if (setting.min() != null && number.compareTo(new BigDecimal(setting.min())) < 0) {
      throw bad(
          setting, text, where, "is below " + setting.min(), "use " + setting.min() + " or more");
    }
    if (setting.max() != null && number.compareTo(new BigDecimal(setting.max())) > 0) {
      throw bad(
          setting, text, where, "is above " + setting.max(), "use " + setting.max() + " or less");
    }
    return number;
  }

  private static ConfigException bad(
      Setting setting, String text, String where, String problem, String fix) {
    String subject = where.startsWith("--") ? where : where + ": " + setting.path();
    return new ConfigException(subject + " \"" + text + "\" " + problem, fix);
  }
}
