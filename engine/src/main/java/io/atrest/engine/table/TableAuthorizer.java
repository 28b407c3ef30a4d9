package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.policy.Decision;
import java.time.Clock;

/**
 * Decides whether a caller may perform a DynamoDB action ({@code dynamodb:GetItem}) on a resource
 * (a table, index, stream or backup ARN, or {@code *}). The store asks it at the entry of every
 * operation, before any KMS call, so a refused request changes nothing and reaches no key.
 */
public interface TableAuthorizer {

  /**
   * Authorizes one action.
   *
   * @return the decision that allowed it
   * @throws AccessDeniedException carrying the decision, when nothing allows or a policy denies
   */
  Decision authorize(Caller caller, String action, String resource);

  /**
   * IAM's authorization of the requests to the tables of {@code accountId}: the caller's identity
   * policies in {@code iam}, with time keys from {@code clock}.
   */
  static TableAuthorizer iam(IamRegistry iam, String accountId, Clock clock) {
    return new IamTableAuthorizer(iam, accountId, clock);
  }
}
