package vn.kiemtra.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.kiemtra.core.shared.Messages;

/** Says in one Vietnamese sentence what is wrong with the words typed (never picocli's English). */
final class ParameterErrors {
  private ParameterErrors() {}

  static String describe(ParameterException ex, Messages m) {
    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
    if (ex instanceof UnmatchedArgumentException u) {
      String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
      String text;
      if (u.isUnknownOption()) {
        text = m.get("param.unknownOption", first, command);
      } else if (!ex.getCommandLine().getSubcommands().isEmpty()) {
        text = m.get("param.unknownCommand", first, command);
      } else {
        text = m.get("param.extraArgument", first, command);
      }
      List<String> suggestions = u.getSuggestions();
      return suggestions.isEmpty()
          ? text
          : text + " " + m.get("param.suggestions", String.join(", ", suggestions));
    }
    if (ex instanceof MissingParameterException missing) {
      List<String> names = new ArrayList<>();
      for (ArgSpec arg : missing.getMissing()) {
        names.add(name(arg));
      }
      return m.get("param.missing", String.join(", ", names), command);
    }
    if (ex instanceof OverwrittenOptionException) {
      return m.get("param.twice", name(ex.getArgSpec()), command);
    }
    if (ex instanceof MaxValuesExceededException) {
      return m.get("param.tooMany", command);
    }
    if (ex instanceof MutuallyExclusiveArgsException) {
      return m.get("param.exclusive", command);
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      return m.get("param.badValue", ex.getValue(), name(ex.getArgSpec()));
    }
    if (ex.getArgSpec() != null) {
      return m.get("param.needsValue", name(ex.getArgSpec()), command);
    }
    return m.get("param.other", command);
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return "«" + option.longestName() + "»";
    }
    if (arg instanceof PositionalParamSpec positional) {
      return "«" + positional.paramLabel() + "»";
    }
    return "«?»";
  }
}
