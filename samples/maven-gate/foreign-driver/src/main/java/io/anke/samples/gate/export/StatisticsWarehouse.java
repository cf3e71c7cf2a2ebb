package io.anke.samples.gate.export;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;

/** The old provincial statistics warehouse, read through Oracle's R2DBC client. */
public final class StatisticsWarehouse {
  private StatisticsWarehouse() {}

  /** {@code r2dbc:oracle://host:1521/service}, from the job's configuration. */
  public static ConnectionFactory connect(String r2dbcUrl) {
    return ConnectionFactories.get(r2dbcUrl);
  }
}
