import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds kiemtra's installers with the JDK's own tools (run by {@code mvn -Pinstaller package}, see
 * docs/install.md): JavaFX jars turned into jmods (native libraries into the runtime, not extracted
 * at every start), a trimmed runtime with jlink, the app image with jpackage, a class-data-sharing
 * archive made from training runs of the app image, then the system's installer (.deb, .msi or
 * .dmg).
 *
 * <p>Arguments: target folder, version, installer type ("deb", "msi", "dmg", or "none").
 */
public final class Installer {
  /** The JDK modules kiemtra uses (jdeps on the jar and its libraries), plus JavaFX. */
  static final List<String> MODULES =
      List.of(
          "java.base",
          "java.desktop",
          "java.sql",
          "java.sql.rowset",
          "java.management",
          "java.naming",
          "java.prefs",
          "java.xml",
          "java.logging",
          "java.scripting",
          "jdk.xml.dom",
          "jdk.unsupported",
          "jdk.crypto.ec",
          "jdk.localedata",
          "javafx.controls",
          "javafx.fxml",
          "javafx.swing");

  static final String NAME = "kiemtra";
  static final String MAIN_CLASS = "vn.kiemtra.Main";

  private final Path target;
  private final String version;
  private final String type;
  private final Path work;
  private final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);

  private Installer(Path target, String version, String type) {
    this.target = target;
    this.version = version;
    this.type = type;
    this.work = target.resolve("installer-work");
  }

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]).toAbsolutePath();
    new Installer(target, args[1], args.length > 2 ? args[2] : "auto").build();
  }

  private void build() throws Exception {
    long t0 = System.nanoTime();
    Path out = target.resolve("installer");
    delete(out);
    delete(work);
    Files.createDirectories(work);
    Path jmods = javafxJmods();
    Path runtime = work.resolve("runtime");
    tool(
        "jlink",
        "--module-path",
        jmods + File.pathSeparator + Path.of(System.getProperty("java.home"), "jmods"),
        "--add-modules",
        String.join(",", MODULES),
        "--strip-debug",
        "--no-header-files",
        "--no-man-pages",
        "--compress=2",
        "--include-locales=en,vi",
        "--output",
        runtime.toString());
    if (os.contains("linux") && onPath("objcopy")) {
      stripNativeSymbols(runtime);
    }
    Path input = appInput();
    Path icons = target.getParent().resolve("src/main/packaging/icons");
    List<String> image = new ArrayList<>();
    image.addAll(
        List.of(
            "--type",
            "app-image",
            "--name",
            NAME,
            "--app-version",
            numericVersion(),
            "--vendor",
            "kiemtra",
            "--description",
            "Kiểm tra CCHC",
            "--input",
            input.toString(),
            "--main-jar",
            NAME + ".jar",
            "--main-class",
            MAIN_CLASS,
            "--runtime-image",
            runtime.toString(),
            "--icon",
            icons.resolve(iconFile()).toString(),
            "--dest",
            out.toString()));
    for (String option : JAVA_OPTIONS) {
      image.add("--java-options");
      image.add(option);
    }
    tool("jpackage", image.toArray(String[]::new));
    Path app = appImage(out);
    classDataArchive(app);
    if (!os.contains("win") && !os.contains("mac")) {
      shellLauncher(app);
    }
    String installer = installerType();
    if (!installer.equals("none")) {
      Path associations = work.resolve("kiemtra-file.properties");
      Files.writeString(
          associations,
          "extension=kiemtra\nmime-type=application/x-kiemtra\n"
              + "description=Gói đồng bộ kiemtra\nicon="
              + icons.resolve(iconFile()).toString().replace("\\", "/")
              + "\n",
          StandardCharsets.UTF_8);
      List<String> pkg = new ArrayList<>();
      pkg.addAll(
          List.of(
              "--type",
              installer,
              "--app-image",
              app.toString(),
              "--name",
              NAME,
              "--app-version",
              numericVersion(),
              "--vendor",
              "kiemtra",
              "--description",
              "Kiểm tra CCHC — phiếu kiểm tra, biên bản và đồng bộ cho Đoàn kiểm tra CCHC",
              "--icon",
              icons.resolve(iconFile()).toString(),
              "--file-associations",
              associations.toString(),
              "--dest",
              out.toString()));
      switch (installer) {
        case "deb" ->
            pkg.addAll(
                List.of(
                    // Its desktop entry passes the double-clicked file (%f): jpackage 17's omits it.
                    "--resource-dir",
                    target.getParent().resolve("src/main/packaging/linux").toString(),
                    "--linux-shortcut",
                    "--linux-menu-group",
                    "Office",
                    "--linux-app-category",
                    "office",
                    "--linux-package-name",
                    NAME));
        case "msi" ->
            pkg.addAll(
                List.of(
                    "--win-menu",
                    "--win-menu-group",
                    "kiemtra",
                    "--win-shortcut",
                    "--win-dir-chooser",
                    "--win-per-user-install",
                    "--win-upgrade-uuid",
                    "3f0c5b2e-8d41-4a6e-9b7c-2e5d1a9f4c60"));
        case "dmg" -> pkg.addAll(List.of("--mac-package-identifier", "vn.kiemtra"));
        default -> {}
      }
      // The archive records where the jars are: one made here would not match the installed
      // program. The package carries the class list; the .deb makes the archive when installed.
      Path archive = appDir(app).resolve(NAME + ".jsa");
      Path aside = work.resolve(NAME + ".jsa");
      boolean hadArchive = Files.exists(archive);
      if (hadArchive) {
        Files.move(archive, aside, StandardCopyOption.REPLACE_EXISTING);
      }
      List<Path> packageLists = new ArrayList<>();
      for (String kind : List.of("-window", "-command")) {
        Path list = work.resolve(NAME + kind + ".classlist");
        if (Files.exists(list)) {
          packageLists.add(Files.copy(list, appDir(app).resolve(list.getFileName())));
        }
      }
      try {
        tool("jpackage", pkg.toArray(String[]::new));
      } finally {
        if (hadArchive) {
          Files.move(aside, archive);
        }
        for (Path list : packageLists) {
          Files.delete(list);
        }
      }
    }
    System.out.printf(
        "installer: app image %s (%d MB), built in %d s%n",
        app,
        size(app) >> 20,
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
  }

  /** The native libraries' symbol tables (debugging only) cost several MB of the image. */
  private void stripNativeSymbols(Path runtime) throws Exception {
    try (Stream<Path> files = Files.walk(runtime.resolve("lib"))) {
      for (Path so : files.filter(p -> p.toString().endsWith(".so")).toList()) {
        so.toFile().setWritable(true);
        new ProcessBuilder("objcopy", "--strip-unneeded", so.toString())
            .inheritIO()
            .start()
            .waitFor();
      }
    }
  }

  /**
   * Linux: replaces jpackage's launcher with a shell script that starts the bundled runtime with
   * the same arguments. jpackage 17's Linux launcher asks rpm and then dpkg which package owns it,
   * twice, at every start (to find its own library), which costs 0.3-0.4 s on a machine where dpkg
   * is installed, whether the program was installed from the .deb or unpacked (ADR 0013). The
   * script ({@code src/main/packaging/linux/launcher.sh}) is filled in from the launcher's
   * configuration, so it passes the same class path, options and main class; jpackage's launcher
   * is kept beside the build for the start-up benchmark.
   */
  private void shellLauncher(Path app) throws IOException {
    Path cfg = appDir(app).resolve(NAME + ".cfg");
    List<String> classPath = new ArrayList<>();
    StringBuilder options = new StringBuilder();
    String mainClass = MAIN_CLASS;
    for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
      if (line.startsWith("app.classpath=")) {
        classPath.add(line.substring("app.classpath=".length()));
      } else if (line.startsWith("app.mainclass=")) {
        mainClass = line.substring("app.mainclass=".length());
      } else if (line.startsWith("java-options=")) {
        String option = line.substring("java-options=".length());
        options
            .append("  ")
            .append(
                option.startsWith("-XX:SharedArchiveFile=")
                    ? "\"-XX:SharedArchiveFile=$ARCHIVE\""
                    : shellWord(option))
            .append(" \\\n");
      }
    }
    Path template = target.getParent().resolve("src/main/packaging/linux/launcher.sh");
    String script =
        Files.readString(template, StandardCharsets.UTF_8)
            .replace("@CLASSPATH@", shellWord(String.join(":", classPath)))
            .replace("@OPTIONS@\n", options.toString())
            .replace("@MAINCLASS@", shellWord(mainClass));
    Path exe = launcher(app);
    Files.copy(exe, work.resolve("jpackage-launcher"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(exe, script, StandardCharsets.UTF_8);
    exe.toFile().setExecutable(true, false);
  }

  /**
   * One shell word for a launcher argument: literal text in single quotes, {@code $APPDIR} left
   * for the shell to expand in double quotes.
   */
  static String shellWord(String arg) {
    String[] parts = arg.split("\\$APPDIR", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append("\"$APPDIR\"");
      }
      if (!parts[i].isEmpty()) {
        out.append('\'').append(parts[i].replace("'", "'\\''")).append('\'');
      }
    }
    return out.toString();
  }

  /** What the launcher passes to the JVM (the archive option is added once it exists). */
  static final List<String> JAVA_OPTIONS =
      List.of(
          "-Dfile.encoding=UTF-8",
          "-Dorg.jooq.no-logo=true",
          "-Dorg.jooq.no-tips=true",
          // C2 compiles ten times later: at start the two cores go to the work, not to optimising
          // code run a few thousand times; hashing loops still reach C2 (and its SHA-256
          // intrinsic) within the first megabytes (ADR 0009).
          "-XX:Tier4InvocationThreshold=50000",
          "-XX:Tier4MinInvocationThreshold=6000",
          "-XX:Tier4CompileThreshold=150000",
          "-XX:Tier4BackEdgeThreshold=400000");

  /** jpackage wants 1.2.3: the Maven version without a qualifier such as -SNAPSHOT. */
  private String numericVersion() {
    return version.replaceAll("[^0-9.].*$", "");
  }

  private String installerType() {
    if (!type.equals("auto")) {
      return type;
    }
    if (os.contains("win")) {
      return "msi";
    }
    return os.contains("mac") ? "dmg" : "deb";
  }

  private String iconFile() {
    if (os.contains("win")) {
      return "kiemtra.ico";
    }
    return os.contains("mac") ? "kiemtra.icns" : "kiemtra.png";
  }

  private Path appImage(Path out) {
    Path mac = out.resolve(NAME + ".app");
    return Files.isDirectory(mac) ? mac : out.resolve(NAME);
  }

  private Path appDir(Path app) {
    Path mac = app.resolve("Contents/app");
    return Files.isDirectory(mac) ? mac : app.resolve(os.contains("win") ? "app" : "lib/app");
  }

  private Path launcher(Path app) {
    if (os.contains("win")) {
      return app.resolve(NAME + ".exe");
    }
    Path mac = app.resolve("Contents/MacOS/" + NAME);
    return Files.exists(mac) ? mac : app.resolve("bin/" + NAME);
  }

  /** kiemtra.jar and the libraries except JavaFX (which is in the runtime as modules). */
  private Path appInput() throws IOException {
    Path input = work.resolve("input");
    Files.createDirectories(input.resolve("lib"));
    Files.copy(target.resolve(NAME + ".jar"), input.resolve(NAME + ".jar"));
    try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
      for (Path lib : libs.toList()) {
        if (!lib.getFileName().toString().startsWith("javafx-")) {
          Files.copy(lib, input.resolve("lib").resolve(lib.getFileName()));
        }
      }
    }
    return input;
  }

  /**
   * JavaFX's platform jars as jmods: classes from the jar, native libraries as the module's
   * libraries, so jlink puts them into the runtime where the toolkit loads them directly.
   */
  private Path javafxJmods() throws IOException {
    Path jmods = work.resolve("jmods");
    Files.createDirectories(jmods);
    List<Path> jars;
    try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
      jars =
          libs.filter(p -> p.getFileName().toString().matches("javafx-[a-z]+-.*-[a-z0-9-]+\\.jar"))
              .filter(Installer::isModular)
              .toList();
    }
    for (Path jar : jars) {
      String module = "javafx." + jar.getFileName().toString().split("-")[1];
      Path classes = work.resolve("fx/" + module + ".jar");
      Path natives = work.resolve("fx/" + module + "-native");
      Files.createDirectories(natives);
      splitNatives(jar, classes, natives);
      List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
      try (Stream<Path> n = Files.list(natives)) {
        if (n.findAny().isPresent()) {
          args.addAll(List.of("--libs", natives.toString()));
        }
      }
      args.add(jmods.resolve(module + ".jmod").toString());
      tool("jmod", args.toArray(String[]::new));
    }
    return jmods;
  }

  private static boolean isModular(Path jar) {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals("module-info.class")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void splitNatives(Path jar, Path classes, Path natives) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(classes))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        String name = e.getName();
        if (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib")) {
          Files.copy(
              in,
              natives.resolve(name.substring(name.lastIndexOf('/') + 1)),
              StandardCopyOption.REPLACE_EXISTING);
        } else if (!name.endsWith(".sha1") && !name.startsWith("META-INF/INDEX")) {
          out.putNextEntry(new ZipEntry(name));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
  }

  /**
   * Trains the app image (office commands, and the window when a display is at hand), then dumps
   * every class those runs loaded into one archive beside the jar, and tells the launcher to map
   * it. A run that cannot train leaves a smaller archive, never a broken program.
   */
  private void classDataArchive(Path app) throws Exception {
    Path exe = launcher(app);
    Path folder = work.resolve("cds");
    Files.createDirectories(folder);
    Path db = folder.resolve("training/kiemtra");
    Path sample = target.getParent().resolve("src/test/resources/fixtures/seed-inspection.json");
    List<List<String>> runs = new ArrayList<>();
    runs.add(List.of("--db", db.toString(), "template", "list"));
    runs.add(List.of("--db", db.toString(), "inspection", "list"));
    if (Files.exists(sample)) {
      runs.add(List.of("--db", db.toString(), "inspection", "import", sample.toString()));
      runs.add(List.of("--db", db.toString(), "inspection", "score", SEED_ID));
      runs.add(
          List.of(
              "--db",
              db.toString(),
              "minutes",
              "render",
              SEED_ID,
              "--out",
              folder.resolve("training.pdf").toString()));
      runs.add(
          List.of(
              "--db",
              db.toString(),
              "minutes",
              "render",
              SEED_ID,
              "--format",
              "docx",
              "--out",
              folder.resolve("training.docx").toString()));
    }
    runs.add(List.of("--db", db.toString(), "doctor"));
    List<List<String>> lists = new ArrayList<>();
    int n = 0;
    for (List<String> args : runs) {
      Path list = folder.resolve("run" + n++ + ".lst");
      run(exe, args, Map.of("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + list), null);
      lists.add(readList(list));
    }
    Path windowList = folder.resolve("window.lst");
    List<String> window = trainWindow(exe, db, windowList) ? readList(windowList) : List.of();
    List<String> ranked = ranked(lists.get(0), window, lists);
    List<String> generated = generatedClasses(window, lists);
    Path archive = appDir(app).resolve(NAME + ".jsa");
    // The packages make the archive where they install the program, outside the image's budget:
    // from every class the training runs loaded, not only those that fit here.
    Files.write(archive.resolveSibling(NAME + ".classlist"), withGenerated(ranked, generated));
    // ... and one list per way of starting, for a smaller archive each (ADR 0013): the window's
    // classes, and the short office commands' (everything but reports and sync). Flyway is left
    // out of both: it loads only when a file needs migrating.
    List<List<String>> commandRuns = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      if (!runs.get(i).contains("minutes")) {
        commandRuns.add(lists.get(i));
      }
    }
    // Only the packages carry these two (packageLists): they stay out of the app image's budget.
    Files.write(
        work.resolve(NAME + "-window.classlist"),
        withGenerated(startClasses(List.of(window)), generated));
    Files.write(
        work.resolve(NAME + "-command.classlist"),
        withGenerated(startClasses(commandRuns), generated));
    long budget = IMAGE_BUDGET - size(app);
    // About 20 kB per class: start near the budget, so the first dump is usually the last.
    int count = (int) Math.min(ranked.size(), budget / 20_000);
    Path subset = folder.resolve("in-image.classlist");
    for (int attempt = 0; attempt < 6 && count > 0; attempt++) {
      Files.write(subset, withGenerated(ranked.subList(0, count), generated));
      dump(exe, subset, archive);
      if (!Files.exists(archive) || Files.size(archive) <= budget) {
        break;
      }
      // The archive costs about the same per class: keep the start of the ranking that fits.
      count = (int) (count * (budget * 0.9) / Files.size(archive));
      Files.delete(archive);
    }
    if (!Files.exists(archive)) {
      System.out.println("installer: no class-data archive was made; the program runs without it");
      return;
    }
    Path cfg = appDir(app).resolve(NAME + ".cfg");
    String text = Files.readString(cfg);
    text =
        text.replace(
            "[JavaOptions]\n",
            "[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/"
                + NAME
                + ".jsa\njava-options=-Xshare:auto\n");
    Files.writeString(cfg, text);
    System.out.printf(
        "installer: class-data archive of the first %d of %d start-up classes, %d MB%n",
        count, ranked.size(), Files.size(archive) >> 20);
  }

  /**
   * The app image (runtime, libraries and archive) stays under 120 MB: what the runtime and the
   * libraries leave of this is the archive's budget.
   */
  static final long IMAGE_BUDGET = 118L << 20;

  /**
   * The classes worth archiving first: those every start loads (the office command and the window
   * both), the application's own before the JDK's (they are read from jars and verified, the JDK's
   * are not), then the window's, then the rest, each in loading order.
   */
  private static List<String> ranked(
      List<String> command, List<String> window, List<List<String>> all) {
    Set<String> inWindow = new java.util.HashSet<>(window);
    Set<String> out = new LinkedHashSet<>();
    List<String> both =
        command.stream().filter(inWindow::contains).filter(c -> !c.startsWith("@")).toList();
    both.stream().filter(c -> !isJdk(c)).forEach(out::add);
    out.addAll(both);
    window.stream().filter(c -> !c.startsWith("@")).forEach(out::add);
    all.forEach(l -> l.stream().filter(c -> !c.startsWith("@")).forEach(out::add));
    return new ArrayList<>(out);
  }

  /** The classes the given runs loaded, each once, in loading order, without Flyway's. */
  private static List<String> startClasses(List<List<String>> lists) {
    Set<String> out = new LinkedHashSet<>();
    lists.forEach(
        l ->
            l.stream()
                .filter(c -> !c.startsWith("@") && !c.startsWith("org/flywaydb/"))
                .forEach(out::add));
    return new ArrayList<>(out);
  }

  /**
   * The training runs' lambda classes ({@code @lambda-proxy}) and method-handle forms ({@code
   * @lambda-form-invoker}): the JVM generates them at every start unless they are archived too.
   */
  private static List<String> generatedClasses(List<String> window, List<List<String>> all) {
    Set<String> out = new LinkedHashSet<>();
    Stream.concat(Stream.of(window), all.stream())
        .flatMap(List::stream)
        .filter(l -> l.startsWith("@lambda-proxy ") || l.startsWith("@lambda-form-invoker "))
        .forEach(out::add);
    return new ArrayList<>(out);
  }

  /**
   * The classes to archive followed by the generated classes that belong to them (a lambda is
   * archived only with the class that declares it).
   */
  private static List<String> withGenerated(List<String> classes, List<String> generated) {
    Set<String> included = new java.util.HashSet<>(classes);
    List<String> out = new ArrayList<>(classes);
    for (String line : generated) {
      if (line.startsWith("@lambda-form-invoker ") || included.contains(line.split(" ")[1])) {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean isJdk(String className) {
    return className.matches("(java|javax|jdk|sun|com/sun|javafx)/.*");
  }

  /** Dumps the archive of the classes a class list names. */
  private void dump(Path exe, Path list, Path archive) throws Exception {
    run(
        exe,
        List.of(),
        Map.of(
            "JAVA_TOOL_OPTIONS",
            "-Xshare:dump -XX:SharedClassListFile=" + list + " -XX:SharedArchiveFile=" + archive),
        null);
  }

  /** The id of the seed inspection in src/test/resources/fixtures/seed-inspection.json. */
  static final String SEED_ID = "3b0f8a52-6a3e-4c1e-9d7a-2c5e1f0b9a14";

  private static List<String> readList(Path list) throws IOException {
    return Files.exists(list) ? Files.readAllLines(list) : List.of();
  }

  /**
   * Opens the window once (it closes itself when the list has loaded): on a desktop directly, on
   * Linux without one under a private Xvfb display when Xvfb is installed.
   */
  private boolean trainWindow(Path exe, Path db, Path list) throws Exception {
    Process xvfb = null;
    String display = System.getenv("DISPLAY");
    boolean linux = !os.contains("win") && !os.contains("mac");
    try {
      if (linux && (display == null || display.isBlank())) {
        if (!onPath("Xvfb")) {
          System.out.println("installer: no display and no Xvfb: the window is not trained");
          return false;
        }
        display = ":" + (90 + (int) (ProcessHandle.current().pid() % 9));
        xvfb =
            new ProcessBuilder("Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Thread.sleep(1000);
      }
      Map<String, String> env =
          display == null
              ? Map.of("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + list + WINDOW_TRAINING)
              : Map.of(
                  "JAVA_TOOL_OPTIONS",
                  "-XX:DumpLoadedClassList=" + list + WINDOW_TRAINING,
                  "DISPLAY",
                  display);
      return run(exe, List.of("--db", db.toString()), env, 600) == 0;
    } finally {
      if (xvfb != null) {
        xvfb.destroy();
      }
    }
  }

  /** Makes the window close itself once the inspection list has loaded. */
  static final String WINDOW_TRAINING = " -Dkiemtra.exitWhenReady=true";

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private int run(Path exe, List<String> args, Map<String, String> env, Integer timeoutSeconds)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(exe.toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.redirectOutput(work.resolve("cds/runs.log").toFile());
    if (Files.exists(work.resolve("cds/runs.log"))) {
      pb.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("cds/runs.log").toFile()));
    }
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds == null ? 1800 : timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  private static void tool(String name, String... args) {
    ToolProvider tool =
        ToolProvider.findFirst(name)
            .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK"));
    PrintWriter out = new PrintWriter(System.out, true);
    int rc = tool.run(out, new PrintWriter(System.err, true), args);
    if (rc != 0) {
      throw new IllegalStateException(name + " failed (" + rc + "): " + String.join(" ", args));
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
