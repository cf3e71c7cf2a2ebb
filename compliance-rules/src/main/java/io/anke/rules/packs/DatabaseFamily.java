package io.anke.rules.packs;

import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.Category;

/**
 * What a database the catalog identifies means for the domestic stack. Every pack that judges a
 * database — its driver among the application's libraries, its JDBC URL in the configuration, a
 * driver on the probed host — sorts it into one of these families, so that one database gets the
 * same verdict wherever it is seen.
 */
public enum DatabaseFamily {
  /** A domestic database (DM, KingbaseES, openGauss, OceanBase...). */
  DOMESTIC,
  /**
   * A foreign open-source protocol that domestic databases also speak (catalog attribute {@code
   * protocol}: MySQL Connector/J, MariaDB, PostgreSQL): the server must be confirmed.
   */
  PROTOCOL,
  /**
   * An embeddable foreign database engine that runs inside the application (catalog attribute
   * {@code embedded: "true"}: H2, HSQLDB, Apache Derby, SQLite): the data is in that engine.
   */
  EMBEDDED,
  /** Any other foreign database (Oracle, SQL Server, Db2, SAP HANA...). */
  FOREIGN;

  /** The family of a catalog entry; null for an entry that is not a database. */
  public static DatabaseFamily of(CatalogEntry e) {
    if (!e.is(Category.DATABASE)) {
      return null;
    }
    if (e.isDomestic()) {
      return DOMESTIC;
    }
    if (e.attribute("protocol") != null) {
      return PROTOCOL;
    }
    return "true".equals(e.attribute("embedded")) ? EMBEDDED : FOREIGN;
  }
}
