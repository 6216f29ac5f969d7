package io.mrrlens.report;

import io.mrrlens.analysis.BookCheck;
import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.FileLayout;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the report of {@code mrrlens check} from the imported books and their check. */
public final class CheckReportBuilder {
  /** How many rejected values a report or an error message lists one by one. */
  public static final int LISTED = Rejection.LISTED;

  private CheckReportBuilder() {}

  /**
   * The check report.
   *
   * @param books where the books were read from, as the user named it
   * @param settings the import settings in force
   */
  public static Report build(String books, Books imported, BookCheck check, List<Fact> settings) {
    List<Part> parts = new ArrayList<>();
    parts.add(summary(imported, check));
    parts.add(files(imported));
    parts.add(clients(check));
    parts.add(mismatches(check));
    parts.add(aliases(check));
    parts.add(warnings(imported));
    parts.add(rejections(imported));
    return new Report("check", books, check.asOf(), check.window(), settings, parts);
  }

  private static Part summary(Books books, BookCheck check) {
    long read = books.files().stream().mapToLong(FileImport::rowsRead).sum();
    long accepted = books.files().stream().mapToLong(FileImport::rowsAccepted).sum();
    long rejected = books.files().stream().mapToLong(FileImport::rowsRejected).sum();
    long skipped = books.files().stream().mapToLong(f -> f.layout().rowsSkipped()).sum();
    return new Part.Facts(
        "book",
        "Book",
        List.of(
            new Fact("first_date", "first date", check.earliest(), Format.DATE),
            new Fact("last_date", "last date", check.latest(), Format.DATE),
            new Fact("as_of", "as of", check.asOf(), Format.DATE),
            new Fact("clients", "clients", check.clients(), Format.COUNT),
            new Fact("files", "files", books.files().size(), Format.COUNT),
            new Fact("rows_read", "rows read", read, Format.COUNT),
            new Fact("rows_accepted", "rows accepted", accepted, Format.COUNT),
            new Fact("rows_rejected", "rows rejected", rejected, Format.COUNT),
            new Fact("rows_skipped", "rows skipped (not data)", skipped, Format.COUNT),
            new Fact("warnings", "warnings", books.warnings().size(), Format.COUNT)));
  }

  private static Part files(Books books) {
    List<Column> columns =
        List.of(
            new Column("file", "file", Format.TEXT),
            new Column("kind", "kind", Format.TEXT),
            new Column("system", "system", Format.TEXT),
            new Column("profile", "profile", Format.TEXT),
            new Column("encoding", "encoding", Format.TEXT),
            new Column("delimiter", "delimiter", Format.TEXT),
            new Column("date_format", "dates", Format.TEXT),
            new Column("decimal_mark", "decimal mark", Format.TEXT),
            new Column("durations", "durations", Format.TEXT),
            new Column("rows_read", "read", Format.COUNT),
            new Column("rows_accepted", "accepted", Format.COUNT),
            new Column("rows_rejected", "rejected", Format.COUNT),
            new Column("rows_skipped", "skipped", Format.COUNT),
            new Column("skipped_as", "skipped as", Format.TEXT),
            new Column("records", "grouped into", Format.COUNT),
            new Column("amount_column", "sum of", Format.TEXT),
            new Column("amount_read", "read", Format.MONEY),
            new Column("amount_accepted", "accepted", Format.MONEY),
            new Column("amount_rejected", "rejected", Format.MONEY),
            new Column("unreadable_amounts", "unreadable", Format.COUNT),
            new Column("rounded_values", "rounded", Format.COUNT),
            new Column("unknown_columns", "unknown columns", Format.TEXT),
            new Column("rejects_file", "rejects file", Format.TEXT));
    List<Map<String, Object>> rows = new ArrayList<>();
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    long skipped = 0;
    for (FileImport file : books.files()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("file", file.file());
      row.put("kind", file.kind().prefix());
      row.put("system", file.layout().system());
      row.put(
          "profile",
          file.layout().language() == null
              ? file.layout().profile()
              : file.layout().profile() + " (" + file.layout().language() + ")");
      row.put("encoding", file.encoding());
      row.put("delimiter", file.delimiterName());
      row.put("date_format", file.dateFormat());
      row.put("decimal_mark", file.numbers().decimalMark());
      row.put("durations", file.numbers().durations());
      row.put("rows_read", file.rowsRead());
      row.put("rows_accepted", file.rowsAccepted());
      row.put("rows_rejected", file.rowsRejected());
      row.put("rows_skipped", file.layout().rowsSkipped());
      row.put("skipped_as", skippedAs(file));
      row.put("records", file.layout().records() < 0 ? null : file.layout().records());
      row.put("amount_column", file.amountColumn());
      row.put("amount_read", file.amountRead());
      row.put("amount_accepted", file.amountAccepted());
      row.put("amount_rejected", file.amountRejected());
      row.put("unreadable_amounts", file.amountColumn() == null ? null : file.unreadableAmounts());
      row.put("rounded_values", file.numbers().rounded());
      row.put("unknown_columns", file.unknownColumns());
      row.put("rejects_file", file.rejectsFile());
      rows.add(row);
      read += file.rowsRead();
      accepted += file.rowsAccepted();
      rejected += file.rowsRejected();
      skipped += file.layout().rowsSkipped();
    }
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("rows_read", read);
    totals.put("rows_accepted", accepted);
    totals.put("rows_rejected", rejected);
    totals.put("rows_skipped", skipped);
    return new Part.Table("rows", "Files", columns, rows, totals);
  }

  /**
   * The reasons rows were left out, with counts and what they held, sorted: "1 draft: 80.00, 2
   * total row", "3 internal time (no client): 4.5 h".
   */
  private static String skippedAs(FileImport file) {
    FileLayout layout = file.layout();
    if (layout.skipped().isEmpty()) {
      return null;
    }
    String unit = file.kind() == FileKind.TIME ? " h" : "";
    return layout.skipped().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e -> {
              java.math.BigDecimal held = layout.skippedAmounts().get(e.getKey());
              return e.getValue()
                  + " "
                  + e.getKey()
                  + (held == null ? "" : ": " + held.stripTrailingZeros().toPlainString() + unit);
            })
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static Part clients(BookCheck check) {
    List<Fact> facts = new ArrayList<>();
    check
        .clientsByKind()
        .forEach(
            (kind, count) ->
                facts.add(new Fact(kind.prefix(), "in " + kind.prefix(), count, Format.COUNT)));
    return new Part.Facts("clients_by_file", "Clients by file", facts);
  }

  private static Part mismatches(BookCheck check) {
    List<Column> columns =
        List.of(
            new Column("client", "client", Format.TEXT),
            new Column("present_in", "present in", Format.TEXT),
            new Column("missing_from", "missing from", Format.TEXT));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BookCheck.NameMismatch mismatch : check.mismatches()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("client", mismatch.client());
      row.put("present_in", kinds(mismatch.presentIn()));
      row.put("missing_from", kinds(mismatch.missingFrom()));
      rows.add(row);
    }
    return new Part.Table(
        "name_mismatches", "Clients missing from some files", columns, rows, null);
  }

  private static List<String> kinds(Set<FileKind> kinds) {
    return kinds.stream().map(FileKind::prefix).toList();
  }

  private static Part aliases(BookCheck check) {
    List<Column> columns =
        List.of(
            new Column("client", "client", Format.TEXT),
            new Column("other_spellings", "other spellings", Format.TEXT));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BookCheck.AliasSuggestion suggestion : check.aliasSuggestions()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("client", suggestion.client());
      row.put("other_spellings", suggestion.spellings());
      rows.add(row);
    }
    return new Part.Table(
        "alias_suggestions",
        "Possible other spellings (add them under aliases: in mrrlens.yaml)",
        columns,
        rows,
        null);
  }

  private static Part warnings(Books books) {
    Map<String, List<ImportWarning>> byCode =
        books.warnings().stream()
            .collect(
                Collectors.groupingBy(
                    ImportWarning::code, java.util.TreeMap::new, Collectors.toList()));
    List<Column> columns =
        List.of(
            new Column("warning", "warning", Format.TEXT),
            new Column("count", "count", Format.COUNT),
            new Column("first", "first", Format.TEXT));
    List<Map<String, Object>> rows = new ArrayList<>();
    byCode.forEach(
        (code, list) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("warning", code.replace('-', ' ').toLowerCase(Locale.ROOT));
          row.put("count", (long) list.size());
          row.put("first", list.get(0).describe());
          rows.add(row);
        });
    return new Part.Table("warnings", "Warnings", columns, rows, null);
  }

  private static Part rejections(Books books) {
    List<String> lines = new ArrayList<>();
    List<Rejection> all = books.rejections();
    for (int i = 0; i < Math.min(LISTED, all.size()); i++) {
      lines.add(all.get(i).message());
    }
    if (all.size() > LISTED) {
      lines.add("... and " + (all.size() - LISTED) + " more (" + all.size() + " in all)");
    }
    return new Part.Lines("rejected_values", "Rejected values", lines);
  }
}
