package io.atrest.policy.eval;

import org.jspecify.annotations.Nullable;

/**
 * The ARN last made for one principal instance. A request reads its caller's ARN several times
 * (whether it exists, its identity policies, its principal id), and a record cannot keep it; a
 * fresh string also has to be hashed again for every map it is looked up in. A racy but safe single
 * slot: a principal is immutable, so the ARN made for that very instance is always its ARN.
 */
final class RememberedArn {

  static final RememberedArn ARN = new RememberedArn();
  static final RememberedArn ROLE_ARN = new RememberedArn();

  private volatile @Nullable Made last;

  private record Made(Principal principal, String arn) {}

  private RememberedArn() {}

  /** The ARN remembered for {@code principal}, or null. */
  @Nullable String of(Principal principal) {
    Made made = last;
    return made != null && made.principal() == principal ? made.arn() : null;
  }

  /** Remembers {@code arn} for {@code principal} and returns it. */
  String remember(Principal principal, String arn) {
    last = new Made(principal, arn);
    return arn;
  }
}
