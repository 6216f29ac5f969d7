package io.mrrlens.importing;

import io.mrrlens.model.FileKind;
import io.mrrlens.model.Rejection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A profile applied to one file: its rules bound to the file's header, turning each export row into
 * the cells of a canonical row (or a reason to skip it). Problems found while converting (a
 * duration that does not parse, a ticket the book lacks) are kept for the {@link Row} to report.
 */
final class ProfileRows {
  private final Profile profile;
  private final String file;
  private final Map<String, Integer> columnOf;
  private final int width;
  private final Bound[] rules;
  private final String[] names;
  private final Lookups lookups;
  private final DecimalParser decimals;
  private final List<Rejection> pending = new ArrayList<>();
  private final Set<String> unresolvedCompanies = new HashSet<>();
  private final int groupColumn;
  private final Map<Integer, FieldRule.Duration> durationUnits = new HashMap<>();
  private int durationForms;
  private boolean durationsDecided;
  private final Words words;
  private String fallbackClient;
  private Profile.FileNameClient clientFromFileName;
  private long clientFromFileNameRows;
  private CsvRow record;
  private long line;
  private long extraValues;
  private String heading;
  private boolean[] summed;

  /** A rule with its columns found in the header. */
  private record Bound(FieldRule rule, int[] columns, int[] join, List<Bound> cases) {}

  private ProfileRows(
      Profile profile,
      String file,
      CsvRow header,
      List<Field> fields,
      Lookups lookups,
      DecimalParser decimals,
      Words words) {
    this.profile = profile;
    this.file = file;
    this.lookups = lookups;
    this.decimals = decimals;
    this.words = words;
    this.columnOf = index(header, words);
    this.width = header.size();
    this.rules = new Bound[fields.size()];
    this.names = new String[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      FieldRule rule = profile.fields().get(fields.get(i).name());
      names[i] = fields.get(i).name();
      if (rule != null) {
        rules[i] = bind(rule);
        String shown = shownColumn(rules[i], header);
        if (shown != null) {
          names[i] = shown;
        }
      }
    }
    this.groupColumn = profile.groupBy() == null ? -1 : column(profile.groupBy());
    for (Bound bound : rules) {
      int column = bound == null ? -1 : bound.columns()[0];
      if (column >= 0 && bound.rule().duration() == FieldRule.Duration.AUTO) {
        FieldRule.Duration unit = Durations.unitOfHeader(header.get(column));
        if (unit != null) {
          durationUnits.put(column, unit);
        }
      }
    }
  }

  /** The header columns of {@code auto} durations whose header names no unit. */
  int[] undecidedDurationColumns() {
    List<Integer> columns = new ArrayList<>();
    for (Bound bound : rules) {
      int column = bound == null ? -1 : bound.columns()[0];
      if (column >= 0
          && bound.rule().duration() == FieldRule.Duration.AUTO
          && !durationUnits.containsKey(column)) {
        columns.add(column);
      }
    }
    return columns.stream().mapToInt(Integer::intValue).distinct().toArray();
  }

  /**
   * The units of the {@code auto} duration columns, decided from all their values; a column the
   * survey did not see (one a case picks) reads plain numbers as hours.
   */
  void decideDurations(Map<Integer, FieldRule.Duration> units) {
    durationUnits.putAll(units);
    durationsDecided = true;
  }

  /** The duration forms met, as {@code check} names them ("H:MM:SS"), or null when none. */
  String durationForms() {
    List<String> forms = new ArrayList<>();
    for (Durations.Form form : Durations.Form.values()) {
      if ((durationForms & (1 << form.ordinal())) != 0) {
        forms.add(form.label);
      }
    }
    return forms.isEmpty() ? null : String.join(", ", forms);
  }

  /**
   * The canonical columns whose values the profile computes (durations; amounts negated, divided or
   * less another column).
   */
  boolean[] computedColumns() {
    boolean[] computed = new boolean[rules.length];
    for (int i = 0; i < rules.length; i++) {
      computed[i] = rules[i] != null && computes(rules[i]);
    }
    return computed;
  }

  private static boolean computes(Bound bound) {
    FieldRule rule = bound.rule();
    if (rule.duration() != null
        || rule.sum()
        || rule.divideByColumn() != null
        || rule.minus() != null
        || !rule.negativeWhen().isEmpty()) {
      return true;
    }
    for (Bound c : bound.cases()) {
      if (computes(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The header column each canonical column is read from (-1 when none or computed), for the
   * decimal mark of its values.
   */
  int[] sourceColumns() {
    int[] columns = new int[rules.length];
    for (int i = 0; i < rules.length; i++) {
      columns[i] = rules[i] == null ? -1 : rules[i].columns()[0];
    }
    return columns;
  }

  /**
   * Binds a profile to a file's header.
   *
   * @throws ImportException when the header lacks a column a required canonical column comes from
   */
  static ProfileRows bind(
      Profile profile,
      String file,
      long line,
      CsvRow header,
      List<Field> fields,
      Lookups lookups,
      DecimalParser decimals,
      String client) {
    Words words = profile.language(ProfileCatalogue.names(header));
    ProfileRows rows =
        new ProfileRows(
            profile,
            file,
            header,
            fields,
            lookups,
            decimals,
            words == null ? Words.ENGLISH : words);
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      Bound bound = rows.rules[i];
      Profile.FileNameClient fromName =
          field.name().equals("client")
              ? profile.clientFromFileName(
                  file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1))
              : null;
      if (field.name().equals("client")
          && bound != null
          && bound.rule().extraValue()
          && bound.columns()[0] < 0) {
        // rows without the extra value belong to the client the option or the file name gives
        rows.fallbackClient = client != null ? client : fromName == null ? null : fromName.name();
        rows.clientFromFileName = client != null ? null : fromName;
      }
      if (field.name().equals("client") && bound != null && !rows.available(bound)) {
        if (client != null) {
          // a per-client export: --client names the client of every row
          rows.rules[i] = rows.bind(FieldRule.constant("client", client));
          continue;
        }
        if (fromName != null) {
          // a per-client export whose file is named after its client
          rows.rules[i] = rows.bind(FieldRule.constant("client", fromName.name()));
          rows.clientFromFileName = fromName;
          continue;
        }
        throw new ImportException(
            file
                + ":"
                + line
                + ": the "
                + profile.name()
                + " layout takes the client from column \""
                + String.join("\" or \"", bound.rule().columns())
                + "\", which is missing (a per-client export?); the columns are: "
                + present(header),
            (profile.clientFromFileName().isEmpty()
                    ? ""
                    : "keep the name "
                        + profile.system()
                        + " gave the file (it names a per-client export after its client,"
                        + " docs/importing.md), or ")
                + "give the client the export is for with --client NAME, or export the list of"
                + " all clients' rows");
      }
      if (field.name().equals("invoice_id")
          && profile.kind() == FileKind.PAYMENTS
          && bound != null
          && !rows.available(bound)
          && rows.clientRule() != null) {
        // a payments export that names no invoice: its payments are applied by client
        rows.rules[i] = null;
        continue;
      }
      if (field.required() && bound != null && !rows.available(bound)) {
        throw new ImportException(
            file
                + ":"
                + line
                + ": the "
                + profile.name()
                + " layout takes "
                + field.name()
                + " from column \""
                + String.join("\" or \"", bound.rule().columns())
                + "\", which is missing; the columns are: "
                + present(header),
            "export the file with that column, or write your own mapping (docs/importing.md)");
      }
    }
    if (profile.groupBy() != null && rows.groupColumn < 0) {
      throw new ImportException(
          file
              + ":"
              + line
              + ": the "
              + profile.name()
              + " layout groups rows by column \""
              + profile.groupBy()
              + "\", which is missing; the columns are: "
              + present(header),
          "export the file with that column");
    }
    return rows;
  }

  /** The bound rule of the client column, when the profile has one and the file its column. */
  private Bound clientRule() {
    for (int i = 0; i < names.length; i++) {
      if (rules[i] != null && rules[i].rule().field().equals("client") && available(rules[i])) {
        return rules[i];
      }
    }
    return null;
  }

  static String present(CsvRow header) {
    StringJoiner columns = new StringJoiner(", ");
    for (String name : header) {
      if (!name.isBlank()) {
        columns.add(name.strip());
      }
    }
    return columns.length() == 0 ? "(none)" : columns.toString();
  }

  private static Map<String, Integer> index(CsvRow header, Words words) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = words.toEnglish(Header.normalize(header.get(i)));
      if (!name.isEmpty()) {
        index.putIfAbsent(name, i);
      }
    }
    return index;
  }

  private int column(String name) {
    return columnOf.getOrDefault(Header.normalize(name), -1);
  }

  private Bound bind(FieldRule rule) {
    int[] columns = new int[] {-1};
    for (String name : rule.columns()) {
      int column = column(name);
      if (column >= 0) {
        columns[0] = column;
        break;
      }
    }
    int[] join = rule.join().stream().mapToInt(this::column).toArray();
    List<Bound> cases = new ArrayList<>();
    rule.cases().forEach(c -> cases.add(bind(c)));
    return new Bound(rule, columns, join, List.copyOf(cases));
  }

  private boolean available(Bound bound) {
    FieldRule rule = bound.rule();
    if (!bound.cases().isEmpty() || rule.value() != null || rule.extraValue() || rule.heading()) {
      return true;
    }
    if (!rule.join().isEmpty()) {
      for (int column : bound.join()) {
        if (column >= 0) {
          return true;
        }
      }
      return false;
    }
    return bound.columns()[0] >= 0;
  }

  private static String shownColumn(Bound bound, CsvRow header) {
    int column = bound.columns()[0];
    if (column >= 0) {
      return header.get(column).strip();
    }
    return null;
  }

  /** The names rejected values are reported under: the export's column where there is one. */
  String[] names() {
    return names.clone();
  }

  /** The header columns of the canonical date columns, for sniffing the date pattern. */
  int[] dateColumns(List<Field> fields) {
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).date() && rules[i] != null) {
        collectColumns(rules[i], columns);
      }
    }
    return columns.stream().mapToInt(Integer::intValue).distinct().toArray();
  }

  private static void collectColumns(Bound bound, List<Integer> out) {
    if (bound.columns()[0] >= 0) {
      out.add(bound.columns()[0]);
    }
    bound.cases().forEach(c -> collectColumns(c, out));
  }

  /** The rule that leaves the row out (a total, a heading, a draft), or null for a data row. */
  Profile.Skip skip(CsvRow row) {
    for (Profile.Skip skip : profile.skips()) {
      if (all(skip.when(), row)) {
        if (skip.heading()) {
          heading = headingOf(row);
        }
        return skip;
      }
    }
    return null;
  }

  /**
   * The name a heading row gives the rows below it: its first cell, when every other cell is blank.
   * A row with figures after its first cell is a total ("Total for Acme Corp", "TOTAL", in any
   * language) and ends the group, so that rows after it belong to none until the next heading. Only
   * a row written from the first column heads or ends a group: an indented one is a sub-group (a
   * customer's job), whose rows stay the customer's.
   */
  private String headingOf(CsvRow row) {
    String first = row.size() == 0 ? "" : row.get(0).strip();
    if (first.isEmpty()) {
      return heading;
    }
    for (int i = 1; i < row.size(); i++) {
      if (!row.get(i).isBlank()) {
        return null;
      }
    }
    return first;
  }

  /** The canonical columns whose grouped record sums its lines' values (not to be changed). */
  boolean[] summedColumns() {
    if (summed == null) {
      summed = new boolean[rules.length];
      for (int i = 0; i < rules.length; i++) {
        summed[i] = rules[i] != null && rules[i].rule().sum();
      }
    }
    return summed;
  }

  /** True when a grouped record's value of the canonical column is the sum of its lines'. */
  boolean sums(int field) {
    return field >= 0 && summedColumns()[field];
  }

  /**
   * Two lines' values of a summed column added, as the amounts are written. A first value that does
   * not read is kept, so that the record is rejected at its own line naming it.
   *
   * @throws ValueException when the further line's value does not read
   */
  String sum(String a, String b, int field) throws ValueException {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    int column = rules[field].columns()[0];
    BigDecimal first;
    try {
      first = decimals.money(a, column);
    } catch (ValueException e) {
      return a;
    }
    return decimals.written(first.add(decimals.money(b, column)));
  }

  /** The key that groups the row with others (line-level invoices), or null when not grouped. */
  String groupKey(CsvRow row) {
    if (groupColumn < 0) {
      return null;
    }
    String key = cell(row, groupColumn);
    return key == null ? null : key;
  }

  /** The canonical cells of a data row; problems met on the way wait in {@link #drainInto}. */
  String[] cells(CsvRow row, long line) {
    this.record = row;
    this.line = line;
    boolean extraUsed = false;
    String[] cells = new String[rules.length];
    for (int i = 0; i < rules.length; i++) {
      if (rules[i] != null) {
        cells[i] = value(rules[i], i);
        extraUsed |= rules[i].rule().extraValue() && rules[i].columns()[0] < 0;
      }
    }
    for (int i = width + (extraUsed ? 1 : 0); i < row.size(); i++) {
      if (!row.get(i).isBlank()) {
        extraValues++;
        break;
      }
    }
    return cells;
  }

  /**
   * The amount (or, for time, the hours) of a row that is left out, so that what is left out is
   * shown; null when the row has none or it does not read.
   */
  BigDecimal amountOf(CsvRow row, long line, int field, boolean hours) {
    if (field < 0 || rules[field] == null) {
      return null;
    }
    this.record = row;
    this.line = line;
    String value = value(rules[field], field);
    pending.clear();
    if (value == null) {
      return null;
    }
    // A computed value is written by mrrlens: it says nothing of the file's decimal mark.
    DecimalParser reader = computes(rules[field]) ? decimals.silent() : decimals;
    try {
      return hours ? reader.number(value) : reader.money(value, rules[field].columns()[0]);
    } catch (ValueException e) {
      return null;
    }
  }

  /** Moves the problems of the last converted row into the row being checked. */
  void drainInto(Row row) {
    row.problems().addAll(pending);
    pending.clear();
  }

  /** Rows that had values past the header's width that no rule reads. */
  long extraValues() {
    return extraValues;
  }

  /** Company IDs a companies lookup could not name; they stand as the client's name. */
  Set<String> unresolvedCompanies() {
    return unresolvedCompanies;
  }

  private String value(Bound bound, int field) {
    FieldRule rule = bound.rule();
    if (!bound.cases().isEmpty()) {
      for (Bound c : bound.cases()) {
        if (all(c.rule().when(), record)) {
          return value(c, field);
        }
      }
      return null;
    }
    if (!rule.when().isEmpty() && !all(rule.when(), record)) {
      return null;
    }
    String raw = raw(bound);
    if (raw == null) {
      return null;
    }
    String value = raw;
    if (!rule.map().isEmpty()) {
      String mapped = rule.map().get(english(raw).toLowerCase(Locale.ROOT));
      value = mapped != null ? mapped : rule.otherwise() != null ? rule.otherwise() : raw;
      if (value.isBlank()) {
        return null;
      }
    }
    if (rule.lookup() != null) {
      value = lookup(rule.lookup(), value, field);
      if (value == null) {
        return null;
      }
    }
    if (rule.duration() != null) {
      FieldRule.Duration unit = rule.duration();
      if (unit == FieldRule.Duration.AUTO) {
        unit =
            durationUnits.getOrDefault(
                bound.columns()[0],
                durationsDecided ? FieldRule.Duration.HOURS : FieldRule.Duration.AUTO);
      }
      try {
        value = Durations.hours(value, unit, decimals).toPlainString();
        Durations.Form form =
            Durations.form(raw, unit == FieldRule.Duration.AUTO ? FieldRule.Duration.HOURS : unit);
        durationForms |= 1 << form.ordinal();
      } catch (ValueException e) {
        pending.add(new Rejection(file, line, names[field], raw, e.problem()));
        return null;
      }
    }
    if (rule.minus() != null) {
      value = minus(value, rule.minus(), bound.columns()[0]);
      if (value == null) {
        return null;
      }
    }
    if (rule.divideByColumn() != null) {
      value = divide(value, rule, bound.columns()[0]);
    }
    if (!rule.negativeWhen().isEmpty() && all(rule.negativeWhen(), record)) {
      value = negative(value, bound.columns()[0]);
    }
    return value;
  }

  private String raw(Bound bound) {
    FieldRule rule = bound.rule();
    if (rule.value() != null) {
      return rule.value();
    }
    if (!rule.join().isEmpty()) {
      StringJoiner joined = new StringJoiner(" ");
      for (int column : bound.join()) {
        String part = column < 0 ? null : cell(record, column);
        if (part != null) {
          joined.add(part);
        }
      }
      return joined.length() == 0 ? null : joined.toString();
    }
    int column = bound.columns()[0];
    if (column < 0 && rule.extraValue()) {
      String extra = cell(record, width);
      if (extra == null && fallbackClient != null) {
        if (clientFromFileName != null) {
          clientFromFileNameRows++;
        }
        return fallbackClient;
      }
      return extra;
    }
    String value = column < 0 ? null : cell(record, column);
    return value == null && rule.heading() ? heading : value;
  }

  /**
   * The client the file's name gave its rows (a per-client export without a client column), or null
   * when no row took it.
   */
  Profile.FileNameClient clientFromFileName() {
    if (clientFromFileName == null) {
      return null;
    }
    boolean everyRow = fallbackClient == null;
    return everyRow || clientFromFileNameRows > 0 ? clientFromFileName : null;
  }

  /** The trimmed cell, null when blank or past the row's end; a quote prefix removed. */
  private String cell(CsvRow row, int column) {
    if (column < 0 || column >= row.size()) {
      return null;
    }
    String value = row.get(column).strip();
    if (value.isEmpty()) {
      return null;
    }
    if (profile.quotePrefix() && value.length() > 1 && value.charAt(0) == '\'') {
      char next = value.charAt(1);
      if (next == '=' || next == '+' || next == '-' || next == '@') {
        value = value.substring(1);
      }
    }
    return value;
  }

  /**
   * True when every condition holds for the row; a word holds in English or the file's language.
   */
  private boolean all(List<Condition> conditions, CsvRow row) {
    for (Condition condition : conditions) {
      if (!condition.holds(english(cell(row, column(condition.column()))))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A cell's value as the profile's English words name it, when it is a word of the file's
   * language.
   */
  private String english(String cell) {
    if (cell == null || words.isEnglish()) {
      return cell;
    }
    return words.english().getOrDefault(cell.toLowerCase(Locale.ROOT), cell);
  }

  /** The language the file's header is written in. */
  Words words() {
    return words;
  }

  private String lookup(String lookup, String id, int field) {
    if (lookup.equals("companies")) {
      String name = lookups.companies().get(id);
      if (name == null) {
        unresolvedCompanies.add(id);
        return id;
      }
      return name;
    }
    String client = lookups.tickets().get(id);
    if (client == null) {
      pending.add(
          new Rejection(
              file,
              line,
              names[field],
              id,
              "is not a ticket of the tickets file, so the row's client is unknown"));
    }
    return client;
  }

  /** The amount less another column's amount (blank: nothing taken off). */
  private String minus(String value, String column, int amountColumn) {
    int otherColumn = column(column);
    String other = cell(record, otherColumn);
    BigDecimal amount;
    try {
      amount = decimals.money(value, amountColumn);
    } catch (ValueException e) {
      return value; // the amount's own column reports it
    }
    if (other == null) {
      return value;
    }
    try {
      return decimals.written(amount.subtract(decimals.money(other, otherColumn)));
    } catch (ValueException e) {
      pending.add(new Rejection(file, line, column, other, e.problem()));
      return null;
    }
  }

  /**
   * The amount divided by the divisor its period column's value names ({@code Yearly: 12}; a
   * fraction {@code 12/52} for a weekly amount). A period the map does not name, or none at all
   * beside an amount other than 0, rejects the row: an undivided amount would be taken as monthly.
   */
  private String divide(String value, FieldRule rule, int column) {
    String key = cell(record, column(rule.divideByColumn()));
    String divisor = key == null ? null : rule.divideBy().get(key.toLowerCase(Locale.ROOT));
    BigDecimal amount;
    try {
      amount = decimals.money(value, column);
    } catch (ValueException e) {
      return value; // the amount's own column reports it
    }
    if (divisor == null) {
      if (key != null || amount.signum() != 0) {
        pending.add(
            new Rejection(
                file,
                line,
                rule.divideByColumn(),
                key,
                (key == null
                        ? "is blank"
                        : "is not a period the " + profile.name() + " profile knows")
                    + ", so the "
                    + rule.field()
                    + " cannot be worked out from "
                    + decimals.written(amount)
                    + " (known: "
                    + String.join(", ", new java.util.TreeSet<>(rule.divideBy().keySet()))
                    + "); name it in your own mapping's divide_by map"));
        return null;
      }
      return value;
    }
    String[] parts = divisor.strip().split("/", 2);
    BigDecimal by = new BigDecimal(parts[0].strip());
    BigDecimal per = parts.length > 1 ? new BigDecimal(parts[1].strip()) : BigDecimal.ONE;
    // Divided to the money precision kept (Row.MONEY_SCALE), so the share is not "rounded" again.
    return decimals.written(
        amount
            .multiply(per)
            .divide(by, Row.MONEY_SCALE, RoundingMode.HALF_UP)
            .stripTrailingZeros());
  }

  private String negative(String value, int column) {
    try {
      return decimals.written(decimals.money(value, column).abs().negate());
    } catch (ValueException e) {
      return value;
    }
  }
}
