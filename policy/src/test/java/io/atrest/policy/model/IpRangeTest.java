package io.atrest.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpRangeTest {

  @Test
  void ipv4Cidr_containsItsAddressesOnly() {
    IpRange range = IpRange.parse("203.0.113.0/24").orElseThrow();
    assertThat(range.contains("203.0.113.255")).isTrue();
    assertThat(range.contains("203.0.114.0")).isFalse();
  }

  @Test
  void bareIpv4Address_isASingleHost() {
    IpRange range = IpRange.parse("203.0.113.7").orElseThrow();
    assertThat(range.prefix()).isEqualTo(32);
    assertThat(range.contains("203.0.113.7")).isTrue();
    assertThat(range.contains("203.0.113.8")).isFalse();
  }

  @Test
  void zeroPrefix_containsEveryAddressOfItsFamily() {
    assertThat(IpRange.parse("0.0.0.0/0").orElseThrow().contains("198.51.100.1")).isTrue();
    assertThat(IpRange.parse("::/0").orElseThrow().contains("2001:db8::1")).isTrue();
  }

  @Test
  void ipv6Cidr_containsItsAddressesOnly() {
    IpRange range = IpRange.parse("2001:DB8:1234:5678::/64").orElseThrow();
    assertThat(range.contains("2001:db8:1234:5678:ffff::1")).isTrue();
    assertThat(range.contains("2001:db8:1234:5679::1")).isFalse();
  }

  @Test
  void ipv6PrefixBeyond64Bits_comparesTheLowHalf() {
    IpRange range = IpRange.parse("2001:db8::aa00/120").orElseThrow();
    assertThat(range.contains("2001:db8::aaff")).isTrue();
    assertThat(range.contains("2001:db8::ab00")).isFalse();
  }

  @Test
  void bareIpv6Address_isASingleHost() {
    IpRange range = IpRange.parse("2001:db8::1").orElseThrow();
    assertThat(range.prefix()).isEqualTo(128);
    assertThat(range.contains("2001:0db8:0000::0001")).isTrue();
    assertThat(range.contains("2001:db8::2")).isFalse();
  }

  @Test
  void embeddedIpv4_inIpv6IsRead() {
    assertThat(IpRange.parse("::ffff:192.0.2.0/120").orElseThrow().contains("::ffff:192.0.2.9"))
        .isTrue();
  }

  @Test
  void familiesNeverMix() {
    assertThat(IpRange.parse("0.0.0.0/0").orElseThrow().contains("::1")).isFalse();
    assertThat(IpRange.parse("::/0").orElseThrow().contains("10.0.0.1")).isFalse();
  }

  @Test
  void malformedRanges_areRejected() {
    assertThat(IpRange.parse("203.0.113.0/33")).isEmpty();
    assertThat(IpRange.parse("256.0.0.1")).isEmpty();
    assertThat(IpRange.parse("1.2.3")).isEmpty();
    assertThat(IpRange.parse("2001:db8::1::2")).isEmpty();
    assertThat(IpRange.parse("example.com")).isEmpty();
    assertThat(IpRange.parse("10.0.0.0/")).isEmpty();
  }

  @Test
  void malformedRequestAddress_isNotContained() {
    assertThat(IpRange.parse("0.0.0.0/0").orElseThrow().contains("not-an-ip")).isFalse();
  }
}
