package io.mrrlens.importing;

import io.mrrlens.model.ClientName;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.FileLayout;
import io.mrrlens.model.FileNumbers;
import io.mrrlens.model.Rejection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads one canonical file through {@link CsvRecords}: matches the header, maps every row through a
 * {@link RecordMapper}, and accounts for every row read (accepted or rejected, never lost). Dates
 * that are not ISO make the reader sniff the file's pattern and read it again.
 */
final class CsvFileReader<T> {

  /** What reading one file produced. */
  record Result<T>(
      FileImport summary,
      List<T> records,
      long[] lines,
      List<Rejection> rejections,
      byte[] rejects,
      Map<String, Long> spellings) {}

  private final CsvSource source;
  private final FileKind kind;
  private final RecordMapper<T> mapper;
  private final ImportOptions options;
  private static final int PROGRESS_EVERY = 8192;
  private final IdRegistry ids;
  private final ImportProgress progress;
  private final Profile profile;
  private final Lookups lookups;
  private final String considered;
  private boolean inParts;

  CsvFileReader(
      CsvSource source,
      FileKind kind,
      RecordMapper<T> mapper,
      ImportOptions options,
      IdRegistry ids,
      ImportProgress progress,
      Profile profile,
      Lookups lookups,
      String considered) {
    this.considered = considered;
    this.profile = profile;
    this.lookups = lookups;
    this.source = source;
    this.kind = kind;
    this.mapper = mapper;
    this.options = options;
    this.ids = ids;
    this.progress = progress;
  }

  /**
   * Whether a large file may be read in two parts on two cores: worth it only when the file is
   * nearly the whole book (over three quarters of its bytes). Otherwise the other files keep the
   * other core busy, and the parts only add work and memory: a time entries file of 63% of the book
   * took as long in two parts, with 0.5 s more CPU and 50 MB more at the peak.
   */
  CsvFileReader<T> inParts(boolean allowed) {
    this.inParts = allowed;
    return this;
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
    } else if (profile != null && profile.dateFormat() != null) {
      dates = DateParser.explicit(profile.dateFormat());
    } else {
      dates = DateParser.isoOnly();
    }
    NumberSurvey numbers = null;
    // Each exception is thrown at most once: a decided pattern or survey never throws it again.
    while (true) {
      try {
        return read(dates, numbers);
      } catch (UndecidedPatternException e) {
        dates = decideDates();
      } catch (UndecidedNumbersException e) {
        if (numbers != null) {
          throw new IllegalStateException("numbers undecided after the survey", e);
        }
        numbers = surveyNumbers();
      }
    }
  }

  private DateParser decideDates() {
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
    return pattern == null ? DateParser.isoStrict() : DateParser.detected(pattern);
  }

  /**
   * What a survey of all the file's values decided: the decimal mark of each column, and the unit
   * of each {@code auto} duration column whose header names none.
   */
  private record NumberSurvey(DecimalMarks marks, Map<Integer, FieldRule.Duration> durations) {}

  /** The decimal mark forced by the settings or the profile, or null to detect. */
  private DecimalMark forcedMark() {
    if (options.decimalComma() != null) {
      return options.decimalComma() ? DecimalMark.COMMA : DecimalMark.POINT;
    }
    return profileDecimalComma() ? DecimalMark.COMMA : null;
  }

  private DecimalParser decimals(NumberSurvey numbers) {
    DecimalMark forced = forcedMark();
    if (forced != null) {
      return DecimalParser.forced(forced);
    }
    return numbers == null ? DecimalParser.detecting() : DecimalParser.decided(numbers.marks());
  }

  /** How {@code check} states the decimal mark of the file. */
  private String describeMark(DecimalParser decimals) {
    if (options.decimalComma() != null) {
      return decimals.describe() + " (set)";
    }
    if (decimals.forcedMark() != null) {
      return decimals.describe() + " (profile)";
    }
    return decimals.describe();
  }

  /**
   * Reads every data row's cells: which decimal mark each column's values show, and the plain
   * numbers of {@code auto} duration columns.
   */
  private NumberSurvey surveyNumbers() {
    DecimalMarks.Survey marks = new DecimalMarks.Survey();
    Map<Integer, Durations.Survey> durations = new HashMap<>();
    try (CsvRecords parser = new CsvRecords(source)) {
      boolean header = false;
      ProfileRows converter = null;
      while (parser.hasNextSkippingMalformedLines()) {
        CsvRow record = parser.next();
        if (isBlank(record)) {
          continue;
        }
        if (!header) {
          if (profile == null) {
            header = true;
          } else if (profile.fits(ProfileCatalogue.names(record))) {
            header = true;
            converter = bind(record, parser.line(), DecimalParser.detecting());
            for (int column : converter.undecidedDurationColumns()) {
              durations.put(column, new Durations.Survey());
            }
          }
          continue;
        }
        if (converter != null && converter.skip(record) != null) {
          continue;
        }
        for (int i = 0; i < record.size(); i++) {
          String cell = record.get(i);
          marks.see(i, cell);
          Durations.Survey duration = durations.get(i);
          if (duration != null) {
            duration.see(cell);
          }
        }
      }
    }
    Map<Integer, FieldRule.Duration> units = new HashMap<>();
    durations.forEach((column, survey) -> units.put(column, survey.decide()));
    return new NumberSurvey(marks.decide(), units);
  }

  private ProfileRows bind(CsvRow header, long line, DecimalParser decimals) {
    return ProfileRows.bind(
        profile, source.name(), line, header, mapper.fields(), lookups, decimals, options.client());
  }

  /** One record of a grouped file: the first row's cells and every row's span and line. */
  private static final class Group {
    final String[] cells;
    final long line;
    final List<long[]> spans = new ArrayList<>();
    final List<Rejection> problems = new ArrayList<>();
    long rows;

    Group(String[] cells, long line) {
      this.cells = cells;
      this.line = line;
    }

    /**
     * Checks that a further line repeats the record's own values (all but the line's description
     * and the summed amounts, which it adds): two different records that share a number are not
     * lines of one.
     */
    void compare(String[] line, long at, List<Field> fields, ProfileRows converter, String file) {
      boolean[] summed = converter.summedColumns();
      String[] names = converter.names();
      for (int i = 0; i < cells.length; i++) {
        if (summed[i]) {
          try {
            cells[i] = converter.sum(cells[i], line[i], i);
          } catch (ValueException e) {
            problems.add(new Rejection(file, at, names[i], line[i], e.problem()));
          }
        } else if (!fields.get(i).name().equals("description")
            && !Objects.equals(cells[i], line[i])) {
          problems.add(
              new Rejection(
                  file,
                  at,
                  names[i],
                  line[i],
                  "differs from line "
                      + this.line
                      + " ("
                      + (cells[i] == null ? "blank" : "\"" + cells[i] + "\"")
                      + "), so the lines are not of one record; give each its own number"));
          return;
        }
      }
    }
  }

  private Result<T> read(DateParser dates, NumberSurvey numbers) {
    int rows = source.estimatedRows();
    if (mapper.idField() >= 0) {
      ids.expect(rows);
    }
    Pass pass = new Pass(dates, numbers, decimals(numbers), mapper.newList(rows), rows, ids);
    try (CsvRecords it = new CsvRecords(source)) {
      pass.run(it);
    } finally {
      pass.cancelSplit();
    }
    return pass.result();
  }

  /**
   * One reading of the file from its start; or of its second part, from a record boundary on, read
   * on another core while the first part is read (see {@link Split}).
   */
  private final class Pass {
    /** The reader's mapper, or its own when the mapper keeps what it read (see forReading). */
    final RecordMapper<T> mapper = CsvFileReader.this.mapper.forReading();

    final List<Field> fields = mapper.fields();
    final DateParser dates;
    final NumberSurvey numbers;
    final DecimalParser decimals;
    final IdRegistry ids;
    final List<T> records;
    final LongList lines;
    final List<Rejection> rejections = new ArrayList<>();
    final List<long[]> rejectedSpans = new ArrayList<>();
    final Map<String, Long> skipped = new LinkedHashMap<>();
    final Map<String, BigDecimal> skippedAmounts = new LinkedHashMap<>();
    final java.util.Set<String> skippedRecords = new java.util.HashSet<>();
    final Map<String, Group> groups = new LinkedHashMap<>();
    long ungrouped = 0;
    long read = 0;
    long rejected = 0;
    long preamble = 0;
    final DecimalSum amountAccepted = new DecimalSum();
    final DecimalSum amountRejected = new DecimalSum();
    long unreadable = 0;
    long line = 1;
    long reported = 0;
    Header header;
    ProfileRows converter;
    Row row;
    long[] openSpan;

    /** The second part of the file being read on another core, or null. */
    Split split;

    /** Set when the part's reading is no longer wanted. */
    volatile boolean cancelled;

    Pass(
        DateParser dates,
        NumberSurvey numbers,
        DecimalParser decimals,
        List<T> records,
        int rows,
        IdRegistry ids) {
      this.lines = new LongList(rows);
      this.dates = dates;
      this.numbers = numbers;
      this.decimals = decimals;
      this.records = records;
      this.ids = ids;
    }

    void run(CsvRecords it) {
      while (true) {
        try {
          if (!it.hasNext()) {
            break;
          }
        } catch (CsvRecords.MalformedRowException e) {
          if (header == null || !it.malformedRowIsOneLine()) {
            throw e;
          }
          // the row is its one line: set aside like any row with a bad value
          long malformed = it.line();
          long[] span = it.skipMalformedLine();
          if (openSpan != null) {
            openSpan[1] = span[0];
            openSpan = null;
          }
          read++;
          rejected++;
          rejections.add(new Rejection(source.name(), malformed, "row", null, e.problem()));
          rejectedSpans.add(span);
          continue;
        }
        line = it.line();
        CsvRow record = it.next();
        if (openSpan != null) {
          openSpan[1] = record.position();
          openSpan = null;
        }
        if (cancelled) {
          throw new CancellationException();
        }
        if (split != null && handOver(record.position())) {
          // the second part, read on the other core, holds this record and every one after it
          break;
        }
        if (isBlank(record)) {
          continue;
        }
        if (header == null) {
          if (profile != null && !profile.fits(ProfileCatalogue.names(record))) {
            preamble++;
            if (preamble >= ProfileCatalogue.HEADER_SEARCH) {
              throw new ImportException(
                  source.name()
                      + ": no header row of the "
                      + profile.name()
                      + " layout in the first "
                      + ProfileCatalogue.HEADER_SEARCH
                      + " lines (it needs the columns "
                      + String.join(", ", profile.detect())
                      + ")",
                  "check that the file is a "
                      + profile.system()
                      + " "
                      + profile.title()
                      + " export");
            }
            continue;
          }
          if (profile == null) {
            header = matchCanonical(line, record, fields);
          } else {
            converter = bind(record, line, decimals);
            if (numbers != null) {
              converter.decideDurations(numbers.durations());
            }
            header = new Header(identity(fields.size()), record.size(), List.of());
          }
          row =
              new Row(
                  source.name(), fields, header.columnOf(), dates, decimals, mapper.amountField());
          if (converter != null) {
            row.named(converter.names());
            row.sourceColumns(converter.sourceColumns());
            row.computed(converter.computedColumns());
          }
          openSpan = new long[] {record.position(), -1};
          rejectedSpans.add(openSpan);
          if (inParts
              && converter == null
              && source.size() >= splitFrom
              && source.splittable()
              && CORES > 1) {
            split = new Split(this);
          }
          continue;
        }
        read++;
        if (read % PROGRESS_EVERY == 0) {
          long position = record.position();
          progress.advanced(position - reported);
          reported = position;
        }
        if (converter != null) {
          Profile.Skip skip = converter.skip(record);
          if (skip != null) {
            skipped.merge(skip.reason(), 1L, Long::sum);
            String key = converter.groupKey(record);
            // the lines of one record repeat its amount: count it once, unless the lines add up
            boolean again = key != null && !skippedRecords.add(key);
            BigDecimal amount =
                !skip.record() || (again && !converter.sums(mapper.amountField()))
                    ? null
                    : converter.amountOf(record, line, mapper.amountField(), kind == FileKind.TIME);
            if (amount != null && amount.signum() != 0) {
              skippedAmounts.merge(skip.reason(), amount, BigDecimal::add);
            }
            continue;
          }
          String[] cells = converter.cells(record, line);
          String key = converter.groupKey(record);
          if (key != null) {
            Group group = groups.get(key);
            if (group == null) {
              group = new Group(cells, line);
              groups.put(key, group);
            } else {
              group.compare(cells, line, fields, converter, source.name());
            }
            converter.drainInto(row);
            group.problems.addAll(row.problems());
            row.problems().clear();
            group.rows++;
            openSpan = new long[] {record.position(), -1};
            group.spans.add(openSpan);
            continue;
          }
          // a row without a number in a grouped file is a record of its own
          ungrouped++;
          row.reset(cells, line);
          converter.drainInto(row);
        } else {
          row.reset(record, line);
        }
        T value = mapper.map(row);
        if (converter == null) {
          checkWidth(row, record, header);
        }
        checkId(row, ids);
        if (row.problems().isEmpty()) {
          mapper.add(value, records);
          lines.add(line);
          row.addAmountTo(amountAccepted);
        } else {
          rejected++;
          rejections.addAll(row.problems());
          openSpan = new long[] {record.position(), -1};
          rejectedSpans.add(openSpan);
          row.addAmountTo(amountRejected);
        }
        if (row.amountUnreadable()) {
          unreadable++;
        }
      }
    }

    /**
     * At a record of this (the first) part: true when the second part took over from it, its rows
     * taken in as if read here; false to read on here (the boundary is not reached yet, or the
     * record is not at it, or the second part failed or saw an ID this part saw: reading on here
     * then meets the same rows, and the same errors, in file order).
     */
    private boolean handOver(long position) {
      if (position < split.joinFrom) {
        return false;
      }
      long[] at = split.boundary.join();
      if (at != null && position < at[1]) {
        return false;
      }
      Split handed = split;
      split = null;
      if (at == null || position > at[1]) {
        handed.part.cancelled = true;
        return false;
      }
      Pass part;
      try {
        part = handed.done.join();
      } catch (CompletionException | CancellationException e) {
        return false;
      }
      if (!ids.absorb(part.ids)) {
        return false;
      }
      records.addAll(part.records);
      lines.addAll(part.lines);
      rejections.addAll(part.rejections);
      rejectedSpans.addAll(part.rejectedSpans);
      read += part.read;
      rejected += part.rejected;
      amountAccepted.add(part.amountAccepted);
      amountRejected.add(part.amountRejected);
      unreadable += part.unreadable;
      row.absorb(part.row);
      decimals.absorb(part.decimals);
      progress.advanced(Math.max(0, position - reported));
      reported = part.reported;
      return true;
    }

    void cancelSplit() {
      if (split != null) {
        split.part.cancelled = true;
        split = null;
      }
    }

    Result<T> result() {
      if (header == null) {
        if (profile != null && preamble > 0) {
          throw new ImportException(
              source.name() + ": no header row of the " + profile.name() + " layout",
              "check that the file is a " + profile.system() + " " + profile.title() + " export");
        }
        throw new ImportException(
            source.name() + ": the file is empty (no header row)",
            "export the file again with its header row, or remove it from the books folder");
      }
      for (Group group : groups.values()) {
        row.reset(group.cells, group.line);
        row.problems().addAll(group.problems);
        T value = mapper.map(row);
        checkId(row, ids);
        if (row.problems().isEmpty()) {
          mapper.add(value, records);
          lines.add(group.line);
          row.addAmountTo(amountAccepted);
        } else {
          rejected += group.rows;
          rejections.addAll(row.problems());
          rejectedSpans.addAll(group.spans);
          row.addAmountTo(amountRejected);
        }
        if (row.amountUnreadable()) {
          unreadable++;
        }
      }
      progress.advanced(Math.max(0, source.size() - reported));
      String amountColumn =
          mapper.amountField() < 0 ? null : fields.get(mapper.amountField()).name();
      long skippedRows = 0;
      for (long count : skipped.values()) {
        skippedRows += count;
      }
      FileLayout layout =
          converter == null
              ? FileLayout.CANONICAL
              : new FileLayout(
                  profile.name(),
                  profile.system(),
                  profile.system() + " " + profile.title(),
                  converter.words().isEnglish() ? null : converter.words().code(),
                  preamble,
                  Map.copyOf(skipped),
                  Map.copyOf(skippedAmounts),
                  profile.groupBy() == null ? -1 : groups.size() + ungrouped,
                  converter.extraValues(),
                  converter.unresolvedCompanies().size(),
                  converter.clientFromFileName() == null
                      ? null
                      : converter.clientFromFileName().name(),
                  converter.clientFromFileName() != null
                      && converter.clientFromFileName().sanitised());
      FileImport summary =
          new FileImport(
              source.name(),
              kind,
              source.encodingName(),
              source.delimiter(),
              dates.describe(),
              read,
              read - rejected - skippedRows,
              rejected,
              amountColumn,
              amountColumn == null ? null : amountAccepted.value().add(amountRejected.value()),
              amountColumn == null ? null : amountAccepted.value(),
              amountColumn == null ? null : amountRejected.value(),
              unreadable,
              header.unknown(),
              null,
              layout,
              new FileNumbers(
                  describeMark(decimals),
                  kind != FileKind.TIME
                      ? null
                      : converter == null || converter.durationForms() == null
                          ? Durations.Form.DECIMAL_HOURS.label
                          : converter.durationForms(),
                  row.rounded(),
                  row.firstRounded()));
      return new Result<>(
          summary,
          records,
          lines.toArray(),
          rejections,
          rejected == 0 ? null : source.slices(rejectedSpans),
          row.spellings());
    }
  }

  /**
   * Files at least this large are read in two parts, one on each of two cores (tests lower it to
   * read small files in parts).
   */
  static volatile long splitFrom = 8L << 20;

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /**
   * The second part of a large file, read on another core while the first part is read: from the
   * first line start past the middle that follows an even number of quotes, with its own row,
   * decimal parser, records and ID registry. The first part takes it in when its own records end
   * exactly there; otherwise (a quoted field over the boundary, a failure, an ID both parts saw)
   * the second part is dropped and the first part reads on, so lines, errors and their order are
   * always those of one reading in file order.
   */
  private final class Split {
    final Pass part;

    /** A character position the boundary cannot be before: the first part waits for it there. */
    final long joinFrom;

    /** {byte offset, character position, line breaks before} of the boundary, or null for none. */
    final CompletableFuture<long[]> boundary = new CompletableFuture<>();

    final CompletableFuture<Pass> done = new CompletableFuture<>();

    Split(Pass first) {
      // a character is at most four bytes (two chars): the boundary is past middle / 4 chars
      joinFrom = middle() / 4;
      int rows = source.estimatedRows() / 2 + 16;
      part =
          new Pass(
              first.dates,
              first.numbers,
              decimals(first.numbers),
              mapper.newList(rows),
              rows,
              new IdRegistry());
      part.header = first.header;
      part.row =
          new Row(
              source.name(),
              part.fields,
              first.header.columnOf(),
              first.dates,
              part.decimals,
              mapper.amountField());
      Thread thread = new Thread(this::read, "mrrlens-import-part");
      thread.setDaemon(true);
      thread.start();
    }

    private void read() {
      try {
        long[] at = source.partStart(middle());
        boundary.complete(at);
        if (at == null) {
          done.cancel(false);
          return;
        }
        part.reported = at[1];
        try (CsvRecords it = new CsvRecords(source, (int) at[0], at[1], at[2])) {
          part.run(it);
        }
        done.complete(part);
      } catch (RuntimeException | Error e) {
        boundary.complete(null);
        done.completeExceptionally(e);
      }
    }

    private int middle() {
      return (int) (source.size() / 2);
    }
  }

  /**
   * The canonical header; when it lacks a required column and import profiles were considered, the
   * error names them too.
   */
  private Header matchCanonical(long line, CsvRow record, List<Field> fields) {
    try {
      return Header.match(source.name(), line, record, fields, kind);
    } catch (ImportException e) {
      if (considered == null || !e.getMessage().contains("is missing")) {
        throw e;
      }
      throw new ImportException(
          e.getMessage() + "; no import profile fits either: " + considered,
          "export the columns a profile needs, force one with --profile NAME, or write your own"
              + " mapping and pass it with --profile FILE (docs/importing.md, \"Your own mapping\")");
    }
  }

  private boolean profileDecimalComma() {
    return profile != null && profile.decimalComma();
  }

  private static int[] identity(int size) {
    int[] columns = new int[size];
    for (int i = 0; i < size; i++) {
      columns[i] = i;
    }
    return columns;
  }

  private void checkWidth(Row row, CsvRow record, Header header) {
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

  private void checkId(Row row, IdRegistry ids) {
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

  private static boolean isBlank(CsvRow record) {
    for (int i = 0; i < record.size(); i++) {
      if (!record.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Every non-blank, non-ISO value of the file's date columns, in data rows only. */
  private List<String> dateValues() {
    List<String> values = new ArrayList<>();
    try (CsvRecords parser = new CsvRecords(source)) {
      int[] dateColumns = null;
      ProfileRows converter = null;
      while (parser.hasNextSkippingMalformedLines()) {
        CsvRow record = parser.next();
        if (isBlank(record)) {
          continue;
        }
        if (dateColumns == null) {
          if (profile == null) {
            dateColumns = dateColumns(record);
          } else if (profile.fits(ProfileCatalogue.names(record))) {
            converter = bind(record, parser.line(), decimals(null));
            dateColumns = converter.dateColumns(mapper.fields());
          }
          continue;
        }
        if (converter != null && converter.skip(record) != null) {
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

  private int[] dateColumns(CsvRow header) {
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
