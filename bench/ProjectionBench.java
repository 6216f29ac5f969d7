// Benchmark (not a test) of the projection's simulation: imports a book, builds the clients'
// histories once, then times Projection.run (2,000 paths x 24 months by default, both cores) and
// reports paths x months x clients per second. Run through bench/run-projection.
import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.BookTables;
import io.mrrlens.analysis.ClientHistory;
import io.mrrlens.analysis.History;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.Period;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.config.Config;
import io.mrrlens.importing.BooksImporter;
import io.mrrlens.importing.ImportOptions;
import io.mrrlens.model.Books;
import io.mrrlens.projection.Projection;
import io.mrrlens.projection.ProjectionSettings;
import java.nio.file.Path;
import java.util.List;

public class ProjectionBench {
  public static void main(String[] args) {
    Path book = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Books books = new BooksImporter(ImportOptions.defaults()).read(book);
    AnalysisSettings analysis = AnalysisSettings.defaults();
    BookTables tables = BookTables.of(books, analysis);
    Period period = Period.resolve(books, null, null, null);
    List<ClientHistory> history =
        History.of(
            tables,
            period,
            SegmentAnalysis.of(tables, period, analysis, false),
            PaymentAnalysis.of(tables, period, false));
    ProjectionSettings settings = ProjectionSettings.from(Config.defaults());
    long cells = (long) settings.paths() * settings.horizon() * history.size();
    System.out.printf(
        "%d clients, %d paths x %d months, %d cores%n",
        history.size(), settings.paths(), settings.horizon(),
        Runtime.getRuntime().availableProcessors());
    for (int i = 1; i <= runs; i++) {
      long start = System.nanoTime();
      long cpuStart = cpuMillis();
      Projection.Result result = Projection.run(history, settings);
      double seconds = (System.nanoTime() - start) / 1e9;
      // CPU time (all threads, the compiler's included) beside wall time: the machine is shared
      System.out.printf(
          "run %d: %.2f s, CPU %.2f s, %.1f million paths x months x clients per second"
              + " (3 scenarios each)%n",
          i, seconds, (cpuMillis() - cpuStart) / 1e3, cells / seconds / 1e6);
      if (result.months().isEmpty()) {
        throw new IllegalStateException("no months");
      }
    }
  }

  private static long cpuMillis() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(0L);
  }
}
