#!/usr/bin/env python3
"""Turns the raw results of benchmarks/run.sh into BENCHMARKS.md.

usage: report.py <results dir> <BENCHMARKS.md>
       report.py --goal-ms <maven log>   (prints the contractgen goal's time read off a timed log)
"""
import datetime
import json
import pathlib
import statistics
import sys


def goal_ms(log):
    """Milliseconds from Maven's '--- contractgen...:generate' line to the plugin's summary line."""
    start = end = None
    for line in pathlib.Path(log).read_text(encoding="utf-8", errors="replace").splitlines():
        if "--- contractgen" in line and ":generate" in line:
            start = stamp(line)
        elif start is not None and "] contractgen: " in line:
            end = stamp(line)
    if start is None or end is None:
        return "NA"
    return str(int((end - start).total_seconds() * 1000))


def stamp(line):
    return datetime.datetime.strptime(line.split(" ", 1)[0], "%H:%M:%S.%f")


def tsv(path):
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"))) for line in lines[1:] if line.strip()]


def median(values):
    return statistics.median(values) if values else None


def number(value):
    """A JMH score or error as a float; NaN (JMH writes the string "NaN") when there is none."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def fmt(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"


def generation(out):
    rows = tsv(out / "generation.tsv")
    if not rows:
        return ["## Generation", "", "Not run (SKIP_GENERATION).", ""]
    code = {(r["tool"], r["contract"]): r for r in tsv(out / "code.tsv")}
    contracts = list(dict.fromkeys(r["contract"] for r in rows))
    lines = ["## Generation: one contract, a fresh JVM per run", "",
             "CPU = user + sys seconds of the child process, RSS = its peak resident memory, both from GNU time; "
             "medians over the runs. contractgen runs `GenerateMain` (the generator core, no Maven) with "
             "`-Xmx512m` for the GitHub description and the JVM's default heap otherwise; openapi-generator "
             "runs `generate -g java --library native --skip-validate-spec` with API/model docs and tests off, "
             "default heap. Ratio = openapi-generator CPU / contractgen CPU (above 1: contractgen uses less).", "",
             "| contract | runs | contractgen CPU s | contractgen RSS MB | openapi-generator CPU s "
             "| openapi-generator RSS MB | CPU ratio | wall s (cg / oag) |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for contract in contracts:
        stats = {}
        for tool in ("contractgen", "openapi-generator"):
            ok = [r for r in rows if r["contract"] == contract and r["tool"] == tool and r["exit"] == "0"]
            failed = len([r for r in rows if r["contract"] == contract and r["tool"] == tool]) - len(ok)
            stats[tool] = (median([float(r["user_s"]) + float(r["sys_s"]) for r in ok]),
                           median([int(r["maxrss_kb"]) / 1024 for r in ok]),
                           median([float(r["wall_s"]) for r in ok]), len(ok), failed)
        cg, oag = stats["contractgen"], stats["openapi-generator"]
        ratio = f"{oag[0] / cg[0]:.2f}×" if cg[0] and oag[0] else "–"
        runs = f"{cg[3]} / {oag[3]}" + (f" ({cg[4]} / {oag[4]} failed)" if cg[4] or oag[4] else "")
        lines.append(f"| {contract} | {runs} | {fmt(cg[0])} | {fmt(cg[1], 0)} | {fmt(oag[0])} | {fmt(oag[1], 0)} "
                     f"| {ratio} | {fmt(cg[2])} / {fmt(oag[2])} |")
    failures = [r for r in rows if r["exit"] != "0" and r["run"] == "1"]
    if failures:
        lines += ["", "Failed runs (first problem in the log of run 1; every run of a contract failed the same way "
                      "unless the table says otherwise):", ""]
        for r in failures:
            lines.append(f"- {r['tool']} on {r['contract']}: `{first_problem(out, r)}`")
    lines += ["", "### Code generated per contract", "",
              "Java files, lines (all lines, comments included) and type declarations (classes, records, enums, "
              "interfaces, nested ones included; counted with a regular expression) of the last run. "
              "openapi-generator: `src/main/java` only.", "",
              "| contract | contractgen files | contractgen lines | contractgen types | openapi-generator files "
              "| openapi-generator lines | openapi-generator types | lines ratio (oag / cg) |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for contract in contracts:
        cg, oag = code.get(("contractgen", contract)), code.get(("openapi-generator", contract))
        if not cg or not oag or cg["java_files"] == "0" or oag["java_files"] == "0":
            continue
        ratio = f"{int(oag['lines']) / int(cg['lines']):.2f}" if int(cg["lines"] or 0) else "–"
        lines.append(f"| {contract} | {cg['java_files']} | {cg['lines']} | {cg['types']} | {oag['java_files']} "
                     f"| {oag['lines']} | {oag['types']} | {ratio} |")
    return lines + [""] + compile_times(out, contracts)


def compile_times(out, contracts):
    rows = {(r["tool"], r["contract"]): r for r in tsv(out / "compile.tsv")}
    if not rows:
        return []
    lines = ["### Compiling the generated code", "",
             "`javac -proc:none -nowarn` on the last run's output of each tool, one run each (a fresh JVM, the "
             "default heap): CPU = user + sys seconds, RSS = peak resident memory. openapi-generator's classpath "
             "is the compile scope of the pom.xml it generates. Ratio = openapi-generator / contractgen.", "",
             "| contract | contractgen javac CPU s | contractgen javac RSS MB | openapi-generator javac CPU s "
             "| openapi-generator javac RSS MB | CPU ratio |", "| --- | --- | --- | --- | --- | --- |"]
    for contract in contracts:
        cells, cpus = [], []
        for tool in ("contractgen", "openapi-generator"):
            r = rows.get((tool, contract))
            if r is None:
                cells += ["–", "–"]; cpus.append(None)
            elif r["exit"] != "0":
                cells += [f"failed (exit {r['exit']})", "–"]; cpus.append(None)
            else:
                cpu = float(r["user_s"]) + float(r["sys_s"])
                cells += [fmt(cpu), fmt(int(r["maxrss_kb"]) / 1024, 0)]; cpus.append(cpu)
        ratio = f"{cpus[1] / cpus[0]:.2f}×" if cpus[0] and cpus[1] else "–"
        lines.append(f"| {contract} | " + " | ".join(cells) + f" | {ratio} |")
    failed = [r for r in rows.values() if r["exit"] != "0"]
    if failed:
        lines += ["", "Generated code that did not compile (javac's error count and first error):", ""]
        for r in sorted(failed, key=lambda r: (r["tool"], r["contract"])):
            log = out / "logs" / f"javac-{r['tool']}-{r['contract']}.log"
            errors = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines()
                      if ": error: " in line]
            first = errors[0].split("/src/main/java/")[-1].split(str(out))[-1] if errors else "no error line in the log"
            lines.append(f"- {r['tool']} on {r['contract']}: {len(errors)} errors; `{first[:200]}`")
    return lines + [""]


def first_problem(out, row):
    log = out / "logs" / f"{row['tool']}-{row['contract']}-{row['run']}.log"
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if ("Exception" in line or "ERROR" in line or "rror:" in line) and "SLF4J" not in line:
            return line.strip()[:200].replace("`", "'")
    return "no error line in the log"


def noop(out):
    rows = tsv(out / "noop.tsv")
    if not rows:
        return ["## No-op rebuild", "", "Not run (SKIP_NOOP).", ""]
    lines = ["## No-op rebuild: a Maven project with 100 contracts", "",
             "`mvn -o generate-sources` on a project whose only plugin is contractgen, with 100 copies of "
             "`sample-contracts/src/main/contracts/petstore.yaml` (each with its own title and file name). "
             "*full*: from a clean `target`; *noop*: again with nothing changed; *skipped*: with "
             "`-Dcontractgen.skip=true`: Maven plus loading the plugin (its realm and components), generation skipped. Goal ms: from Maven's `--- contractgen...:generate` "
             "log line to the plugin's summary line (plugin loading included), read off Maven's timestamped log.",
             "", "| run kind | runs | median wall s | median CPU s | median goal ms | goal ms per run |",
             "| --- | --- | --- | --- | --- | --- |"]
    walls = {}
    for kind in ("full", "noop", "skipped"):
        ok = [r for r in rows if r["kind"] == kind and r["exit"] == "0"]
        walls[kind] = median([float(r["wall_s"]) for r in ok])
        goals = [int(r["goal_ms"]) for r in ok if r["goal_ms"].isdigit()]
        lines.append(f"| {kind} | {len(ok)} | {fmt(walls[kind], 2)} "
                     f"| {fmt(median([float(r['user_s']) + float(r['sys_s']) for r in ok]), 2)} "
                     f"| {fmt(median(goals), 0)} | {', '.join(map(str, goals)) or '–'} |")
    if walls.get("noop") is not None and walls.get("skipped") is not None:
        lines += ["", f"Whole invocation, noop minus skipped (medians): "
                      f"{(walls['noop'] - walls['skipped']) * 1000:.0f} ms."]
    return lines + [""]


def jmh(out):
    path = out / "jmh.json"
    if not path.exists():
        return ["## JMH", "", "Not run (SKIP_JMH).", ""]
    results = json.loads(path.read_text(encoding="utf-8"))
    lines = ["## JMH", "",
             "CPU µs/op: CPU time of the whole benchmark JVM (every thread: client, loopback server, JIT, GC) "
             "per operation, from `benchmarks.CpuProfiler`; less sensitive to the machine's load than "
             "throughput.", "",
             "| benchmark | mode | score | error (99.9%) | unit | CPU µs/op | alloc B/op |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    scores = {}
    for r in results:
        name = r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]
        params = r.get("params")
        if params:
            name += " (" + ", ".join(f"{k}={v}" for k, v in params.items()) + ")"
        primary = r["primaryMetric"]
        secondary = r.get("secondaryMetrics", {})
        alloc = secondary.get("gc.alloc.rate.norm", {}).get("score")
        cpu = secondary.get("cpu.time.norm", {}).get("score")
        scores[name] = (primary["score"], alloc, cpu, primary.get("scoreError"))
        lines.append(f"| {name} | {r['mode']} | {primary['score']:.3f} | {number(primary['scoreError']):.3f} "
                     f"| {primary['scoreUnit']} | {fmt(cpu, 1)} | {fmt(alloc, 0)} |")
    pairs = [("RestClientBenchmark.getPetGenerated", "RestClientBenchmark.getPetHandWritten"),
             ("RestClientBenchmark.createPetGenerated", "RestClientBenchmark.createPetHandWritten"),
             ("GrpcClientBenchmark.getItemGenerated", "GrpcClientBenchmark.getItemRawStub"),
             ("GrpcClientBenchmark.getItemGenerated", "GrpcClientBenchmark.getItemRawStubRetrying"),
             ("GeneratedProducerBenchmark.generatedProducerBatch", "GeneratedProducerBenchmark.bareQueueBatch")]
    lines += ["", "Cost of the generated layer: throughput cost = 1 − throughput(generated) / throughput(baseline); "
                  "CPU cost = CPU per op (generated) / CPU per op (baseline) − 1; extra allocation per call. The "
                  "loopback servers run in the benchmark's JVM, so their share is in both columns and the "
                  "difference is the client's. Negative: the generated side measured cheaper (noise, or a "
                  "cheaper path).", "",
              "| generated | baseline | throughput cost | throughputs apart by more than their errors? "
              "| CPU cost | extra alloc B/op |", "| --- | --- | --- | --- | --- | --- |"]
    for ours, base in pairs:
        if ours in scores and base in scores:
            (s1, a1, c1, e1), (s2, a2, c2, e2) = scores[ours], scores[base]
            extra = fmt(a1 - a2, 0) if a1 is not None and a2 is not None else "–"
            cpu = f"{(c1 / c2 - 1) * 100:.1f}%" if c1 and c2 else "–"
            error = number(e1) + number(e2)
            apart = "–" if error != error else ("yes" if abs(s1 - s2) > error else "no")
            lines.append(f"| {ours} | {base} | {(1 - s1 / s2) * 100:.1f}% | {apart} | {cpu} | {extra} |")
    return lines + [""]


def goals(out):
    """The issue's goals next to this run's numbers, worked out from the same raw results."""
    lines = ["## The goals against this run", "",
             "| goal | measured | met? |", "| --- | --- | --- |"]
    rows = [r for r in tsv(out / "generation.tsv") if r["exit"] == "0"]
    cpu = {}
    for r in rows:
        cpu.setdefault((r["tool"], r["contract"]), []).append(float(r["user_s"]) + float(r["sys_s"]))
    ratios = {c: median(cpu[("openapi-generator", c)]) / median(cpu[("contractgen", c)])
              for (tool, c) in cpu if tool == "contractgen" and ("openapi-generator", c) in cpu}
    if ratios:
        worst = min(ratios, key=ratios.get)
        met = sum(1 for v in ratios.values() if v >= 5)
        lines.append(f"| generation: at least 5× less CPU than openapi-generator on every file "
                     f"| {min(ratios.values()):.2f}× to {max(ratios.values()):.2f}× (lowest: {worst}) "
                     f"| {'yes' if met == len(ratios) else f'no ({met} of {len(ratios)} files)'} |")
    github = [v for (tool, c), v in cpu.items() if tool == "contractgen" and c.startswith("github-rest")]
    if github:
        g = median(github[0])
        lines.append(f"| GitHub description under 10 CPU-s with `-Xmx512m` | {g:.1f} CPU-s (median) "
                     f"| {'yes' if g < 10 else 'no'} |")
    noop_rows = [r for r in tsv(out / "noop.tsv") if r["exit"] == "0" and r["goal_ms"].isdigit()]
    noop_ms = median([int(r["goal_ms"]) for r in noop_rows if r["kind"] == "noop"])
    skip_ms = median([int(r["goal_ms"]) for r in noop_rows if r["kind"] == "skipped"])
    if noop_ms is not None and skip_ms is not None:
        added = noop_ms - skip_ms
        lines.append(f"| no-op rebuild of 100 contracts adds under 100 ms | goal {noop_ms:.0f} ms, skipped goal "
                     f"{skip_ms:.0f} ms: {added:.0f} ms added | {'yes' if added < 100 else 'no'} |")
    path = out / "jmh.json"
    if path.exists():
        by = {r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]: r
              for r in json.loads(path.read_text(encoding="utf-8"))}
        for ours, base, what in [("RestClientBenchmark.getPetGenerated", "RestClientBenchmark.getPetHandWritten", "REST GET"),
                                 ("RestClientBenchmark.createPetGenerated", "RestClientBenchmark.createPetHandWritten", "REST POST"),
                                 ("GrpcClientBenchmark.getItemGenerated", "GrpcClientBenchmark.getItemRawStub", "gRPC unary"),
                                 ("GeneratedProducerBenchmark.generatedProducerBatch",
                                  "GeneratedProducerBenchmark.bareQueueBatch", "event producer")]:
            if ours not in by or base not in by:
                continue
            a, b = by[ours]["primaryMetric"], by[base]["primaryMetric"]
            cost = (1 - a["score"] / b["score"]) * 100
            error = number(a.get("scoreError")) + number(b.get("scoreError"))
            if error != error:  # NaN: too few iterations for an error
                verdict, margin = ("yes" if cost < 5 else "no"), "no error estimate"
            else:
                within = abs(a["score"] - b["score"]) <= error
                verdict = "yes" if cost < 5 else ("not shown: inside the error" if within else "no")
                margin = f"± {error / b['score'] * 100:.0f}% error"
            lines.append(f"| {what}: generated layer costs under 5% throughput | {cost:.1f}% ({margin}) | {verdict} |")
    return lines + [""] if len(lines) > 4 else []


def main(out, target):
    props = dict(line.split("=", 1) for line in (out / "machine.properties").read_text(encoding="utf-8").splitlines()
                 if "=" in line)
    lines = ["# Benchmarks", "",
             "Written by `benchmarks/run.sh` from its own measurements; nothing here is an expectation. "
             "Re-run it to refresh this file (see the comments at the top of the script for longer runs). "
             "How the hot paths were profiled, what was found and what changed: "
             "[benchmarks/PROFILING.md](benchmarks/PROFILING.md).", "",
             "## Machine and command", "",
             f"- date: {props.get('date')}, commit {props.get('commit')}",
             f"- CPU: {props.get('nproc')} cores ({props.get('cpu')}), memory {props.get('memory_mb')} MB",
             f"- load average (1/5/15 min) at the start: {props.get('load_start')}, at the end: {props.get('load_end')}",
             f"- JDK: {props.get('java')}; {props.get('jvm')}",
             f"- Maven: {props.get('maven')}",
             f"- openapi-generator-cli {props.get('openapi_generator')}",
             f"- command: `{props.get('command')}`", ""]
    load = float((props.get("load_start") or "0").split()[0])
    if load > float(props.get("nproc") or 1) * 0.5:
        lines += [f"**These numbers come from a loaded machine** (load average {props.get('load_start')} on "
                  f"{props.get('nproc')} cores, other jobs running): wall times and JMH throughput are pessimistic "
                  "and noisy; CPU seconds suffer less, but still some (caches, frequency). Compare the two sides of "
                  "a row, which ran interleaved under the same load, rather than absolute values.", ""]
    lines += goals(out) + generation(out) + noop(out) + jmh(out)
    lines += ["## Not measured here", "",
              "- The generated event producer against raw kafka-clients: the rows above use the in-memory "
              "transport against a bare BlockingQueue, so they measure the generated layer without a broker.", ""]
    pathlib.Path(target).write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1] == "--goal-ms":
        print(goal_ms(sys.argv[2]))
    else:
        main(pathlib.Path(sys.argv[1]), sys.argv[2])
