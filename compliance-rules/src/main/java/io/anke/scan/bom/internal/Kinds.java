package io.anke.scan.bom.internal;

import io.anke.core.bom.ComponentKind;
import java.util.Locale;

/** Maps the component types of CycloneDX and SPDX to {@link ComponentKind} and back. */
public final class Kinds {
  private Kinds() {}

  /** A CycloneDX type name ({@code operating-system}) to a kind; unknown types are OTHER. */
  public static ComponentKind fromCycloneDx(String type) {
    if (type == null) {
      return ComponentKind.LIBRARY;
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "library" -> ComponentKind.LIBRARY;
      case "application" -> ComponentKind.APPLICATION;
      case "framework" -> ComponentKind.FRAMEWORK;
      case "operating-system" -> ComponentKind.OPERATING_SYSTEM;
      case "platform" -> ComponentKind.RUNTIME;
      case "device" -> ComponentKind.DEVICE;
      case "firmware" -> ComponentKind.FIRMWARE;
      case "cryptographic-asset" -> ComponentKind.CRYPTOGRAPHIC_ASSET;
      default -> ComponentKind.OTHER;
    };
  }

  /** An SPDX 2.3 primaryPackagePurpose to a kind; absent means LIBRARY. */
  public static ComponentKind fromSpdx(String purpose) {
    if (purpose == null) {
      return ComponentKind.LIBRARY;
    }
    return switch (purpose.toUpperCase(Locale.ROOT).replace('_', '-')) {
      case "LIBRARY" -> ComponentKind.LIBRARY;
      case "APPLICATION" -> ComponentKind.APPLICATION;
      case "FRAMEWORK" -> ComponentKind.FRAMEWORK;
      case "OPERATING-SYSTEM" -> ComponentKind.OPERATING_SYSTEM;
      case "DEVICE" -> ComponentKind.DEVICE;
      case "FIRMWARE" -> ComponentKind.FIRMWARE;
      default -> ComponentKind.OTHER;
    };
  }

  /** The CycloneDX type name written for a kind. */
  public static String toCycloneDx(ComponentKind kind) {
    return switch (kind) {
      case LIBRARY -> "library";
      case APPLICATION, MIDDLEWARE, DATABASE -> "application";
      case FRAMEWORK -> "framework";
      case OPERATING_SYSTEM -> "operating-system";
      case RUNTIME -> "platform";
      case DEVICE -> "device";
      case FIRMWARE -> "firmware";
      case CRYPTO_MODULE -> "library";
      case CRYPTOGRAPHIC_ASSET -> "cryptographic-asset";
      case OTHER -> "library";
    };
  }
}
