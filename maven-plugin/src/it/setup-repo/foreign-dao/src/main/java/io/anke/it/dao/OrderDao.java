package io.anke.it.dao;

/** Talks to the order database through the SQL Server driver. */
public final class OrderDao {
  public static final String URL = "jdbc:sqlserver://db.example:1433;databaseName=orders";

  private OrderDao() {}
}
