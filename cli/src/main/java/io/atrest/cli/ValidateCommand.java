package io.atrest.cli;

import io.atrest.policy.validate.PolicyKind;
import io.atrest.policy.validate.PolicyValidator;
import io.atrest.policy.validate.Severity;
import io.atrest.policy.validate.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atrest validate}: findings for key-policy and identity-policy files. */
// picocli sets the option fields and the spec before call() or run().
@SuppressWarnings("NullAway.Init")
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates KMS key-policy or IAM identity-policy JSON files.",
      "Each finding has a severity (ERROR, SECURITY_WARNING, WARNING, SUGGESTION), a stable code,"
          + " a message and the JSON pointer, line and column of the offending element."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no finding reaches the --fail-on level",
      "1:a finding reaches the --fail-on level",
      "2:usage error or a file that cannot be read"
    })
final class ValidateCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    sarif
  }

  enum Kind {
    auto(PolicyKind.AUTO),
    key(PolicyKind.KEY_POLICY),
    identity(PolicyKind.IDENTITY_POLICY);

    final PolicyKind policyKind;

    Kind(PolicyKind policyKind) {
      this.policyKind = policyKind;
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a finding is at least this grave: error, security, warning or suggestion"
              + " (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(
      names = "--kind",
      defaultValue = "auto",
      description =
          "Validate as a key policy or an identity policy; auto decides from the file (a policy"
              + " naming a Principal is a key policy). One of ${COMPLETION-CANDIDATES}.")
  Kind kind;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy JSON files.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Severity threshold;
    try {
      threshold = Severity.fromFailOn(failOn);
    } catch (IllegalArgumentException e) {
      err.println("atrest validate: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    List<ValidationResult> results = new ArrayList<>();
    PolicyValidator validator = new PolicyValidator();
    for (Path file : files) {
      String text;
      try {
        text = Files.read(file);
      } catch (InputException e) {
        err.println("atrest validate: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      results.add(validator.validate(file.toString(), text, kind.policyKind));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case text -> FindingsText.render(results);
          case json -> FindingsJson.render(results);
          case sarif -> FindingsSarif.render(results);
        });
    out.flush();
    return results.stream().anyMatch(r -> r.fails(threshold)) ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
