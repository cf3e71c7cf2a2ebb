package io.anke.core.validation;

/**
 * The numbers that share the layout of the resident identity number (GB 11643) and that {@link
 * ResidentId} accepts only when told to. The 18-character citizen identity number itself is always
 * accepted.
 */
public enum ResidentIdKind {
  /**
   * The 15-digit number of first-generation cards (GB 11643-1989): address code, birth date as
   * YYMMDD in the 1900s, sequence, no check character.
   */
  LEGACY_RESIDENT_ID,
  /**
   * The residence permit of Hong Kong, Macao and Taiwan residents: the 18-character layout with the
   * address code 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).
   */
  RESIDENCE_PERMIT,
  /**
   * The foreign permanent resident ID card of 2023: 18 characters beginning with 9 and the same
   * check character. Only the leading 9, the digits and the check character are checked.
   */
  FOREIGN_PERMANENT_RESIDENT_ID
}
