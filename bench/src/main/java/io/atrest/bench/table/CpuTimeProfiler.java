package io.atrest.bench.table;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation ({@code -prof io.atrest.bench.table.CpuTimeProfiler}), two ways:
 *
 * <ul>
 *   <li>{@code cpu.time.norm}: the process's CPU time over an iteration (benchmark threads, GC and
 *       JIT together) divided by the operations measured;
 *   <li>{@code cpu.thread.norm}: the benchmark threads' own CPU time (JMH's worker threads) divided
 *       by the operations measured: no JIT compiler still at work and no GC thread, so it is the
 *       steadier of the two while the machine is loaded, and the lower.
 * </ul>
 *
 * On a shared machine, wall time per operation also counts the time the benchmark thread waited for
 * a core; CPU time does not, so ratios of it stay comparable when the load from other work changes
 * between benchmarks of one run.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long startNanos;
  private Map<Long, Long> workersAtStart = Map.of();

  @Override
  public String getDescription() {
    return "process and benchmark-thread CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    workersAtStart = workerCpuNanos();
    startNanos = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpuNanos = os.getProcessCpuTime() - startNanos;
    long workerNanos = 0;
    for (Map.Entry<Long, Long> e : workerCpuNanos().entrySet()) {
      workerNanos += e.getValue() - workersAtStart.getOrDefault(e.getKey(), 0L);
    }
    long ops = Math.max(1, result.getMetadata().getMeasuredOps());
    return List.of(
        new ScalarResult("cpu.time.norm", cpuNanos / 1000.0 / ops, "us/op", AggregationPolicy.AVG),
        new ScalarResult(
            "cpu.thread.norm", workerNanos / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
  }

  /** CPU time so far of each live JMH worker thread, by thread id. */
  private Map<Long, Long> workerCpuNanos() {
    Map<Long, Long> out = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains("-jmh-worker-")) {
        long nanos = threads.getThreadCpuTime(info.getThreadId());
        if (nanos >= 0) {
          out.put(info.getThreadId(), nanos);
        }
      }
    }
    return out;
  }
}
