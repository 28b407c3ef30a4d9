package io.atrest.engine.trail;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The AWS KMS charges for a set of requests and keys, in US dollars, from the figures the source
 * documents give and nothing else:
 *
 * <ul>
 *   <li>a customer managed key costs $1.00 per month (seed 003: "1 CMK is ~$1.00 per month");
 *   <li>requests cost $0.03 per 10,000 (seed 003), on customer managed and AWS managed keys alike
 *       (seed 004: "Customer managed CMKs and AWS managed CMKs incur a charge for each API call");
 *   <li>AWS owned keys cost nothing, neither per month nor per request (seed 002: "not charged a
 *       monthly fee or a usage fee");
 *   <li>AWS managed keys have no monthly fee: no seed gives one, and the KMS pricing page says
 *       their creation and storage are free.
 * </ul>
 *
 * <p>Not modelled, because no seed mentions it: the free tier of 20,000 requests a month, the
 * higher prices of asymmetric operations, the extra $1 per month for rotated key material, hourly
 * proration and the exemption of keys pending deletion. Amounts are exact (no rounding to cents).
 *
 * @param billableRequests requests charged at the request price
 * @param freeRequests requests on AWS owned keys
 * @param requestCharge {@code billableRequests} x $0.03 / 10,000
 * @param customerManagedKeys keys charged the monthly fee
 * @param months months the monthly fee covers
 * @param keyCharge {@code customerManagedKeys} x {@code months} x $1.00
 */
public record CostEstimate(
    long billableRequests,
    long freeRequests,
    BigDecimal requestCharge,
    int customerManagedKeys,
    int months,
    BigDecimal keyCharge) {

  /** Monthly fee of one customer managed key (seed 003). */
  public static final BigDecimal CUSTOMER_MANAGED_KEY_PER_MONTH = new BigDecimal("1.00");

  /** Price of 10,000 requests (seed 003). */
  public static final BigDecimal PER_10_000_REQUESTS = new BigDecimal("0.03");

  public CostEstimate {
    if (billableRequests < 0 || freeRequests < 0 || customerManagedKeys < 0 || months < 0) {
      throw new IllegalArgumentException(
          "cost inputs must not be negative: requests "
              + billableRequests
              + "/"
              + freeRequests
              + ", keys "
              + customerManagedKeys
              + ", months "
              + months);
    }
    Objects.requireNonNull(requestCharge, "requestCharge");
    Objects.requireNonNull(keyCharge, "keyCharge");
  }

  /** The estimate for these quantities at the seeds' prices. */
  public static CostEstimate of(
      long billableRequests, long freeRequests, int customerManagedKeys, int months) {
    BigDecimal requests =
        PER_10_000_REQUESTS.multiply(BigDecimal.valueOf(billableRequests)).movePointLeft(4);
    BigDecimal keys =
        CUSTOMER_MANAGED_KEY_PER_MONTH.multiply(
            BigDecimal.valueOf((long) customerManagedKeys * months));
    return new CostEstimate(
        billableRequests, freeRequests, requests, customerManagedKeys, months, keys);
  }

  /** Request charge plus key charge. */
  public BigDecimal total() {
    return requestCharge.add(keyCharge);
  }
}
