package io.anke.crypto.provider;

import io.anke.crypto.Bilingual;
import io.anke.crypto.internal.CryptoMessage;
import java.security.GeneralSecurityException;
import java.util.Locale;

/**
 * A GM/T 0018 (SDF) function returned an error code. The message gives the function, the code in
 * hex and its name from GM/T 0018-2012 where the code is a standard one.
 */
public class SdfException extends GeneralSecurityException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The message in both languages; null when made from a plain string. */
  private final transient Bilingual message;

  /** SDR_BASE: standard error codes are SDR_BASE + 1 … */
  public static final int SDR_BASE = 0x01000000;

  private static final String[] NAMES = {
    "SDR_OK",
    "SDR_UNKNOWERR (unknown error)",
    "SDR_NOTSUPPORT (function not supported)",
    "SDR_COMMFAIL (communication with the device failed)",
    "SDR_HARDFAIL (crypto module not responding)",
    "SDR_OPENDEVICE (cannot open device)",
    "SDR_OPENSESSION (cannot open session)",
    "SDR_PARDENY (no private key access right)",
    "SDR_KEYNOTEXIST (key does not exist)",
    "SDR_ALGNOTSUPPORT (algorithm not supported)",
    "SDR_ALGMODNOTSUPPORT (algorithm mode not supported)",
    "SDR_PKOPERR (public key operation failed)",
    "SDR_SKOPERR (private key operation failed)",
    "SDR_SIGNERR (signing failed)",
    "SDR_VERIFYERR (verification failed)",
    "SDR_SYMOPERR (symmetric operation failed)",
    "SDR_STEPERR (wrong step order)"
  };

  private final int code;

  /** An error code returned by {@code function}. */
  public SdfException(String function, int code) {
    this(CryptoMessage.SDF_FUNCTION_FAILED.text(function, describe(code)), code, null);
  }

  /** A failure that has no SDF code (a binding problem), with a message. */
  public SdfException(String message, Throwable cause) {
    super(message, cause);
    this.code = -1;
    this.message = null;
  }

  /** A failure that has no SDF code, with a message in both languages. */
  public SdfException(Bilingual message, Throwable cause) {
    this(message, -1, cause);
  }

  private SdfException(Bilingual message, int code, Throwable cause) {
    super(message.messageIn(Locale.ENGLISH), cause);
    this.code = code;
    this.message = message;
  }

  /** The SDF return code, or -1 when the failure had none. */
  public int code() {
    return code;
  }

  /** The code in hex with its standard name when known. */
  public static String describe(int code) {
    String hex = String.format(Locale.ROOT, "0x%08X", code);
    int offset = code == 0 ? 0 : code - SDR_BASE;
    if (offset >= 0 && offset < NAMES.length && (code == 0 || offset > 0)) {
      return hex + " " + NAMES[offset];
    }
    return hex + " (vendor-specific code)";
  }

  /** The message in the language of {@code locale}; Chinese for any {@code zh} locale. */
  @Override
  public String messageIn(Locale locale) {
    return message == null ? getMessage() : message.messageIn(locale);
  }

  /** {@link #messageIn(Locale)} of the default locale. */
  @Override
  public String getLocalizedMessage() {
    return messageIn(Locale.getDefault());
  }
}
