package vn.kiemtra.report.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time tool: compiles every {@code *.jrxml} of a folder to {@code .jasper} in another, so the
 * application never compiles a template at print time. Run by the build in a forked JVM.
 */
public final class JrxmlCompiler {
  private JrxmlCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 2) {
      System.err.println("usage: JrxmlCompiler <jrxml-dir> <output-dir>");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    if (!Files.isDirectory(source)) {
      return;
    }
    List<Path> templates;
    try (Stream<Path> files = Files.list(source)) {
      templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path jrxml : templates) {
      String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
      Path out = target.resolve(name);
      if (Files.exists(out)
          && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(jrxml)) > 0) {
        continue;
      }
      long start = System.nanoTime();
      JasperCompileManager.compileReportToFile(jrxml.toString(), out.toString());
      System.out.printf(
          "compiled %s in %d ms%n", jrxml.getFileName(), (System.nanoTime() - start) / 1_000_000);
    }
  }
}
