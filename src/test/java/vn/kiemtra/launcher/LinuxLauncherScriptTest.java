package vn.kiemtra.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed program's Linux launcher ({@code src/main/packaging/linux/launcher.sh}, ADR 0013),
 * run in a folder laid out as the app image, with a stand-in {@code java} that writes down the
 * arguments it was given.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherScriptTest {
  @TempDir Path dir;
  private Path root;
  private Path launcher;

  @BeforeEach
  void appImage() throws IOException {
    root = dir.resolve("opt/kiem tra");
    Path app = Files.createDirectories(root.resolve("lib/app"));
    Path runtime = Files.createDirectories(root.resolve("lib/runtime/bin"));
    Files.createDirectories(root.resolve("bin"));
    // What the installer build puts in: the class path, one option line per JVM option, the main
    // class (Installer.shellLauncher fills these in from jpackage's kiemtra.cfg).
    String script =
        Files.readString(Path.of("src/main/packaging/linux/launcher.sh"), StandardCharsets.UTF_8)
            .replace("@CLASSPATH@", "\"$APPDIR\"'/kiemtra.jar:'\"$APPDIR\"'/lib/h2.jar'")
            .replace(
                "@OPTIONS@\n", "  \"-XX:SharedArchiveFile=$ARCHIVE\" \\\n  '-Xshare:auto' \\\n")
            .replace("@MAINCLASS@", "'vn.kiemtra.Main'");
    launcher = executable(root.resolve("bin/kiemtra"), script);
    executable(
        runtime.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    for (String archive : List.of("kiemtra.jsa", "kiemtra-window.jsa", "kiemtra-command.jsa")) {
      Files.writeString(app.resolve(archive), "");
    }
  }

  @Test
  void passesTheClassPathOptionsAndEveryArgumentUnchanged() throws Exception {
    Path app = root.resolve("lib/app");
    assertEquals(
        List.of(
            "-classpath",
            app.resolve("kiemtra.jar") + ":" + app.resolve("lib/h2.jar"),
            "-XX:SharedArchiveFile=" + app.resolve("kiemtra.jsa"),
            "-Xshare:auto",
            "-Djpackage.app-path=" + launcher,
            "vn.kiemtra.Main",
            "minutes",
            "render",
            "3b0f8a52",
            "--out",
            "biên bản $HOME 'x'.pdf"),
        run(launcher, "minutes", "render", "3b0f8a52", "--out", "biên bản $HOME 'x'.pdf"));
  }

  @Test
  void mapsTheArchiveMadeForHowTheProgramStarts() throws Exception {
    assertEquals("kiemtra-window.jsa", archive());
    assertEquals("kiemtra-window.jsa", archive("--db", "/home/a/kiemtra"));
    assertEquals("kiemtra-window.jsa", archive("/home/a/Tải về/goi-doan-1.KIEMTRA"));
    assertEquals("kiemtra-command.jsa", archive("template", "list"));
    assertEquals("kiemtra-command.jsa", archive("--db", "/home/a/minutes", "inspection", "list"));
    assertEquals("kiemtra-command.jsa", archive("--db=/home/a/k", "doctor"));
    assertEquals("kiemtra.jsa", archive("minutes", "render", "x"));
    assertEquals("kiemtra.jsa", archive("sync", "import", "goi.kiemtra"));
    assertEquals("kiemtra.jsa", archive("--help"));
  }

  @Test
  void usesTheWholeArchiveWhereNoSmallerOneWasMade() throws Exception {
    // The app image carries only kiemtra.jsa; the .deb makes the other two when installed.
    Files.delete(root.resolve("lib/app/kiemtra-window.jsa"));
    Files.delete(root.resolve("lib/app/kiemtra-command.jsa"));
    assertEquals("kiemtra.jsa", archive());
    assertEquals("kiemtra.jsa", archive("template", "list"));
  }

  @Test
  void findsItsFolderThroughASymbolicLink() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("kiemtra"), launcher);
    List<String> args = run(link, "doctor");
    assertEquals(
        root.resolve("lib/app/kiemtra.jar") + ":" + root.resolve("lib/app/lib/h2.jar"),
        args.get(1));
    assertEquals("-Djpackage.app-path=" + launcher, args.get(4));
  }

  private String archive(String... args) throws Exception {
    String option = run(launcher, args).get(2);
    return Path.of(option.substring("-XX:SharedArchiveFile=".length())).getFileName().toString();
  }

  private List<String> run(Path program, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(program.toString()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    return out.lines().toList();
  }

  private static Path executable(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    file.toFile().setExecutable(true, false);
    return file;
  }
}
