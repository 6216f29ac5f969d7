package io.mrrlens.importing;

import io.mrrlens.model.ClientName;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.Rejection;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one canonical file with Commons CSV: matches the header, maps every row through a {@link
 * RecordMapper}, and accounts for every row read (accepted or rejected, never lost). Dates that are
 * not ISO make the reader sniff the file's pattern and read it again.
 */
final class CsvFileReader<T> {

  /** What reading one file produced. */
  record Result<T>(
      FileImport summary,
      List<T> records,
      long[] lines,
      List<Rejection> rejections,
      List<String> rejectedText,
      String newline,
      Map<String, Long> spellings) {}

  private final CsvSource source;
  private final FileKind kind;
  private final RecordMapper<T> mapper;
  private final ImportOptions options;
  private static final int PROGRESS_EVERY = 8192;
  private final IdRegistry ids;
  private final ImportProgress progress;

  CsvFileReader(
      CsvSource source,
      FileKind kind,
      RecordMapper<T> mapper,
      ImportOptions options,
      IdRegistry ids,
      ImportProgress progress) {
    this.source = source;
    this.kind = kind;
    this.mapper = mapper;
    this.options = options;
    this.ids = ids;
    this.progress = progress;
  }

  Result<T> read() {
    if (source.isBlank()) {
      throw new ImportException(
          source.name() + ": the file is empty (no header row)",
          "export the file again with its header row, or remove it from the books folder");
    }
    DateParser dates;
    if (options.dateFormat() != null) {
      dates = DateParser.explicit(options.dateFormat());
    } else {
      dates = DateParser.isoOnly();
    }
    try {
      return read(dates);
    } catch (UndecidedPatternException e) {
      DatePattern pattern;
      try {
        pattern = DatePattern.decide(dateValues());
      } catch (DatePattern.AmbiguousDatesException ambiguous) {
        throw new ImportException(
            source.name()
                + ": the dates are ambiguous: every date fits both "
                + ambiguous.one.javaPattern()
                + " and "
                + ambiguous.other.javaPattern(),
            "set --date-format "
                + ambiguous.one.javaPattern()
                + " or --date-format "
                + ambiguous.other.javaPattern()
                + " (or date_format in mrrlens.yaml)");
      }
      return read(pattern == null ? DateParser.isoStrict() : DateParser.detected(pattern));
    }
  }

  private CSVFormat format() {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(source.delimiter())
        .setIgnoreEmptyLines(false)
        .setIgnoreSurroundingSpaces(false)
        .get();
  }

  private Result<T> read(DateParser dates) {
    List<Field> fields = mapper.fields();
    List<T> records = new ArrayList<>();
    LongList lines = new LongList();
    List<Rejection> rejections = new ArrayList<>();
    List<long[]> rejectedSpans = new ArrayList<>();
    long read = 0;
    long rejected = 0;
    BigDecimal amountAccepted = BigDecimal.ZERO;
    BigDecimal amountRejected = BigDecimal.ZERO;
    long unreadable = 0;
    long line = 1;
    long reported = 0;
    try (Reader reader = source.reader();
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format()).get()) {
      Iterator<CSVRecord> it = parser.iterator();
      Header header = null;
      Row row = null;
      long[] openSpan = null;
      while (true) {
        line = parser.getCurrentLineNumber() + 1;
        if (!hasNext(it, line)) {
          break;
        }
        CSVRecord record = it.next();
        if (openSpan != null) {
          openSpan[1] = record.getCharacterPosition();
          openSpan = null;
        }
        if (isBlank(record)) {
          continue;
        }
        if (header == null) {
          header = Header.match(source.name(), line, record, fields, kind);
          row =
              new Row(
                  source.name(),
                  fields,
                  header.columnOf(),
                  dates,
                  new DecimalParser(options.decimalComma()),
                  mapper.amountField());
          openSpan = new long[] {record.getCharacterPosition(), -1};
          rejectedSpans.add(openSpan);
          continue;
        }
        read++;
        if (read % PROGRESS_EVERY == 0) {
          long position = record.getCharacterPosition();
          progress.advanced(position - reported);
          reported = position;
        }
        row.reset(record, line);
        T value = mapper.map(row);
        checkWidth(row, record, header);
        checkId(row);
        if (row.problems().isEmpty()) {
          records.add(value);
          lines.add(line);
          if (row.amount() != null) {
            amountAccepted = amountAccepted.add(row.amount());
          }
        } else {
          rejected++;
          rejections.addAll(row.problems());
          openSpan = new long[] {record.getCharacterPosition(), -1};
          rejectedSpans.add(openSpan);
          if (row.amount() != null) {
            amountRejected = amountRejected.add(row.amount());
          }
        }
        if (row.amountUnreadable()) {
          unreadable++;
        }
      }
      if (header == null) {
        throw new ImportException(
            source.name() + ": the file is empty (no header row)",
            "export the file again with its header row, or remove it from the books folder");
      }
      progress.advanced(Math.max(0, source.size() - reported));
      String amountColumn =
          mapper.amountField() < 0 ? null : fields.get(mapper.amountField()).name();
      FileImport summary =
          new FileImport(
              source.name(),
              kind,
              source.encodingName(),
              source.delimiter(),
              dates.describe(),
              read,
              read - rejected,
              rejected,
              amountColumn,
              amountColumn == null ? null : amountAccepted.add(amountRejected),
              amountColumn == null ? null : amountAccepted,
              amountColumn == null ? null : amountRejected,
              unreadable,
              header.unknown(),
              null);
      return new Result<>(
          summary,
          records,
          lines.toArray(),
          rejections,
          rejected == 0 ? List.of() : slices(rejectedSpans),
          source.lineBreak(),
          row.spellings());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The raw text of the header and of each rejected row, as the file has it, without the line
   * breaks (and blank lines) that follow each.
   */
  private List<String> slices(List<long[]> spans) {
    String text = source.text();
    List<String> out = new ArrayList<>(spans.size());
    for (long[] span : spans) {
      int end = span[1] < 0 ? text.length() : (int) span[1];
      while (end > span[0] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
        end--;
      }
      out.add(text.substring((int) span[0], end));
    }
    return out;
  }

  private boolean hasNext(Iterator<CSVRecord> it, long line) {
    try {
      return it.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw malformed(line, e);
    }
  }

  private ImportException malformed(long line, RuntimeException e) {
    String detail = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (detail.contains("eof reached before encapsulated token finished")) {
      return new ImportException(
          source.name() + ":" + line + ": a quoted field starts on this line and is never closed",
          "close the quote (a quote inside a quoted field is written as two quotes \"\")");
    }
    return new ImportException(
        source.name()
            + ":"
            + line
            + ": a quoted field is followed by other text before the delimiter",
        "write a quote inside a quoted field as two quotes \"\"",
        e);
  }

  private void checkWidth(Row row, CSVRecord record, Header header) {
    int width = header.width();
    if (record.size() <= width) {
      return;
    }
    for (int i = width; i < record.size(); i++) {
      if (!record.get(i).isBlank()) {
        row.problems()
            .add(
                new Rejection(
                    source.name(),
                    row.line(),
                    "row",
                    null,
                    "has " + record.size() + " values but the header has " + width));
        return;
      }
    }
  }

  private void checkId(Row row) {
    int field = mapper.idField();
    if (field < 0) {
      return;
    }
    String id = row.text(field);
    if (id == null) {
      return;
    }
    String key = kind == FileKind.CLIENTS ? ClientName.keyOf(id) : id;
    String first = ids.register(key, source.name(), row.line());
    if (first != null) {
      row.reject(field, "repeats " + first);
    }
  }

  private static boolean isBlank(CSVRecord record) {
    for (int i = 0; i < record.size(); i++) {
      if (!record.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Every non-blank, non-ISO value of the file's date columns. */
  private List<String> dateValues() {
    List<String> values = new ArrayList<>();
    try (Reader reader = source.reader();
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format()).get()) {
      int[] dateColumns = null;
      for (CSVRecord record : parser) {
        if (isBlank(record)) {
          continue;
        }
        if (dateColumns == null) {
          dateColumns = dateColumns(record);
          continue;
        }
        for (int column : dateColumns) {
          if (column < record.size()) {
            String value = record.get(column).strip();
            if (!value.isEmpty() && !isIso(value)) {
              values.add(value);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
    }
    return values;
  }

  private static boolean isIso(String value) {
    try {
      return DateParser.iso(value) != null;
    } catch (ValueException e) {
      return true;
    }
  }

  private int[] dateColumns(CSVRecord header) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byName.putIfAbsent(Header.normalize(header.get(i)), i);
    }
    return mapper.fields().stream()
        .filter(Field::date)
        .map(f -> byName.get(f.name()))
        .filter(i -> i != null)
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
