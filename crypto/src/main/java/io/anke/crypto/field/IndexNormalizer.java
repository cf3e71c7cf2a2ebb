package io.anke.crypto.field;

/**
 * Brings a value into the one form its {@link BlindIndex} is computed from, so that spellings that
 * mean the same value get the same index: the search term and the stored value go through the same
 * normaliser. Implementations must be deterministic, thread-safe and never return {@code null};
 * they should be cheap, since they run once per stored value and once per search.
 *
 * <p>A normaliser that merges more spellings makes more values share an index: harmless for
 * correctness, because the application compares the decrypted values anyway, but each merged value
 * is one more row to decrypt per search. Changing the normaliser of a column changes its indexes:
 * every stored index must then be computed again.
 */
@FunctionalInterface
public interface IndexNormalizer {

  /** No change: only exactly equal text (the same UTF-16 code units) gets the same index. */
  IndexNormalizer EXACT = BuiltInNormalizer.EXACT;

  /**
   * For names, addresses and other text: Unicode NFKC (full-width letters and digits, as Chinese
   * input methods type them, become their ASCII forms; compatibility characters their plain forms),
   * leading and trailing white space removed (also U+3000 and, through NFKC, no-break spaces), then
   * case-folded by upper- and then lower-casing in the root locale (so {@code ß} matches {@code ss}
   * and a final {@code ς} matches {@code σ}; no locale-specific rules such as the Turkish dotless
   * i) and NFKC again. Inner spaces are kept as they are.
   */
  IndexNormalizer TEXT = BuiltInNormalizer.TEXT;

  /**
   * For identifiers such as resident identity numbers, credit codes, card, passport and phone
   * numbers: NFKC, then only letters and digits are kept (spaces, hyphens, dots and other
   * separators are dropped), then upper case in the root locale. {@code "11010519491231002x"},
   * {@code "110105 19491231 002X"} and the full-width {@code "１１０１０５１９４９１２３１００２Ｘ"} all become
   * {@code "11010519491231002X"}. A leading {@code +} of a phone number is dropped too, but a
   * country code is not: {@code +86} numbers and national ones differ unless the application writes
   * them one way.
   */
  IndexNormalizer IDENTIFIER = BuiltInNormalizer.IDENTIFIER;

  /**
   * The normalised form of {@code value}.
   *
   * @param value never null (a null value has no index)
   * @return the normalised form, never null
   */
  String normalize(String value);
}
