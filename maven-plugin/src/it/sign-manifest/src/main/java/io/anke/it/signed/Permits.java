package io.anke.it.signed;

/** A class for the packaged jar to hold. */
public final class Permits {
  private Permits() {}

  public static String name() {
    return "permits";
  }
}
