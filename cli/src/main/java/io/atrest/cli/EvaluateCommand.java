package io.atrest.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.policy.ConditionCheck;
import io.atrest.policy.Decision;
import io.atrest.policy.KeyPolicyAuthorizer;
import io.atrest.policy.Reason;
import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atrest evaluate}: would KMS authorize this request under these policies, and why. */
// picocli sets the option fields and the spec before call() or run().
@SuppressWarnings("NullAway.Init")
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Answers whether KMS would authorize one request under a key policy and the caller's"
          + " identity policies (which count only where the key policy delegates to the account).",
      "Prints {\"decision\":\"ALLOW\"|\"EXPLICIT_DENY\"|\"IMPLICIT_DENY\",\"reasons\":[...]}."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:a decision was printed, whatever it is", "2:usage error or bad input"})
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--key-policy",
      required = true,
      paramLabel = "FILE",
      description = "The key policy JSON.")
  Path keyPolicy;

  @Option(
      names = "--identity-policy",
      paramLabel = "FILE",
      description = "An IAM policy attached to the caller (repeatable).")
  List<Path> identityPolicies = new ArrayList<>();

  @Option(
      names = "--request",
      required = true,
      paramLabel = "FILE",
      description =
          "The request JSON: {\"principal\",\"action\",\"resource\",\"context\"}; a context value"
              + " is a string, boolean, number or list of strings.")
  Path request;

  @Override
  public Integer call() {
    try {
      PolicyDocument key = policy("key-policy", keyPolicy);
      List<PolicyDocument> identity = new ArrayList<>();
      for (Path file : identityPolicies) {
        identity.add(policy("identity-policy:" + file.getFileName(), file));
      }
      AuthorizationRequest parsed = RequestFile.parse(request.toString(), Files.read(request));
      Decision decision = new KeyPolicyAuthorizer().authorize(parsed, key, identity);
      spec.commandLine().getOut().print(Json.pretty(toJson(decision)));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (InputException e) {
      spec.commandLine().getErr().println("atrest evaluate: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  private static PolicyDocument policy(String source, Path file) throws InputException {
    try {
      return PolicyParser.parse(source, Files.read(file));
    } catch (PolicyParseException e) {
      var at = e.location();
      throw new InputException(
          file
              + ":"
              + at.line()
              + ":"
              + at.column()
              + ": "
              + e.getMessage()
              + " ["
              + (at.pointer().isEmpty() ? "/" : at.pointer())
              + "]");
    }
  }

  static ObjectNode toJson(Decision decision) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("decision", decision.outcome().name());
    ArrayNode reasons = root.putArray("reasons");
    for (Reason reason : decision.reasons()) {
      ObjectNode r = reasons.addObject();
      r.put("kind", reason.kind().name());
      r.put("policy", reason.source());
      if (!reason.statement().isEmpty()) {
        r.put("statement", reason.statement());
      }
      reason
          .location()
          .ifPresent(
              at ->
                  r.put("pointer", at.pointer()).put("line", at.line()).put("column", at.column()));
      r.put("message", reason.message());
      if (!reason.conditions().isEmpty()) {
        ArrayNode conditions = r.putArray("conditions");
        for (ConditionCheck check : reason.conditions()) {
          ObjectNode c = conditions.addObject();
          c.put("operator", check.operator()).put("key", check.key());
          ArrayNode expected = c.putArray("expected");
          check.expected().forEach(expected::add);
          check
              .actual()
              .ifPresentOrElse(
                  values -> values.forEach(c.putArray("actual")::add), () -> c.putNull("actual"));
          c.put("satisfied", check.satisfied());
        }
      }
    }
    return root;
  }
}
