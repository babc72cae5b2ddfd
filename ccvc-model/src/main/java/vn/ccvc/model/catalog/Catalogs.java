package vn.ccvc.model.catalog;

/** Placeholder until the catalogue work lands; replaced whole. */
public final class Catalogs {
  private Catalogs() {}

  /** Returns the bundled catalogues. */
  public static Catalogs defaults() {
    return new Catalogs();
  }
}
