package io.mrrlens.projection;

/**
 * Hears how far a simulation has got, for a progress bar. Called from the simulation threads, so
 * implementations must be thread-safe.
 */
public interface SimulationProgress {
  /** Nothing to show. */
  SimulationProgress NONE =
      new SimulationProgress() {
        @Override
        public void started(long paths) {}

        @Override
        public void advanced(long paths) {}

        @Override
        public void finished() {}
      };

  /** The simulation starts; it will run this many paths. */
  void started(long paths);

  /** This many more paths are done. */
  void advanced(long paths);

  /** The simulation is over. */
  void finished();
}
