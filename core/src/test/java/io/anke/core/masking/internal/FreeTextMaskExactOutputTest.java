package io.anke.core.masking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link FreeTextMask} at the edges of what it recognises: e-mail domains and local parts, the
 * joining of digit groups, and the lengths that decide mobile, identity and bank-card numbers.
 */
class FreeTextMaskExactOutputTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // an '@' at the very start is no address, a later one still is
        "@x a@example.com | @x ****@example.com",
        // no local part in front of the '@'
        "x @example.com | x @example.com",
        // trailing dots and hyphens end the domain; the sentence's full stop stays
        "写信a@example.com. | 写信****@example.com.",
        // the domain must not start with its dot
        "a@.com | a@.com",
        // a top-level domain of two letters is the shortest, one letter is none
        "a@example.cn | ****@example.cn",
        "a@example.c | a@example.c",
        // the top-level domain is letters only
        "a@host.12 | a@host.12",
        "q@example.za | ****@example.za",
        "q@example.AZ | ****@example.AZ",
        // digits 0 and 9 belong to a domain
        "a@09.cn | ****@09.cn",
        // a dot belongs to the local part
        "a.b@example.com | a***@example.com",
      })
  void emailAddressesAreFoundExactlyAtTheirEdges(String text, String shown) {
    assertThat(FreeTextMask.mask(text)).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // 11 digits that do not start with 1 are no mobile number: hidden entirely
        "电话23800138000 | 电话***********",
        // the mask character stands for the leading 1
        "电话*3800138000 | 电话*38****8000",
        // a group ending in X is not joined to the next one
        "12345X 678901 | 12345X ******",
        // groups joined by a space, an ideographic space, a hyphen or a full stop
        "138 0013 8000 | 138 **** 8000",
        "138\u30000013\u30008000 | 138\u3000****\u30008000",
        "138-0013-8000 | 138-****-8000",
        "138.0013.8000 | 138.****.8000",
        // a later group of three digits is joined
        "123456 789 | ****** ***",
        // 19 digits in all are joined (a bank card), a 20th digit is not
        "6212 2600 0000 0001 234 | 6212 26** **** ***1 234",
        "6212 2600 0000 0001 2345 | 6212 26** **** 0001 2345",
        // 16 digits are the shortest bank card
        "6212260000000001 | 621226******0001",
        // 15 digits are a legacy identity number, 14 digits and an X are not
        "110101900307123 | 1101********123",
        "11010119900307X | ***************",
      })
  void numbersAreJoinedAndClassifiedExactlyAtTheirLimits(String text, String shown) {
    assertThat(FreeTextMask.mask(text)).isEqualTo(shown);
  }
}
