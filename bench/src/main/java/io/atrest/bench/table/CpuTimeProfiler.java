package io.atrest.bench.table;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark JVM per operation ({@code -prof io.atrest.bench.table.CpuTimeProfiler}):
 * the process's CPU time over an iteration (benchmark thread, GC and JIT together) divided by the
 * operations measured. On a shared machine, wall time per operation also counts the time the
 * benchmark thread waited for a core; CPU time does not, so ratios of it stay comparable when the
 * load from other work changes between benchmarks of one run.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long startNanos;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    startNanos = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpuNanos = os.getProcessCpuTime() - startNanos;
    long ops = Math.max(1, result.getMetadata().getMeasuredOps());
    return List.of(new ScalarResult("cpu.time.norm", cpuNanos / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
  }
}
