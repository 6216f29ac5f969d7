package io.mrrlens.importing;

/**
 * Hears how far an import has got, for a progress bar. Called from the import threads, so
 * implementations must be thread-safe.
 */
public interface ImportProgress {
  /** Nothing to show. */
  ImportProgress NONE =
      new ImportProgress() {
        @Override
        public void started(long totalBytes) {}

        @Override
        public void advanced(long bytes) {}

        @Override
        public void finished() {}
      };

  /** The import starts; its files hold this many bytes. */
  void started(long totalBytes);

  /** About this many more bytes were read. */
  void advanced(long bytes);

  /** The import is over (done or failed). */
  void finished();
}
