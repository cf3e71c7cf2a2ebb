package io.anke.scan.data;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Field names that denote personal information, after removing {@code _} and {@code -} and ignoring
 * case: identity-card, bank-card and passport numbers (sensitive personal information of GB/T 35273
 * Annex B) and mobile numbers (personal information). Names are matched exactly, never by
 * substring: {@code phoneBrand} is not a phone number.
 */
public final class PersonalInfo {
  /** What a field holds. */
  public enum Kind {
    /** Resident identity-card or other identity-document number (sensitive). */
    ID_NUMBER(true),
    /** Bank card or account number (sensitive). */
    BANK_CARD(true),
    /** Passport number (sensitive). */
    PASSPORT(true),
    /** Mobile or telephone number. */
    PHONE(false);

    private final boolean sensitive;

    Kind(boolean sensitive) {
      this.sensitive = sensitive;
    }

    /** True for sensitive personal information (GB/T 35273 Annex B). */
    public boolean sensitive() {
      return sensitive;
    }
  }

  private static final Map<String, Kind> NAMES =
      Map.ofEntries(
          Map.entry("idcard", Kind.ID_NUMBER),
          Map.entry("idcardno", Kind.ID_NUMBER),
          Map.entry("idcardnum", Kind.ID_NUMBER),
          Map.entry("idcardnumber", Kind.ID_NUMBER),
          Map.entry("idno", Kind.ID_NUMBER),
          Map.entry("idnumber", Kind.ID_NUMBER),
          Map.entry("identitycard", Kind.ID_NUMBER),
          Map.entry("identitycardno", Kind.ID_NUMBER),
          Map.entry("identityno", Kind.ID_NUMBER),
          Map.entry("identitynumber", Kind.ID_NUMBER),
          Map.entry("certno", Kind.ID_NUMBER),
          Map.entry("certificateno", Kind.ID_NUMBER),
          Map.entry("certificatenumber", Kind.ID_NUMBER),
          Map.entry("residentid", Kind.ID_NUMBER),
          Map.entry("citizenid", Kind.ID_NUMBER),
          Map.entry("sfzh", Kind.ID_NUMBER),
          Map.entry("sfzhm", Kind.ID_NUMBER),
          Map.entry("zjhm", Kind.ID_NUMBER),
          Map.entry("bankcard", Kind.BANK_CARD),
          Map.entry("bankcardno", Kind.BANK_CARD),
          Map.entry("bankcardnumber", Kind.BANK_CARD),
          Map.entry("bankaccount", Kind.BANK_CARD),
          Map.entry("bankaccountno", Kind.BANK_CARD),
          Map.entry("yhkh", Kind.BANK_CARD),
          Map.entry("passport", Kind.PASSPORT),
          Map.entry("passportno", Kind.PASSPORT),
          Map.entry("passportnumber", Kind.PASSPORT),
          Map.entry("mobile", Kind.PHONE),
          Map.entry("mobileno", Kind.PHONE),
          Map.entry("mobilenumber", Kind.PHONE),
          Map.entry("mobilephone", Kind.PHONE),
          Map.entry("cellphone", Kind.PHONE),
          Map.entry("phone", Kind.PHONE),
          Map.entry("phoneno", Kind.PHONE),
          Map.entry("phonenumber", Kind.PHONE),
          Map.entry("telephone", Kind.PHONE),
          Map.entry("sjhm", Kind.PHONE),
          Map.entry("lxdh", Kind.PHONE));

  private PersonalInfo() {}

  /** What a field of this name holds, if it is personal information. */
  public static Optional<Kind> of(String fieldName) {
    String n = fieldName.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    return Optional.ofNullable(NAMES.get(n));
  }
}
