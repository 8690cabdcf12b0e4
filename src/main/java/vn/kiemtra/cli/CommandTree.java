package vn.kiemtra.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kiemtra.core.shared.Messages;

/**
 * Builds the command line of the office commands and runs it: exit 0 on success, non-zero with a
 * one-line Vietnamese message otherwise, never a stack trace.
 */
public final class CommandTree {
  /** The program's version, shown by {@code --version} and {@code doctor}. */
  public static final String VERSION = "0.1.0";

  /**
   * The top-level command; groups are added by {@link #build}. Its {@code --db} lets the database
   * come first ({@code kiemtra --db PATH <command>}); a command's own {@code --db} wins.
   */
  @Command(name = "kiemtra", mixinStandardHelpOptions = true, version = "kiemtra " + VERSION)
  static final class Root implements Runnable {
    @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "option.db")
    String db;

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
  private final List<Object> topLevel = new ArrayList<>();
  private Supplier<Path> logFile = () -> null;
  private Runnable beforeRun = () -> {};
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

  /** A command directly under {@code kiemtra} (such as {@code doctor}). */
  public CommandTree addCommand(Object command) {
    topLevel.add(command);
    return this;
  }

  /**
   * Runs just before the command line is read and the command runs, after the tree is built (the
   * launcher waits there for the log it started on another thread).
   */
  public CommandTree beforeRun(Runnable beforeRun) {
    this.beforeRun = beforeRun;
    return this;
  }

  /** Where the log is written, named to the user with the code of an unexpected failure. */
  public CommandTree logFile(Supplier<Path> logFile) {
    this.logFile = logFile;
    return this;
  }

  public CommandLine build() {
    return build(null, null);
  }

  /**
   * The tree with only what the command line names under the root: the group or command {@code
   * only} (null: all of them) and, in that group, only the command {@code subcommand} when it is
   * one of its commands (else all of them, so that help and "did you mean" see the whole group);
   * {@code subcommand} is the word after {@code only}. Picocli reads every command's annotations
   * when it is added, a large part of a short command's start.
   */
  private CommandLine build(String only, String subcommand) {
    CommandLine root = new CommandLine(new Root());
    root.getCommandSpec().usageMessage().description(messages.get("cmd.root"));
    for (GroupSpec g : groups()) {
      if (only == null || only.equals(g.name())) {
        root.addSubcommand(
            g.name(),
            group(g.descriptionKey(), named(g.commands(), only == null ? null : subcommand)));
      }
    }
    for (Object c : topLevel) {
      if (only == null || only.equals(nameOf(c))) {
        CommandLine sub = command(c);
        root.addSubcommand(sub.getCommandName(), sub);
      }
    }
    root.setResourceBundle(messages.bundle());
    ownBundles.forEach(
        (command, bundle) -> command.setResourceBundle(Messages.of(bundle).bundle()));
    CommandFailures failures = new CommandFailures(logFile);
    root.setParameterExceptionHandler(failures.parameters());
    root.setExecutionExceptionHandler(failures.execution());
    return root;
  }

  /** The groups: templates and inspections, then those the features added. */
  private List<GroupSpec> groups() {
    List<GroupSpec> all = new ArrayList<>();
    all.add(
        new GroupSpec(
            "template",
            "cmd.template",
            List.of(
                new TemplateListCommand(services),
                new TemplateShowCommand(services),
                new TemplateImportCommand(services),
                new TemplateExportCommand(services),
                new TemplatePublishCommand(services),
                new TemplateWithdrawCommand(services),
                new TemplateNewVersionCommand(services),
                new TemplateDiffCommand(services))));
    all.add(
        new GroupSpec(
            "inspection",
            "cmd.inspection",
            List.of(
                new InspectionNewCommand(services),
                new InspectionImportCommand(services),
                new InspectionExportCommand(services),
                new InspectionListCommand(services),
                new InspectionScoreCommand(services))));
    all.addAll(extraGroups);
    return all;
  }

  /** The command of {@code commands} named {@code name}, or all of them when none is. */
  private static Object[] named(List<Object> commands, String name) {
    for (Object c : commands) {
      if (nameOf(c).equals(name)) {
        return new Object[] {c};
      }
    }
    return commands.toArray();
  }

  private CommandLine group(String descriptionKey, Object... commands) {
    CommandLine group = new CommandLine(new Group());
    group.getCommandSpec().usageMessage().description(describe(descriptionKey));
    for (Object c : commands) {
      CommandLine sub = command(c);
      group.addSubcommand(sub.getCommandName(), sub);
    }
    return group;
  }

  private CommandLine command(Object c) {
    CommandLine sub = new CommandLine(c);
    String own = sub.getCommandSpec().resourceBundleBaseName();
    if (own != null) {
      ownBundles.put(sub, own.substring(own.lastIndexOf('.') + 1));
    }
    if (c instanceof CliCommand command) {
      sub.getCommandSpec().usageMessage().description(describe(command.descriptionKey()));
    } else if (c instanceof DoctorCommand) {
      sub.getCommandSpec().usageMessage().description(describe(DoctorCommand.DESCRIPTION));
    }
    return sub;
  }

  /** A key of the messages bundle, or "bundle:key" for a feature's own bundle. */
  private String describe(String key) {
    int colon = key.indexOf(':');
    return colon < 0
        ? messages.get(key)
        : Messages.of(key.substring(0, colon)).get(key.substring(colon + 1));
  }

  /** The tree {@link #execute} builds for these arguments: only what they name, when they do. */
  CommandLine treeFor(String... args) {
    String first = knownCommand(args);
    return build(first, first == null ? null : wordAfter(args, first));
  }

  /** Runs the commands with the given arguments, writing to the given streams. */
  public int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = treeFor(args);
    beforeRun.run();
    cl.setOut(out);
    cl.setErr(err);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command the arguments name first (skipping {@code --db PATH}) when it is one of the tree's;
   * null otherwise (no command, {@code --help}, a typing error), so picocli sees the whole tree.
   */
  private String knownCommand(String[] args) {
    String first = null;
    for (int i = 0; i < args.length && first == null; i++) {
      if (args[i].equals("--db")) {
        i++;
      } else if (!args[i].startsWith("-")) {
        first = args[i];
      } else if (!args[i].startsWith("--db=")) {
        return null;
      }
    }
    if (first == null) {
      return null;
    }
    List<String> names = new ArrayList<>(List.of("template", "inspection"));
    extraGroups.forEach(g -> names.add(g.name()));
    topLevel.forEach(c -> names.add(nameOf(c)));
    return names.contains(first) ? first : null;
  }

  /** The argument after the first {@code word}, when it is not an option; null otherwise. */
  private static String wordAfter(String[] args, String word) {
    int i = java.util.Arrays.asList(args).indexOf(word);
    return i >= 0 && i + 1 < args.length && !args[i + 1].startsWith("-") ? args[i + 1] : null;
  }

  private static String nameOf(Object command) {
    CommandLine.Command c = command.getClass().getAnnotation(CommandLine.Command.class);
    return c == null ? "" : c.name();
  }

  /** For tests and the launcher: a factory from a function. */
  public static ServicesFactory factory(Function<String, vn.kiemtra.core.Services> open) {
    return open::apply;
  }
}
