package vn.kiemtra.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code .deb}'s maintainer scripts ({@code src/main/packaging/linux/postinst} and {@code
 * prerm}) run as dpkg runs them, in a folder standing for {@code /opt/kiemtra}, with the desktop
 * commands jpackage fills in and stand-ins for the xdg tools and the bundled {@code java}.
 */
@EnabledOnOs(OS.LINUX)
class LinuxPackageScriptsTest {
  /** What jpackage 17 puts in place of DESKTOP_COMMANDS_INSTALL and _UNINSTALL for kiemtra. */
  private static final String INSTALL =
      "xdg-desktop-menu install /opt/kiemtra/lib/kiemtra-kiemtra.desktop\n"
          + "xdg-mime install /opt/kiemtra/lib/kiemtra-kiemtra-MimeInfo.xml\n"
          + "xdg-icon-resource install --context mimetypes --size 128"
          + " /opt/kiemtra/lib/application-x-kiemtra.png application-x-kiemtra\n";

  private static final String UNINSTALL =
      "xdg-desktop-menu uninstall /opt/kiemtra/lib/kiemtra-kiemtra.desktop\n"
          + "xdg-mime uninstall /opt/kiemtra/lib/kiemtra-kiemtra-MimeInfo.xml\n"
          + "xdg-icon-resource uninstall application-x-kiemtra --size 128\n";

  @TempDir Path dir;
  private Path root;
  private Path tools;
  private Path app;

  @BeforeEach
  void installedFolder() throws IOException {
    root = dir.resolve("opt/kiemtra");
    app = Files.createDirectories(root.resolve("lib/app"));
    Path runtime = Files.createDirectories(root.resolve("lib/runtime/bin"));
    tools = Files.createDirectories(dir.resolve("tools"));
    Files.writeString(
        app.resolve("kiemtra.cfg"),
        "[Application]\napp.classpath=$APPDIR/kiemtra.jar\napp.classpath=$APPDIR/lib/h2.jar\n");
    for (String list : List.of("kiemtra", "kiemtra-window", "kiemtra-command")) {
      Files.writeString(app.resolve(list + ".classlist"), "java/lang/Object\n");
    }
    // The bundled java: an archive dump writes the file named by -XX:SharedArchiveFile.
    executable(
        runtime.resolve("java"),
        "#!/bin/sh\nfor a in \"$@\"; do case $a in -XX:SharedArchiveFile=*)"
            + " echo archive > \"${a#-XX:SharedArchiveFile=}\" ;; esac; done\n");
  }

  @Test
  void installsOnAMachineWithoutADesktopMenuAndStillMakesTheArchives() throws Exception {
    // xdg-desktop-menu's answer where no menu folder exists (a machine without a desktop).
    tool(
        "xdg-desktop-menu",
        "echo 'xdg-desktop-menu: No writable system menu directory found.' >&2; exit 3");
    tool("xdg-mime", "exit 0");
    tool("xdg-icon-resource", "exit 3");
    Result result = run("postinst", INSTALL, "configure");
    assertEquals(0, result.exit, result.output);
    assertTrue(
        result.output.contains("menu entry and the .kiemtra file type could not all be registered"),
        result.output);
    for (String archive : List.of("kiemtra.jsa", "kiemtra-window.jsa", "kiemtra-command.jsa")) {
      assertTrue(Files.exists(app.resolve(archive)), archive + "\n" + result.output);
    }
  }

  @Test
  void registersTheMenuEntryWhereTheDesktopHasOne() throws Exception {
    Path log = dir.resolve("xdg.log");
    for (String name : List.of("xdg-desktop-menu", "xdg-mime", "xdg-icon-resource")) {
      tool(name, "echo \"" + name + " $*\" >> '" + log + "'");
    }
    Result result = run("postinst", INSTALL, "configure");
    assertEquals(0, result.exit, result.output);
    assertFalse(result.output.contains("could not all be registered"), result.output);
    List<String> calls = Files.readAllLines(log);
    assertEquals(3, calls.size(), calls.toString());
    assertTrue(calls.get(0).startsWith("xdg-desktop-menu install "), calls.toString());
  }

  @Test
  void removesTheArchivesEvenWhereTheMenuEntryCannotBeRemoved() throws Exception {
    for (String name : List.of("xdg-desktop-menu", "xdg-mime", "xdg-icon-resource")) {
      tool(name, "exit 3");
    }
    for (String archive : List.of("kiemtra.jsa", "kiemtra-window.jsa", "kiemtra-command.jsa")) {
      Files.writeString(app.resolve(archive), "archive");
    }
    Result result = run("prerm", UNINSTALL, "remove");
    assertEquals(0, result.exit, result.output);
    for (String archive : List.of("kiemtra.jsa", "kiemtra-window.jsa", "kiemtra-command.jsa")) {
      assertFalse(Files.exists(app.resolve(archive)), archive);
    }
  }

  private Result run(String script, String desktopCommands, String argument) throws Exception {
    String text =
        Files.readString(Path.of("src/main/packaging/linux/" + script), StandardCharsets.UTF_8)
            .replace("DESKTOP_COMMANDS_INSTALL\n", desktopCommands)
            .replace("DESKTOP_COMMANDS_UNINSTALL\n", desktopCommands)
            .replace("UTILITY_SCRIPTS\n", "")
            .replace("/opt/kiemtra", root.toString());
    Path file = executable(dir.resolve(script), text);
    ProcessBuilder builder =
        new ProcessBuilder("/bin/sh", file.toString(), argument)
            .directory(dir.toFile())
            .redirectErrorStream(true);
    builder.environment().put("PATH", tools + ":/usr/bin:/bin");
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
    return new Result(p.exitValue(), out);
  }

  private void tool(String name, String body) throws IOException {
    executable(tools.resolve(name), "#!/bin/sh\n" + body + "\n");
  }

  private static Path executable(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    file.toFile().setExecutable(true, false);
    return file;
  }

  private record Result(int exit, String output) {}
}
