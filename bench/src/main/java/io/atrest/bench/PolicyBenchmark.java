package io.atrest.bench;

import io.atrest.fixtures.Fixtures;
import io.atrest.policy.Decision;
import io.atrest.policy.KeyPolicyAuthorizer;
import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;
import io.atrest.policy.validate.PolicyKind;
import io.atrest.policy.validate.PolicyValidator;
import io.atrest.policy.validate.ValidationResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Policy engine throughput on one thread: evaluating the seed's AWS managed key policy for DynamoDB
 * against a DynamoDB-style Decrypt request (goal: at least 1,000,000 evaluations per second), and
 * validating a 30-statement key policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PolicyBenchmark {

  private final KeyPolicyAuthorizer authorizer = new KeyPolicyAuthorizer();
  private final PolicyValidator validator = new PolicyValidator();
  private PolicyDocument managedPolicy;
  private AuthorizationRequest decryptViaDynamoDb;
  private String thirtyStatements;

  @Setup
  public void setUp() throws PolicyParseException {
    managedPolicy =
        PolicyParser.parse("key-policy", Fixtures.text("policies/aws-managed-dynamodb.json"));
    decryptViaDynamoDb =
        new AuthorizationRequest(
            Principal.parse("arn:aws:iam::111122223333:user/db-lead"),
            "kms:Decrypt",
            "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            RequestContext.builder()
                .put("kms:ViaService", "dynamodb.us-west-2.amazonaws.com")
                .put("kms:EncryptionContext:aws:dynamodb:tableName", "Books")
                .put("kms:EncryptionContext:aws:dynamodb:subscriberId", "111122223333")
                .build());
    thirtyStatements = policyWithStatements(29); // plus the account delegation: 30
  }

  @Benchmark
  public Decision evaluateManagedPolicyDecrypt() {
    return authorizer.authorize(decryptViaDynamoDb, managedPolicy, List.of());
  }

  @Benchmark
  public ValidationResult validateThirtyStatementPolicy() {
    return validator.validate("bench.json", thirtyStatements, PolicyKind.KEY_POLICY);
  }

  static String policyWithStatements(int count) {
    String statements =
        IntStream.range(0, count)
            .mapToObj(
                i ->
                    """
                    {"Sid":"S%d","Effect":"Allow",
                     "Principal":{"AWS":"arn:aws:iam::111122223333:role/app-%d"},
                     "Action":["kms:Encrypt","kms:Decrypt","kms:GenerateDataKey*"],"Resource":"*",
                     "Condition":{"StringLike":{"kms:ViaService":"dynamodb.*.amazonaws.com"},
                       "StringEquals":{"kms:EncryptionContext:aws:dynamodb:tableName":"T%d"}}}"""
                        .formatted(i, i, i))
            .collect(Collectors.joining(",\n"));
    return """
        {"Version":"2012-10-17","Statement":[
        {"Sid":"Admin","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},
         "Action":"kms:*","Resource":"*"},
        %s]}"""
        .formatted(statements);
  }
}
