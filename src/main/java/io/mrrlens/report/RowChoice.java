package io.mrrlens.report;

import io.mrrlens.model.ClientName;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which rows a report shows: the clients named (none: every client), then the first {@code top}
 * (null: all). Totals always stay those of the whole business.
 *
 * @param clients client names as resolved by the caller (aliases applied); matched
 *     case-insensitively
 * @param all whether inactive clients were asked for
 */
public record RowChoice(Integer top, List<String> clients, boolean all) {

  /** Every row. */
  public static RowChoice everything() {
    return new RowChoice(null, List.of(), false);
  }

  /** The same clients without the top-N cut (charts make their own). */
  public RowChoice clientsOnly() {
    return new RowChoice(null, clients, all);
  }

  /** The rows chosen, in their order. */
  public <T> List<T> apply(List<T> rows, Function<T, String> client) {
    Set<String> keys = clients.stream().map(ClientName::keyOf).collect(Collectors.toSet());
    List<T> chosen =
        keys.isEmpty()
            ? rows
            : rows.stream().filter(r -> keys.contains(ClientName.keyOf(client.apply(r)))).toList();
    return top == null || chosen.size() <= top ? chosen : chosen.subList(0, top);
  }
}
