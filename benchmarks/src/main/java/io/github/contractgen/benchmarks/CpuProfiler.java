package io.github.contractgen.benchmarks;

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
 * CPU time of the whole benchmark JVM per operation ({@code cpu.time.norm}, microseconds): every
 * thread's user and system time, the benchmark's, the HTTP client's, the loopback server's, JIT and GC.
 *
 * <p>Throughput on a machine shared with other jobs says as much about their load as about the code;
 * the CPU an operation costs moves much less, so two benchmarks that ran at different moments can still
 * be compared. Use with {@code -prof io.github.contractgen.benchmarks.CpuProfiler}; it reads
 * {@link OperatingSystemMXBean#getProcessCpuTime()} before and after each iteration.
 */
public final class CpuProfiler implements InternalProfiler {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long startNanos;

    @Override
    public String getDescription() {
        return "process CPU time (user + system, all threads) per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startNanos = OS.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long cpu = OS.getProcessCpuTime() - startNanos;
        long ops = result.getMetadata().getAllOps();
        double perOp = ops == 0 ? Double.NaN : cpu / 1_000.0 / ops;
        return List.of(new ScalarResult("cpu.time.norm", perOp, "us/op", AggregationPolicy.AVG));
    }
}
