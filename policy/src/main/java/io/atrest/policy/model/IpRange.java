package io.atrest.policy.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An IPv4 or IPv6 CIDR block for {@code IpAddress}/{@code NotIpAddress}. A bare address is a
 * single-host block ({@code /32} or {@code /128}) [IAM-OPS]. Addresses are parsed by hand, never
 * through {@code InetAddress}, which would resolve host names over the network.
 *
 * @param text the range as written
 * @param ipv6 whether the range is IPv6; IPv4 addresses never fall in IPv6 ranges or vice versa
 * @param high the upper 64 bits of the network address (always 0 for IPv4)
 * @param low the lower 64 bits of the network address (the 32-bit IPv4 address)
 * @param prefix the prefix length
 */
public record IpRange(String text, boolean ipv6, long high, long low, int prefix) {

  public IpRange {
    if (prefix < 0 || prefix > (ipv6 ? 128 : 32)) {
      throw new IllegalArgumentException("ip range `" + text + "`: prefix out of range");
    }
  }

  /** Reads {@code a.b.c.d}, {@code a.b.c.d/n}, an IPv6 address or {@code ipv6/n}. */
  public static Optional<IpRange> parse(String text) {
    String t = text.strip();
    int slash = t.indexOf('/');
    String address = slash < 0 ? t : t.substring(0, slash);
    Optional<long[]> bits = address.indexOf(':') >= 0 ? parseV6(address) : parseV4(address);
    if (bits.isEmpty()) {
      return Optional.empty();
    }
    boolean v6 = address.indexOf(':') >= 0;
    int max = v6 ? 128 : 32;
    int prefix = max;
    if (slash >= 0) {
      String p = t.substring(slash + 1);
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      prefix = Integer.parseInt(p);
      if (prefix > max) {
        return Optional.empty();
      }
    }
    return Optional.of(new IpRange(t, v6, bits.get()[0], bits.get()[1], prefix));
  }

  /** Whether {@code address} (a bare IPv4 or IPv6 address) lies in this range. */
  public boolean contains(String address) {
    boolean v6 = address.indexOf(':') >= 0;
    if (v6 != ipv6) {
      return false;
    }
    Optional<long[]> bits = v6 ? parseV6(address.strip()) : parseV4(address.strip());
    return bits.isPresent() && sameNetwork(bits.get()[0], bits.get()[1]);
  }

  private boolean sameNetwork(long hi, long lo) {
    if (!ipv6) {
      long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
      return (lo & mask) == (low & mask);
    }
    long hiMask = prefix >= 64 ? -1L : (prefix == 0 ? 0 : -1L << (64 - prefix));
    long loMask = prefix <= 64 ? 0 : (prefix == 128 ? -1L : -1L << (128 - prefix));
    return (hi & hiMask) == (high & hiMask) && (lo & loMask) == (low & loMask);
  }

  private static Optional<long[]> parseV4(String address) {
    String[] octets = address.split("\\.", -1);
    if (octets.length != 4) {
      return Optional.empty();
    }
    long value = 0;
    for (String octet : octets) {
      if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      int n = Integer.parseInt(octet);
      if (n > 255) {
        return Optional.empty();
      }
      value = value << 8 | n;
    }
    return Optional.of(new long[] {0, value});
  }

  private static Optional<long[]> parseV6(String address) {
    int[] groups = new int[8];
    String head = address;
    String tail = "";
    int gap = address.indexOf("::");
    if (gap >= 0) {
      if (address.indexOf("::", gap + 1) >= 0) {
        return Optional.empty();
      }
      head = address.substring(0, gap);
      tail = address.substring(gap + 2);
    }
    int[] h = groups(head);
    int[] t = groups(tail);
    if (h == null
        || t == null
        || (gap < 0 && h.length != 8)
        || h.length + t.length > (gap < 0 ? 8 : 7)) {
      return Optional.empty();
    }
    System.arraycopy(h, 0, groups, 0, h.length);
    System.arraycopy(t, 0, groups, 8 - t.length, t.length);
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 4; i++) {
      hi = hi << 16 | groups[i];
      lo = lo << 16 | groups[i + 4];
    }
    return Optional.of(new long[] {hi, lo});
  }

  /** The 16-bit groups of one side of {@code ::}; a trailing dotted IPv4 counts as two groups. */
  private static int @Nullable [] groups(String part) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] pieces = part.split(":", -1);
    int count = pieces.length;
    String last = pieces[count - 1];
    boolean embeddedV4 = last.indexOf('.') >= 0;
    int[] out = new int[embeddedV4 ? count + 1 : count];
    for (int i = 0; i < (embeddedV4 ? count - 1 : count); i++) {
      String g = pieces[i];
      if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(IpRange::isHex)) {
        return null;
      }
      out[i] = Integer.parseInt(g, 16);
    }
    if (embeddedV4) {
      Optional<long[]> v4 = parseV4(last);
      if (v4.isEmpty()) {
        return null;
      }
      long v = v4.get()[1];
      out[count - 1] = (int) (v >>> 16);
      out[count] = (int) (v & 0xFFFF);
    }
    return out;
  }

  private static boolean isHex(int c) {
    return Character.digit(c, 16) >= 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
