package io.mrrlens.engine;

import io.mrrlens.importing.ImportProgress;
import io.mrrlens.projection.SimulationProgress;

/** Where long work reports how far it is: the import and the simulation. */
public interface Progress {
  /** None: a cron job, a test, a cluster. */
  Progress NONE =
      new Progress() {
        @Override
        public ImportProgress importing() {
          return ImportProgress.NONE;
        }

        @Override
        public SimulationProgress simulating() {
          return SimulationProgress.NONE;
        }
      };

  ImportProgress importing();

  SimulationProgress simulating();
}
