package io.mrrlens.config;

import java.util.List;

/**
 * One setting of {@code mrrlens.yaml}: its dotted path, type, default (null when it has none or is
 * worked out from the books) and what it does.
 *
 * @param choices the allowed words of a {@link SettingType#CHOICE}
 * @param min the smallest allowed number, or null
 * @param max the largest allowed number, or null
 */
public record Setting(
    String path,
    SettingType type,
    Object defaultValue,
    String description,
    List<String> choices,
    String min,
    String max) {

  /** The section, e.g. {@code labor} of {@code labor.cost_per_hour}; empty at the top level. */
  public String section() {
    int dot = path.indexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }
}
