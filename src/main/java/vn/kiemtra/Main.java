package vn.kiemtra;

/**
 * Launcher of the jar: with no command it opens the window, otherwise it runs an office command. It
 * does not extend {@code Application}, so JavaFX can load from the classpath.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (opensWindow(args)) {
      KiemtraApp.main(args);
    } else {
      System.exit(KiemtraCli.run(args));
    }
  }

  /** No arguments, or only {@code --db PATH}: the window. */
  static boolean opensWindow(String[] args) {
    if (args.length == 0) {
      return true;
    }
    if (args.length == 2 && args[0].equals("--db")) {
      return true;
    }
    return args.length == 1 && args[0].startsWith("--db=");
  }
}
