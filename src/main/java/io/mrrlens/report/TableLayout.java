package io.mrrlens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The columns of a table and how each reads its value from a result row. */
final class TableLayout<R> {
  private final List<Column> columns = new ArrayList<>();
  private final List<Function<R, Object>> values = new ArrayList<>();

  /** Adds a column; {@code value} may return null for an empty cell. */
  TableLayout<R> add(String field, String header, Format format, Function<R, Object> value) {
    columns.add(new Column(field, header, format));
    values.add(value);
    return this;
  }

  /** The table of these rows and, when not null, a totals row. */
  Part.Table table(String key, String title, List<R> rows, R totals) {
    List<Map<String, Object>> maps = new ArrayList<>();
    rows.forEach(r -> maps.add(map(r)));
    return new Part.Table(
        key, title, List.copyOf(columns), maps, totals == null ? null : map(totals));
  }

  private Map<String, Object> map(R row) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      map.put(columns.get(i).field(), values.get(i).apply(row));
    }
    return map;
  }
}
