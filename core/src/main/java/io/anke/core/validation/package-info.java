/**
 * Jakarta Validation constraints for Chinese identifiers, with their real check algorithms: {@link
 * io.anke.core.validation.ResidentId} (GB 11643, with residence permits, legacy 15-digit numbers
 * and foreign permanent resident cards as options), {@link io.anke.core.validation.CreditCode} (GB
 * 32100), {@link io.anke.core.validation.OrganizationCode} (GB 11714), {@link
 * io.anke.core.validation.MobileNumber}, {@link io.anke.core.validation.BankCard} (Luhn), {@link
 * io.anke.core.validation.DivisionCode} (GB/T 2260, province level), and by format {@link
 * io.anke.core.validation.PassportNumber} and {@link io.anke.core.validation.TravelPermit}.
 *
 * <p>The algorithms are pure functions in {@link io.anke.core.validation.Identifiers}, for code
 * that needs them without a validator. The constraints use only the Jakarta Validation API, so any
 * provider runs them; {@code null} is valid (use {@code @NotNull}), and bad input of any kind is a
 * violation, never an exception. Each violation says what is wrong (wrong check character,
 * impossible birth date, unknown province, ...) in Chinese and English, from {@code
 * ValidationMessages} and, so that an application's own {@code ValidationMessages} cannot hide them
 * under Hibernate Validator, the identical {@code ContributorValidationMessages}.
 */
package io.anke.core.validation;
