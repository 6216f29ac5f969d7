package io.mrrlens.importing;

import io.mrrlens.model.FileKind;
import io.mrrlens.model.Quoted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A file's header row matched against its canonical columns: names compared case-insensitively
 * after trimming, order free, unknown columns kept aside for {@code check}.
 */
record Header(int[] columnOf, int width, List<String> unknown) {

  static String normalize(String name) {
    String trimmed = name.strip();
    if (!trimmed.isEmpty() && trimmed.charAt(0) == '\uFEFF') {
      trimmed = trimmed.substring(1).strip();
    }
    if (!trimmed.isEmpty() && trimmed.charAt(0) == '*') {
      // import templates (Xero's) mark required columns with a leading star
      trimmed = trimmed.substring(1).strip();
    }
    return trimmed.toLowerCase(Locale.ROOT);
  }

  /**
   * Matches a header row.
   *
   * @throws ImportException when a required column is missing or a known column appears twice
   */
  static Header match(String file, long line, CsvRow record, List<Field> fields, FileKind kind) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      index.put(fields.get(i).name(), i);
    }
    int[] columnOf = new int[fields.size()];
    Arrays.fill(columnOf, -1);
    List<String> unknown = new ArrayList<>();
    List<String> present = new ArrayList<>();
    for (int column = 0; column < record.size(); column++) {
      String raw = record.get(column).strip();
      String name = normalize(raw);
      if (name.isEmpty()) {
        continue;
      }
      present.add(raw);
      Integer field = index.get(name);
      if (field == null) {
        unknown.add(raw);
      } else if (columnOf[field] >= 0) {
        throw new ImportException(
            file
                + ":"
                + line
                + ": column "
                + Quoted.of(name)
                + " appears twice (columns "
                + (columnOf[field] + 1)
                + " and "
                + (column + 1)
                + ")",
            "remove or rename one of them");
      } else {
        columnOf[field] = column;
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if (field.required() && columnOf[i] < 0) {
        StringJoiner columns = new StringJoiner(", ");
        present.forEach(column -> columns.add(Quoted.unquoted(column)));
        throw new ImportException(
            file
                + ":"
                + line
                + ": required column \""
                + field.name()
                + "\" is missing; the columns are: "
                + (present.isEmpty() ? "(none)" : columns.toString()),
            "rename the column that holds it to \""
                + field.name()
                + "\" (the "
                + kind.prefix()
                + " columns are listed in docs/formats.md)");
      }
    }
    return new Header(columnOf, record.size(), List.copyOf(unknown));
  }
}
