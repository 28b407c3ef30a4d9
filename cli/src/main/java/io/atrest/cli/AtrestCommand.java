package io.atrest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code atrest} command: the entry point of the jar and of the {@code ./atrest} launcher. */
// picocli sets the option fields and the spec before call() or run().
@SuppressWarnings("NullAway.Init")
@Command(
    name = "atrest",
    mixinStandardHelpOptions = true,
    versionProvider = AtrestCommand.Version.class,
    description = "Compliance testing for encryption at rest with a reference KMS and table store.",
    subcommands = {
      ValidateCommand.class,
      EvaluateCommand.class,
      ServeCommand.class,
      RunCommand.class,
      StepsCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success (see each command for what success means)",
      "1:a check failed",
      "2:usage error or unreadable input"
    })
public final class AtrestCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // The schema validator logs through SLF4J; without a provider SLF4J warns on stderr, which
    // would mix with the command's own one-line errors.
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine newCommandLine() {
    return new CommandLine(new AtrestCommand()).setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AtrestCommand.class.getPackage().getImplementationVersion();
      return new String[] {"atrest " + (version == null ? "(development build)" : version)};
    }
  }
}
