package io.mrrlens.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON a PSA's REST API returns (an array of records, a page such as {@code {"items":
 * [...]}} or {@code {"record_count": 2, "tickets": [...]}}, or several of these one after another)
 * as rows of a table: nested objects become dotted column names ({@code company.name}), arrays of
 * objects numbered ones ({@code lines.0.amount}), arrays of plain values one cell joined by {@code
 * "; "}. The rows are handed on as CSV text, so the profiles read JSON and CSV alike.
 */
final class JsonRecords {
  /** Between the values of an array of plain values in one cell. */
  static final String JOIN = "; ";

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build();

  private final String name;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private final List<Map<Integer, String>> records = new ArrayList<>();
  private final List<Integer> starts = new ArrayList<>();

  private JsonRecords(String name) {
    this.name = name;
  }

  /**
   * Reads a JSON file as the CSV source of its records.
   *
   * @param name the file as messages name it
   * @throws ImportException when the file is not JSON, or holds something other than records
   * @throws UncheckedIOException when the file cannot be read
   */
  static CsvSource read(Path path, String name) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    return parse(bytes, name);
  }

  /** The records of a JSON text (UTF-8, UTF-16 or UTF-32, as Jackson detects it). */
  static CsvSource parse(byte[] bytes, String name) {
    JsonRecords json = new JsonRecords(name);
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        json.root(parser, token);
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr();
      String column = at == null ? "" : " (column " + at.getColumnNr() + ")";
      throw new ImportException(
          name + where + ": the file is not valid JSON" + column + ": " + e.getOriginalMessage(),
          "export the file again and keep it whole: mrrlens reads an array of records or a page"
              + " of them (docs/importing.md, \"JSON from the APIs\")",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    if (json.records.isEmpty()) {
      // an empty page (no invoices in the range) is an empty file, left out with a warning
      return CsvSource.converted(name, new byte[0], new long[] {0, 1});
    }
    return json.toSource();
  }

  /** One top-level value: an array of records, a page holding one, or a single record. */
  private void root(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.START_ARRAY) {
      array(parser);
    } else if (token == JsonToken.START_OBJECT) {
      int line = line(parser);
      Map<String, Object> object = object(parser);
      if (object.size() == 1 && object.get("item") instanceof Located item) {
        // Autotask's answer for one entity: {"item": {...}}
        add(item.fields(), item.line());
        return;
      }
      List<?> page = pageOf(object);
      if (page == null) {
        add(object, line);
      } else {
        for (Object record : page) {
          Located located = (Located) record;
          add(located.fields(), located.line());
        }
      }
    } else {
      throw notRecords(parser, describe(token));
    }
  }

  /** The records of a top-level array, each an object. */
  private void array(JsonParser parser) throws IOException {
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw notRecords(parser, describe(token));
      }
      int line = line(parser);
      add(object(parser), line);
    }
  }

  /**
   * The fields that hold a page's records by name, e.g. Autotask's {@code items}, HaloPSA's {@code
   * tickets}: one of these wins over other lists of objects in the page (HaloPSA can add {@code
   * columns}).
   */
  private static final java.util.Set<String> RECORD_LISTS =
      java.util.Set.of(
          "items",
          "records",
          "data",
          "results",
          "value",
          "tickets",
          "actions",
          "invoices",
          "clients",
          "timesheets",
          "ticket_timers",
          "contracts",
          "payments",
          "edges");

  /**
   * The records of a page: its list of objects named in {@link #RECORD_LISTS}, else its first list
   * of objects, else a named list inside its nested objects (FreshBooks' {@code {"response":
   * {"result": {"invoices": [...]}}}}, a GraphQL {@code {"data": {... {"edges": [...]}}}}); null
   * when there is none and the object is a record itself.
   */
  private static List<?> pageOf(Map<String, Object> object) {
    List<?> first = null;
    for (Map.Entry<String, Object> entry : object.entrySet()) {
      if (isRecordList(entry)) {
        if (RECORD_LISTS.contains(entry.getKey())) {
          return (List<?>) entry.getValue();
        }
        if (first == null && !((List<?>) entry.getValue()).isEmpty()) {
          first = (List<?>) entry.getValue();
        }
      }
    }
    return first != null ? first : nested(object);
  }

  private static boolean isRecordList(Map.Entry<String, Object> entry) {
    return entry.getValue() instanceof List<?> list
        && list.stream().allMatch(Located.class::isInstance)
        && (!list.isEmpty() || RECORD_LISTS.contains(entry.getKey()));
  }

  /** A named list of records inside the nested objects of a page, depth first; null when none. */
  private static List<?> nested(Map<String, Object> object) {
    for (Object value : object.values()) {
      if (value instanceof Located inner) {
        for (Map.Entry<String, Object> entry : inner.fields().entrySet()) {
          if (isRecordList(entry) && RECORD_LISTS.contains(entry.getKey())) {
            return (List<?>) entry.getValue();
          }
        }
        List<?> deeper = nested(inner.fields());
        if (deeper != null) {
          return deeper;
        }
      }
    }
    return null;
  }

  /** An object with the line its opening brace is on. */
  private record Located(Map<String, Object> fields, int line) {}

  /** The fields of the object whose opening brace was just read; nested values kept as trees. */
  private static Map<String, Object> object(JsonParser parser) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      fields.put(field, value(parser, parser.nextToken()));
    }
    return fields;
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        int line = line(parser);
        return new Located(object(parser), line);
      case START_ARRAY:
        List<Object> items = new ArrayList<>();
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
          items.add(value(parser, item));
        }
        return items;
      case VALUE_NULL:
        return "";
      case VALUE_NUMBER_FLOAT:
      case VALUE_NUMBER_INT:
        String number = parser.getText();
        // 1.5E2 as the plain 150, which the money and hours parsers read
        return number.indexOf('e') >= 0 || number.indexOf('E') >= 0
            ? new BigDecimal(number).toPlainString()
            : number;
      default:
        return parser.getText();
    }
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private void add(Map<String, Object> object, int line) {
    Map<Integer, String> cells = new LinkedHashMap<>();
    flatten("", object, cells);
    records.add(cells);
    starts.add(line);
  }

  private void flatten(String prefix, Map<String, Object> object, Map<Integer, String> cells) {
    for (Map.Entry<String, Object> entry : object.entrySet()) {
      put(prefix + entry.getKey(), entry.getValue(), cells);
    }
  }

  private void put(String column, Object value, Map<Integer, String> cells) {
    if (value instanceof Located nested) {
      flatten(column + ".", nested.fields(), cells);
    } else if (value instanceof List<?> list) {
      if (list.stream().anyMatch(v -> v instanceof Located || v instanceof List<?>)) {
        for (int i = 0; i < list.size(); i++) {
          put(column + "." + i, list.get(i), cells);
        }
      } else {
        List<String> plain = new ArrayList<>();
        list.forEach(v -> plain.add((String) v));
        cells.put(index(column), String.join(JOIN, plain));
      }
    } else {
      cells.put(index(column), (String) value);
    }
  }

  private int index(String column) {
    return columns.computeIfAbsent(column, c -> columns.size());
  }

  private ImportException notRecords(JsonParser parser, String found) {
    return new ImportException(
        name + ":" + line(parser) + ": " + found + " where a record (a JSON object) was expected",
        "export the records themselves: an array of objects, or a page such as {\"items\": [...]}"
            + " (docs/importing.md, \"JSON from the APIs\")");
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a text value";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a true/false value";
      default -> "null";
    };
  }

  /**
   * The records as CSV text (header on line 1, one record after another) with, for each CSV line a
   * record starts on, the line of the JSON file its opening brace is on; when records share a line
   * (JSON written on one line), their position instead (1 = the first record).
   */
  private CsvSource toSource() {
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>(columns.keySet());
    for (int i = 0; i < header.size(); i++) {
      cell(csv, i, header.get(i));
    }
    csv.append('\n');
    boolean distinct = true;
    for (int i = 1; i < starts.size(); i++) {
      distinct &= starts.get(i) > starts.get(i - 1);
    }
    // CSV line -> reported line; a value with line breaks makes a record span several CSV lines
    List<Long> reported = new ArrayList<>();
    reported.add(0L);
    reported.add(1L);
    for (int r = 0; r < records.size(); r++) {
      long at = distinct ? starts.get(r) : r + 1;
      Map<Integer, String> cells = records.get(r);
      int breaks = 0;
      for (int c = 0; c < header.size(); c++) {
        String value = cells.getOrDefault(c, "");
        breaks += lineBreaks(value);
        cell(csv, c, value);
      }
      csv.append('\n');
      for (int k = 0; k <= breaks; k++) {
        reported.add(at);
      }
    }
    long[] lines = new long[reported.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = reported.get(i);
    }
    return CsvSource.converted(name, csv.toString().getBytes(StandardCharsets.UTF_8), lines);
  }

  private static int lineBreaks(String value) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }

  private static void cell(StringBuilder csv, int index, String value) {
    if (index > 0) {
      csv.append(',');
    }
    csv.append('"').append(value.replace("\"", "\"\"")).append('"');
  }
}
