package io.atrest.policy.validate;

import io.atrest.policy.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Rules on which elements a policy and its statements hold, beyond the schema: pairs that exclude
 * each other, what the policy kind requires or forbids, Sids, size, duplicate members and Version.
 */
final class ElementCheck implements PolicyCheck {

  /**
   * KMS: "The key policy cannot exceed 32 kilobytes (32768 bytes)". Counted on the file's bytes.
   */
  static final int KEY_POLICY_MAX_BYTES = 32_768;

  @Override
  public void check(PolicyView policy, FindingSink sink) {
    for (SourceLocation duplicate : policy.json().duplicateMembers()) {
      sink.add(
          FindingCode.DUPLICATE_KEY,
          duplicate,
          "member "
              + Located.quote(lastSegment(duplicate.pointer()))
              + " appears twice in the same object: readers"
              + " disagree on which value counts (this validator, like most, keeps the last one)");
    }
    if (!policy.json().root().isObject()) {
      return;
    }
    version(policy, sink);
    size(policy, sink);
    Set<String> sids = new HashSet<>();
    for (StatementNode statement : policy.statements()) {
      pairs(statement, sink);
      principal(statement, policy, sink);
      resource(statement, policy, sink);
      sid(statement, policy, sids, sink);
    }
  }

  private static void version(PolicyView policy, FindingSink sink) {
    if (!policy.json().root().has("Version")) {
      sink.add(
          FindingCode.MISSING_VERSION,
          "",
          "the policy has no `Version`: it is read with the 2008-10-17 rules; write"
              + " \"Version\": \"2012-10-17\"");
    }
  }

  private static void size(PolicyView policy, FindingSink sink) {
    int bytes = policy.text().getBytes(StandardCharsets.UTF_8).length;
    if (policy.isKeyPolicy() && bytes > KEY_POLICY_MAX_BYTES) {
      sink.add(
          FindingCode.POLICY_TOO_LARGE,
          "",
          "the key policy is "
              + bytes
              + " bytes: KMS rejects key policies over "
              + KEY_POLICY_MAX_BYTES
              + " bytes (32 KB)");
    }
  }

  private static void pairs(StatementNode s, FindingSink sink) {
    for (String element : new String[] {"Action", "Principal", "Resource"}) {
      String not = "Not" + element;
      if (s.has(element) && s.has(not)) {
        sink.add(
            FindingCode.CONFLICTING_ELEMENTS,
            s.pointerOf(not),
            s.label()
                + " has both "
                + Located.quote(element)
                + " and "
                + Located.quote(not)
                + ": use one of them");
      }
    }
    if (!s.has("Action") && !s.has("NotAction")) {
      sink.add(
          FindingCode.MISSING_ACTION,
          s.pointer(),
          s.label() + " has neither `Action` nor `NotAction`: it applies to no action");
    }
  }

  private static void principal(StatementNode s, PolicyView policy, FindingSink sink) {
    boolean named = s.has("Principal") || s.has("NotPrincipal");
    if (policy.isKeyPolicy() && !named) {
      sink.add(
          FindingCode.MISSING_PRINCIPAL,
          s.pointer(),
          s.label()
              + " of a key policy has no `Principal`: KMS rejects key policy statements that"
              + " do not name who they apply to");
    } else if (!policy.isKeyPolicy() && named) {
      String element = s.has("Principal") ? "Principal" : "NotPrincipal";
      sink.add(
          FindingCode.PRINCIPAL_IN_IDENTITY_POLICY,
          s.pointerOf(element),
          s.label()
              + " of an identity policy has "
              + Located.quote(element)
              + ": an identity policy applies to"
              + " the user or role it is attached to, and IAM rejects this element");
    }
  }

  private static void resource(StatementNode s, PolicyView policy, FindingSink sink) {
    if (!s.has("Resource") && !s.has("NotResource")) {
      if (policy.isKeyPolicy()) {
        sink.add(
            FindingCode.MISSING_RESOURCE,
            Severity.WARNING,
            s.pointer(),
            s.label()
                + " has no `Resource`: KMS accepts it but the statement has no effect;"
                + " write \"Resource\": \"*\" (the key itself)");
      } else {
        sink.add(
            FindingCode.MISSING_RESOURCE,
            s.pointer(),
            s.label() + " has no `Resource`: IAM rejects identity policy statements without one");
      }
    }
    if (!policy.variablesEnabled()) {
      for (String element : new String[] {"Resource", "NotResource"}) {
        for (Located value : s.strings(element)) {
          if (value.value().contains("${")) {
            sink.add(
                FindingCode.VARIABLE_WITHOUT_VERSION,
                value.pointer(),
                value.quoted()
                    + " uses a policy variable, which is literal text unless Version is"
                    + " `2012-10-17`");
          }
        }
      }
    }
  }

  private static void sid(StatementNode s, PolicyView policy, Set<String> seen, FindingSink sink) {
    s.sid()
        .ifPresent(
            sid -> {
              if (!policy.isKeyPolicy()
                  && !sid.value().chars().allMatch(ElementCheck::isAlphanumeric)) {
                sink.add(
                    FindingCode.INVALID_SID,
                    sid.pointer(),
                    "Sid "
                        + sid.quoted()
                        + " is not alphanumeric: IAM requires Sids to match [0-9A-Za-z]*");
              }
              if (!sid.value().isEmpty() && !seen.add(sid.value())) {
                Severity severity = policy.isKeyPolicy() ? Severity.WARNING : Severity.ERROR;
                sink.add(
                    FindingCode.DUPLICATE_SID,
                    severity,
                    sid.pointer(),
                    "Sid "
                        + sid.quoted()
                        + " is used by an earlier statement: Sids must be unique in a policy");
              }
            });
  }

  private static boolean isAlphanumeric(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String lastSegment(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }
}
