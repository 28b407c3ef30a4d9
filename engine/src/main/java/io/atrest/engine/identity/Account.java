package io.atrest.engine.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/** An AWS account as the engine knows it: its 12-digit id and the region it works in. */
public record Account(String id, String region) {

  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
    if (!ACCOUNT_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("account id `" + id + "` must be 12 digits");
    }
    requireRegion(region);
  }

  /** Checks a region name such as {@code us-west-2}. */
  public static String requireRegion(String region) {
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException(
          "region `" + region + "` is not a region name such as us-west-2");
    }
    return region;
  }

  /** The account's root ARN, which key policies use to delegate to the account. */
  public String rootArn() {
    return "arn:aws:iam::" + id + ":root";
  }
}
