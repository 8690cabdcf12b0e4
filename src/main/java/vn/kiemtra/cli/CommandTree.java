package vn.kiemtra.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * Builds the command line of the office commands and runs it: exit 0 on success, non-zero with a
 * one-line Vietnamese message otherwise, never a stack trace.
 */
public final class CommandTree {
  /** The top-level command; groups are added by {@link #build}. */
  @Command(name = "kiemtra", mixinStandardHelpOptions = true, version = "kiemtra 0.1.0")
  static final class Root implements Runnable {
    @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  /** A command group such as {@code template} or {@code inspection}. */
  @Command(mixinStandardHelpOptions = true)
  static final class Group implements Runnable {
    @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  private final Messages messages = Messages.of("messages");
  private final ServicesFactory services;
  private final List<GroupSpec> extraGroups = new ArrayList<>();
  private final Map<CommandLine, String> ownBundles = new LinkedHashMap<>();

  /** A further group contributed by a feature (minutes, sync, device). */
  public record GroupSpec(String name, String descriptionKey, List<Object> commands) {}

  public CommandTree(ServicesFactory services) {
    this.services = services;
  }

  public CommandTree add(GroupSpec group) {
    extraGroups.add(group);
    return this;
  }

  public CommandLine build() {
    CommandLine root = new CommandLine(new Root());
    root.getCommandSpec().usageMessage().description(messages.get("cmd.root"));
    root.addSubcommand(
        "template",
        group(
            "cmd.template", new TemplateListCommand(services), new TemplateShowCommand(services)));
    root.addSubcommand(
        "inspection",
        group(
            "cmd.inspection",
            new InspectionImportCommand(services),
            new InspectionExportCommand(services),
            new InspectionListCommand(services),
            new InspectionScoreCommand(services)));
    for (GroupSpec g : extraGroups) {
      root.addSubcommand(g.name(), group(g.descriptionKey(), g.commands().toArray()));
    }
    root.setResourceBundle(messages.bundle());
    ownBundles.forEach(
        (command, bundle) -> command.setResourceBundle(Messages.of(bundle).bundle()));
    root.setParameterExceptionHandler(parameterErrors());
    root.setExecutionExceptionHandler(executionErrors());
    return root;
  }

  private CommandLine group(String descriptionKey, Object... commands) {
    CommandLine group = new CommandLine(new Group());
    group.getCommandSpec().usageMessage().description(describe(descriptionKey));
    for (Object c : commands) {
      CommandLine sub = new CommandLine(c);
      String own = sub.getCommandSpec().resourceBundleBaseName();
      if (own != null) {
        ownBundles.put(sub, own.substring(own.lastIndexOf('.') + 1));
      }
      if (c instanceof CliCommand command) {
        sub.getCommandSpec().usageMessage().description(describe(command.descriptionKey()));
      }
      group.addSubcommand(sub.getCommandName(), sub);
    }
    return group;
  }

  /** A key of the messages bundle, or "bundle:key" for a feature's own bundle. */
  private String describe(String key) {
    int colon = key.indexOf(':');
    return colon < 0
        ? messages.get(key)
        : Messages.of(key.substring(0, colon)).get(key.substring(colon + 1));
  }

  private IParameterExceptionHandler parameterErrors() {
    return (ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println(
          messages.get(
              "error.parameters",
              ex.getMessage(),
              ex.getCommandLine().getCommandSpec().qualifiedName()));
      return 2;
    };
  }

  private IExecutionExceptionHandler executionErrors() {
    return (ex, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      if (ex instanceof DomainException) {
        err.println(messages.get("error.prefix", oneLine(ex.getMessage())));
        return 1;
      }
      err.println(
          messages.get(
              "error.unexpected", ex.getClass().getSimpleName(), oneLine(ex.getMessage())));
      if (System.getenv("KIEMTRA_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      return 3;
    };
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ");
  }

  /** Runs the commands with the given arguments, writing to the given streams. */
  public int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = build();
    cl.setOut(out);
    cl.setErr(err);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** For tests and the launcher: a factory from a function. */
  public static ServicesFactory factory(Function<String, vn.kiemtra.core.Services> open) {
    return open::apply;
  }
}
