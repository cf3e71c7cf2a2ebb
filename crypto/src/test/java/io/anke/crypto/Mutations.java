package io.anke.crypto;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reproducible damage to valid encodings: bit flips, truncations, insertions, deletions, byte
 * replacements and, for DER, edits of tags and lengths and extra or missing elements anywhere in
 * the TLV tree (including DER nested inside OCTET and BIT STRINGs). The same seed always gives the
 * same mutants, so a failure names a mutant that can be replayed.
 */
public final class Mutations {
  private Mutations() {}

  /** One damaged input and how it was made. */
  public record Mutant(String how, byte[] bytes) {
    @Override
    public String toString() {
      return how + " (" + bytes.length + " bytes)";
    }
  }

  /** {@code count} mutants of binary input; DER-aware edits when {@code valid} parses as DER. */
  public static List<Mutant> of(byte[] valid, long seed, int count) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Tlv> tlvs = Tlv.walk(valid);
    List<Mutant> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int kind = rnd.nextInt(tlvs.isEmpty() ? 7 : 14);
      Mutant m = kind < 7 ? bytewise(valid, rnd, kind, i) : derwise(valid, tlvs, rnd, kind, i);
      if (!Arrays.equals(m.bytes(), valid)) {
        out.add(m);
      }
    }
    return out;
  }

  /** {@code count} mutants of text (PEM, hex, encoded hashes), damaged as characters. */
  public static List<Mutant> ofText(String valid, long seed, int count) {
    SplittableRandom rnd = new SplittableRandom(seed);
    byte[] b = valid.getBytes(StandardCharsets.ISO_8859_1);
    List<Mutant> out = new ArrayList<>(count);
    String[] inserts = {" ", "\n", "\r", "\t", "=", "*", "-", "A", "$", "0", "\r\n", "\u00e9"};
    for (int i = 0; i < count; i++) {
      int kind = rnd.nextInt(9);
      Mutant m;
      if (kind < 5) {
        m = bytewise(b, rnd, kind, i);
      } else if (kind == 5) {
        int at = rnd.nextInt(b.length + 1);
        String ins = inserts[rnd.nextInt(inserts.length)];
        m =
            new Mutant(
                "#" + i + " insert " + escape(ins) + " at " + at,
                splice(b, at, 0, ins.getBytes(StandardCharsets.ISO_8859_1)));
      } else if (kind == 6) {
        // swap two adjacent characters
        int at = rnd.nextInt(Math.max(1, b.length - 1));
        byte[] c = b.clone();
        if (c.length > 1) {
          byte t = c[at];
          c[at] = c[at + 1];
          c[at + 1] = t;
        }
        m = new Mutant("#" + i + " swap at " + at, c);
      } else if (kind == 7) {
        // replace a character by another of the Base64/hex alphabets
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
        int at = rnd.nextInt(Math.max(1, b.length));
        byte[] c = b.clone();
        if (c.length > 0) {
          c[at] = (byte) alphabet.charAt(rnd.nextInt(alphabet.length()));
        }
        m = new Mutant("#" + i + " replace char at " + at, c);
      } else {
        // duplicate a line (or the whole text when it has none)
        String s = valid;
        int nl = s.indexOf('\n', rnd.nextInt(Math.max(1, s.length())));
        int start = nl < 0 ? 0 : s.lastIndexOf('\n', Math.max(0, nl - 1)) + 1;
        int end = nl < 0 ? s.length() : nl + 1;
        m =
            new Mutant(
                "#" + i + " duplicate line at " + start,
                (s.substring(0, end) + s.substring(start)).getBytes(StandardCharsets.ISO_8859_1));
      }
      if (!Arrays.equals(m.bytes(), b)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The mutant as text (ISO-8859-1, so that every byte maps to one character). */
  public static String text(Mutant m) {
    return new String(m.bytes(), StandardCharsets.ISO_8859_1);
  }

  private static Mutant bytewise(byte[] v, SplittableRandom rnd, int kind, int i) {
    int n = v.length;
    switch (kind) {
      case 0:
        {
          int bit = rnd.nextInt(Math.max(1, n * 8));
          byte[] c = v.clone();
          if (n > 0) {
            c[bit / 8] ^= (byte) (1 << (bit % 8));
          }
          return new Mutant("#" + i + " flip bit " + bit, c);
        }
      case 1:
        {
          byte[] c = v.clone();
          int flips = 2 + rnd.nextInt(7);
          for (int f = 0; f < flips && n > 0; f++) {
            int bit = rnd.nextInt(n * 8);
            c[bit / 8] ^= (byte) (1 << (bit % 8));
          }
          return new Mutant("#" + i + " flip " + flips + " bits", c);
        }
      case 2:
        {
          int len = rnd.nextInt(Math.max(1, n));
          return new Mutant("#" + i + " truncate to " + len, Arrays.copyOf(v, len));
        }
      case 3:
        {
          int at = rnd.nextInt(n + 1);
          byte[] ins = new byte[1 + rnd.nextInt(4)];
          rnd.nextBytes(ins);
          return new Mutant(
              "#" + i + " insert " + ins.length + " bytes at " + at, splice(v, at, 0, ins));
        }
      case 4:
        {
          int at = rnd.nextInt(Math.max(1, n));
          int len = Math.min(n - at, 1 + rnd.nextInt(8));
          return new Mutant(
              "#" + i + " delete " + len + " bytes at " + at, splice(v, at, len, new byte[0]));
        }
      case 5:
        {
          int at = rnd.nextInt(Math.max(1, n));
          byte[] c = v.clone();
          byte[] specials = {0x00, (byte) 0xff, (byte) 0x80, 0x7f, 0x30, 0x04, 0x02, 0x03};
          if (n > 0) {
            c[at] = specials[rnd.nextInt(specials.length)];
          }
          return new Mutant("#" + i + " set byte " + at, c);
        }
      default:
        {
          byte[] c = v.clone();
          int extra = 1 + rnd.nextInt(16);
          byte[] tail = new byte[extra];
          rnd.nextBytes(tail);
          return new Mutant("#" + i + " append " + extra + " bytes", splice(c, n, 0, tail));
        }
    }
  }

  private static Mutant derwise(byte[] v, List<Tlv> tlvs, SplittableRandom rnd, int kind, int i) {
    Tlv t = tlvs.get(rnd.nextInt(tlvs.size()));
    String where = " of TLV at " + t.start() + " (tag 0x" + hex(v[t.start()]) + ")";
    switch (kind) {
      case 7:
        {
          byte[] c = v.clone();
          int[] edits = {0x20, 0x80, 0x40, 0x01, 0x02, 0x04, 0x08, 0x10, 0xa0};
          int x = edits[rnd.nextInt(edits.length)];
          c[t.start()] ^= (byte) x;
          return new Mutant("#" + i + " xor tag 0x" + hex((byte) x) + where, c);
        }
      case 8:
        {
          byte[] c = v.clone();
          byte[] tags = {0x02, 0x03, 0x04, 0x05, 0x06, 0x0c, 0x13, 0x30, 0x31, (byte) 0xa0};
          c[t.start()] = tags[rnd.nextInt(tags.length)];
          return new Mutant("#" + i + " set tag" + where, c);
        }
      case 9:
        {
          int delta = rnd.nextBoolean() ? 1 : -1;
          return new Mutant(
              "#" + i + " length " + (delta > 0 ? "+1" : "-1") + where,
              withLength(v, t, t.contentLength() + delta, false));
        }
      case 10:
        {
          return new Mutant(
              "#" + i + " non-minimal long-form length" + where,
              withLength(v, t, t.contentLength(), true));
        }
      case 11:
        {
          // indefinite length (BER) or an absurd length
          byte[] hdr =
              rnd.nextBoolean()
                  ? new byte[] {(byte) 0x80}
                  : new byte[] {(byte) 0x84, (byte) 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
          return new Mutant(
              "#" + i + (hdr.length == 1 ? " indefinite length" : " huge length") + where,
              splice(v, t.lengthStart(), t.contentStart() - t.lengthStart(), hdr));
        }
      case 12:
        {
          // an extra copy of this element right after it (an extra field)
          byte[] copy = Arrays.copyOfRange(v, t.start(), t.end());
          byte[] c = splice(v, t.end(), 0, copy);
          return new Mutant("#" + i + " duplicate element" + where, fixParents(c, t, copy.length));
        }
      default:
        {
          // drop this element
          byte[] c = splice(v, t.start(), t.end() - t.start(), new byte[0]);
          return new Mutant(
              "#" + i + " drop element" + where, fixParents(c, t, -(t.end() - t.start())));
        }
    }
  }

  /** Re-encodes the lengths of every ancestor of {@code t} after its size changed by delta. */
  private static byte[] fixParents(byte[] c, Tlv t, int delta) {
    byte[] out = c;
    for (Tlv p = t.parent(); p != null; p = p.parent()) {
      out = withLength(out, p, p.contentLength() + delta, false);
      int grew = lengthOctets(p.contentLength() + delta) - (p.contentStart() - p.lengthStart());
      delta += grew;
    }
    return out;
  }

  private static byte[] withLength(byte[] v, Tlv t, int length, boolean longForm) {
    if (length < 0) {
      length = 0;
    }
    byte[] hdr = encodeLength(length, longForm);
    return splice(v, t.lengthStart(), t.contentStart() - t.lengthStart(), hdr);
  }

  private static int lengthOctets(int length) {
    return encodeLength(length, false).length;
  }

  private static byte[] encodeLength(int len, boolean longForm) {
    if (len < 0x80 && !longForm) {
      return new byte[] {(byte) len};
    }
    int n = len < 0x100 ? 1 : len < 0x10000 ? 2 : len < 0x1000000 ? 3 : 4;
    if (longForm) {
      n++; // one superfluous leading zero byte, or long form for a short length
    }
    byte[] out = new byte[1 + n];
    out[0] = (byte) (0x80 | n);
    for (int k = 0; k < n; k++) {
      int shift = 8 * (n - 1 - k);
      out[1 + k] = shift >= 32 ? 0 : (byte) (len >>> shift);
    }
    return out;
  }

  /** {@code v} with {@code remove} bytes at {@code at} replaced by {@code insert}. */
  public static byte[] splice(byte[] v, int at, int remove, byte[] insert) {
    byte[] out = new byte[v.length - remove + insert.length];
    System.arraycopy(v, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(v, at + remove, out, at + insert.length, v.length - at - remove);
    return out;
  }

  private static String hex(byte b) {
    return String.format("%02x", b & 0xff);
  }

  private static String escape(String s) {
    return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }

  /** One DER element: where its tag, length and content are, and the element it sits in. */
  record Tlv(int start, int lengthStart, int contentStart, int end, Tlv parent) {
    int contentLength() {
      return end - contentStart;
    }

    /** Every element of {@code der}, depth first; empty if {@code der} is not one DER value. */
    static List<Tlv> walk(byte[] der) {
      List<Tlv> out = new ArrayList<>();
      if (!parse(der, 0, der.length, null, out, 0)
          || out.isEmpty()
          || out.get(0).end() != der.length) {
        return List.of();
      }
      return out;
    }

    private static boolean parse(byte[] b, int from, int to, Tlv parent, List<Tlv> out, int depth) {
      int pos = from;
      int before = out.size();
      while (pos < to) {
        int tag = b[pos] & 0xff;
        if ((tag & 0x1f) == 0x1f || pos + 1 >= to) {
          truncateTo(out, before);
          return false;
        }
        int lenStart = pos + 1;
        int first = b[lenStart] & 0xff;
        int contentStart;
        int len;
        if (first < 0x80) {
          len = first;
          contentStart = lenStart + 1;
        } else {
          int n = first & 0x7f;
          if (n == 0 || n > 3 || lenStart + 1 + n > to) {
            truncateTo(out, before);
            return false;
          }
          len = 0;
          for (int k = 0; k < n; k++) {
            len = (len << 8) | (b[lenStart + 1 + k] & 0xff);
          }
          contentStart = lenStart + 1 + n;
        }
        if (len > to - contentStart) {
          truncateTo(out, before);
          return false;
        }
        Tlv t = new Tlv(pos, lenStart, contentStart, contentStart + len, parent);
        out.add(t);
        if (depth < 12) {
          if ((tag & 0x20) != 0) {
            if (!parse(b, contentStart, t.end(), t, out, depth + 1)) {
              truncateTo(out, before);
              return false;
            }
          } else if ((tag == 0x04 || tag == 0x03) && len > 2) {
            // DER inside an OCTET STRING or BIT STRING (PKCS#8 keys, SPKI, CMS content)
            int inner = tag == 0x03 ? contentStart + 1 : contentStart;
            int mark = out.size();
            if (!parse(b, inner, t.end(), t, out, depth + 1)) {
              truncateTo(out, mark);
            }
          }
        }
        pos = t.end();
      }
      return true;
    }

    private static void truncateTo(List<Tlv> list, int size) {
      while (list.size() > size) {
        list.remove(list.size() - 1);
      }
    }
  }
}
