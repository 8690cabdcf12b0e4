package vn.kiemtra.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.Messages;

/** Base of every command: opens the database, runs, closes; output through picocli's writers. */
public abstract class CliCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Spec CommandSpec spec;

  protected final Messages messages = Messages.of("messages");

  private final ServicesFactory factory;

  protected CliCommand(ServicesFactory factory) {
    this.factory = factory;
  }

  @Override
  public final Integer call() throws Exception {
    try (Services services = factory.open(db.path())) {
      services.recovery().ifPresent(r -> err().println(r.message()));
      return run(services);
    }
  }

  protected abstract int run(Services services) throws Exception;

  /** The bundle key of the command's one-line description. */
  public abstract String descriptionKey();

  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
