package io.anke.core.validation;

/**
 * What is wrong with an identifier: the answer of the checks in {@link Identifiers}, and the
 * message a constraint of this package reports (each defect has its own message, keyed {@code
 * io.anke.core.validation.<Constraint>.<defect in camel case>}, for example {@code
 * io.anke.core.validation.ResidentId.checkCharacter}). Passports and travel permits have one
 * defect, {@link #FORMAT}; their message names the format of the type the constraint asks for
 * instead.
 *
 * <p>A check reports the first defect it finds, in this order: length, characters, structure (codes
 * and dates), check character, and last whether a well-formed identifier of that kind is accepted
 * at all. So a one-character typo in a birth date is reported as a wrong birth date, not as a wrong
 * check character, and a correct 15-digit legacy number where only 18-character numbers are
 * accepted is reported as such rather than as a wrong length.
 */
public enum Defect {
  /** None: the identifier passed every check. */
  NONE,
  /** It has a length no identifier of this kind has. */
  LENGTH,
  /**
   * A character outside the identifier's alphabet (including non-ASCII digits such as full-width or
   * Arabic-Indic ones, letters in the wrong case, spaces and control characters).
   */
  CHARACTER,
  /** It does not have the layout of the identifier (passports and travel permits). */
  FORMAT,
  /** The province-level part of an administrative division code is not a known province. */
  PROVINCE,
  /** The birth date in a resident identity number is not a calendar date. */
  BIRTH_DATE,
  /** The birth date in a resident identity number is before 1900. */
  BIRTH_DATE_BEFORE_1900,
  /** The birth date in a resident identity number is after today. */
  BIRTH_DATE_IN_FUTURE,
  /** The check character does not match the other characters. */
  CHECK_CHARACTER,
  /** A well-formed 15-digit legacy resident identity number, where those are not accepted. */
  LEGACY_NOT_ACCEPTED,
  /** A well-formed HK/Macao/Taiwan residence permit number, where those are not accepted. */
  RESIDENCE_PERMIT_NOT_ACCEPTED,
  /** A well-formed foreign permanent resident ID number, where those are not accepted. */
  FOREIGN_PERMANENT_RESIDENT_NOT_ACCEPTED,
  /** The registration authority (position 1) of a credit code is not a known one. */
  REGISTRATION_AUTHORITY,
  /** The category (position 2) of a credit code is not one its registration authority has. */
  CATEGORY,
  /** The division code of a credit code (positions 3 to 8) is not six digits. */
  DIVISION,
  /** The organisation code inside a credit code (positions 9 to 17) fails its own check. */
  EMBEDDED_ORGANIZATION_CODE,
  /** The leading digits of a mobile number are not a segment allocated to mobile phones. */
  PREFIX,
  /** A mobile number has a country code (+86, 0086, 86), where those are not accepted. */
  COUNTRY_CODE
}
