package io.anke.crypto.field;

import java.text.Normalizer;
import java.util.Locale;

/** The normalisers {@link IndexNormalizer} names; their rules are documented there. */
enum BuiltInNormalizer implements IndexNormalizer {
  EXACT {
    @Override
    public String normalize(String value) {
      return value;
    }
  },
  TEXT {
    @Override
    public String normalize(String value) {
      String s = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
      // Upper then lower: full case folding for the characters whose lower case alone differs
      // (ß -> SS -> ss, ς -> Σ -> σ); NFKC again because case mapping may leave a form
      // unnormalised.
      s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
      return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
  },
  IDENTIFIER {
    @Override
    public String normalize(String value) {
      String s = Normalizer.normalize(value, Normalizer.Form.NFKC);
      StringBuilder kept = new StringBuilder(s.length());
      s.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
      return kept.toString().toUpperCase(Locale.ROOT);
    }
  }
}
