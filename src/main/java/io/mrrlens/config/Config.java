package io.mrrlens.config;

import io.mrrlens.model.ClientName;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings in force: the defaults of {@link SettingCatalogue}, overridden by the config file,
 * overridden by command-line flags. Values are typed (BigDecimal, Integer, Boolean, String,
 * List&lt;String&gt;); a setting without a default and not set is null.
 */
public final class Config {
  private final Map<String, Object> values;
  private final Map<String, String> sources;
  private final Map<String, String> aliases;

  Config(Map<String, Object> values, Map<String, String> sources, Map<String, String> aliases) {
    this.values = values;
    this.sources = sources;
    this.aliases = aliases;
  }

  /** Every setting at its default. */
  public static Config defaults() {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    SettingCatalogue.all()
        .forEach(
            (path, setting) -> {
              values.put(path, setting.defaultValue());
              sources.put(path, "default");
            });
    return new Config(values, sources, Map.of());
  }

  /**
   * This config with one setting given on the command line (flags win over the file).
   *
   * @param text the value as typed; read like a YAML scalar
   * @throws ConfigException when the path is unknown or the value does not fit
   */
  public Config with(String path, String flag, String text) {
    Setting setting = SettingCatalogue.all().get(path);
    if (setting == null) {
      throw new IllegalArgumentException("no setting " + path);
    }
    Object value = SettingValues.parse(setting, text, flag);
    Map<String, Object> newValues = new LinkedHashMap<>(values);
    Map<String, String> newSources = new LinkedHashMap<>(sources);
    newValues.put(path, value);
    newSources.put(path, flag);
    return new Config(newValues, newSources, aliases);
  }

  /** This config with a flag laid over it when the flag was given (text not null), else itself. */
  public Config withFlag(String path, String flag, String text) {
    return text == null ? this : with(path, flag, text);
  }

  /** The value of a setting (null when unset and without default). */
  public Object value(String path) {
    if (!values.containsKey(path)) {
      throw new IllegalArgumentException("no setting " + path);
    }
    return values.get(path);
  }

  /** Where a setting's value came from: {@code default}, the config file, or a flag. */
  public String source(String path) {
    return sources.get(path);
  }

  public BigDecimal decimal(String path) {
    return (BigDecimal) value(path);
  }

  public Integer integer(String path) {
    return (Integer) value(path);
  }

  public String text(String path) {
    return (String) value(path);
  }

  /**
   * The {@code currency} setting: an ISO 4217 code such as EUR (checked when read), or null when
   * not set (the books' amounts are shown without a currency).
   */
  public String currency() {
    return text("currency");
  }

  public boolean bool(String path) {
    return Boolean.TRUE.equals(value(path));
  }

  @SuppressWarnings("unchecked")
  public List<String> list(String path) {
    Object value = value(path);
    return value == null ? List.of() : (List<String>) value;
  }

  /**
   * Other spellings of client names: the key ({@link ClientName#keyOf}) of each spelling, the
   * client's own name included, to the name to use.
   */
  public Map<String, String> aliases() {
    return Collections.unmodifiableMap(aliases);
  }
}
