package io.anke.it.off;

/** Entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println(io.anke.it.dao.OrderDao.URL);
  }
}
