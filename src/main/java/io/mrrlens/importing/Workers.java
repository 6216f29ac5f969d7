package io.mrrlens.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a book's files on the machine's cores, one task per file or kind. All tasks finish before
 * the results come back in task order; the first task's failure (in task order) is rethrown.
 */
final class Workers {
  private Workers() {}

  static <T> List<T> runAll(String name, List<Callable<T>> tasks) {
    int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "mrrlens-" + name);
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<T>> futures = new ArrayList<>();
      tasks.forEach(task -> futures.add(pool.submit(task)));
      List<T> results = new ArrayList<>();
      RuntimeException failure = null;
      for (Future<T> future : futures) {
        try {
          results.add(future.get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while " + name + "ing", e);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          if (failure == null) {
            failure =
                e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException(e.getCause());
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
