package vn.kiemtra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class StartupTimesTest {

  @Test
  void ageIsUptimeSinceBootMinusTheProcessStart() {
    // A command name with spaces and parentheses, as Linux writes it; start at tick 99,950.
    String stat =
        "4242 (java (kiem) tra) S 1 4242 4242 0 -1 4194560 5000 0 0 0 120 30 0 0 20 0 30 0 99950"
            + " 4096000000 60000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
    assertEquals(1_000, StartupTimes.linuxUptimeMillis("1000.50 1900.12\n", stat));
    assertEquals(0, StartupTimes.linuxUptimeMillis("999.50 1.00", stat));
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void theProcessIsNeverYoungerThanItsJvm() {
    // The start instant of ProcessHandle counts from a boot time rounded to the second, so it
    // could make the process up to a second younger than the JVM inside it.
    long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
    long process = StartupTimes.processUptimeMillis();
    long jvmAfter = ManagementFactory.getRuntimeMXBean().getUptime();
    assertTrue(process >= jvm - 10, process + " ms < JVM uptime " + jvm + " ms");
    assertTrue(process <= jvmAfter + 1_000, process + " ms, JVM uptime " + jvmAfter + " ms");
  }
}
