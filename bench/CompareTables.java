// Benchmark check (not part of mrrlens): compares the per-client table of `mrrlens labor|payments
// --format csv` with DuckDbQuestions' table for the same book, so the benchmark compares equal
// work. Same clients (by match key: trimmed, whitespace collapsed, lower case), same order, same
// columns, every value equal (numbers within 0.0001: the two round their ratios differently).
// Prints one line and exits 0 when they agree; lists the differences and exits 1 otherwise.
//
// Usage: java -cp target/bench/classes CompareTables NAME MRRLENS.csv DUCKDB.csv
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public final class CompareTables {
  private static final BigDecimal TOLERANCE = new BigDecimal("0.0001");

  public static void main(String[] args) throws IOException {
    String name = args[0];
    List<List<String>> mrrlens = read(Path.of(args[1]));
    List<List<String>> duckdb = read(Path.of(args[2]));
    List<String> problems = new ArrayList<>();
    if (!mrrlens.get(0).equals(duckdb.get(0))) {
      problems.add("columns differ: " + mrrlens.get(0) + " vs " + duckdb.get(0));
    } else if (mrrlens.size() != duckdb.size()) {
      problems.add("rows differ: " + (mrrlens.size() - 1) + " vs " + (duckdb.size() - 1));
    } else {
      List<String> header = mrrlens.get(0);
      for (int r = 1; r < mrrlens.size() && problems.size() < 20; r++) {
        List<String> a = mrrlens.get(r);
        List<String> b = duckdb.get(r);
        String client = key(a.get(0));
        if (!client.equals(key(b.get(0)))) {
          problems.add("row " + r + ": client " + a.get(0) + " vs " + b.get(0));
          continue;
        }
        for (int c = 1; c < header.size(); c++) {
          if (!same(a.get(c), b.get(c))) {
            problems.add(
                client
                    + ": "
                    + header.get(c)
                    + " "
                    + a.get(c)
                    + " (mrrlens) vs "
                    + b.get(c)
                    + " (DuckDB)");
          }
        }
      }
    }
    if (problems.isEmpty()) {
      System.out.printf(
          "%s: mrrlens and DuckDB agree on %d clients x %d columns%n",
          name, mrrlens.size() - 1, mrrlens.get(0).size());
      return;
    }
    System.out.println(name + ": mrrlens and DuckDB DIFFER:");
    problems.forEach(p -> System.out.println("  " + p));
    System.exit(1);
  }

  private static String key(String client) {
    return client.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      return new BigDecimal(a).subtract(new BigDecimal(b)).abs().compareTo(TOLERANCE) <= 0;
    } catch (NumberFormatException notNumbers) {
      return false;
    }
  }

  /** RFC 4180 rows: quoted fields may hold commas, doubled quotes and newlines. */
  private static List<List<String>> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
