#!/usr/bin/env bash
# Runs contractgen's benchmarks and writes BENCHMARKS.md at the repository root.
#
#   benchmarks/run.sh                      # everything, about 15-20 minutes on 2 cores
#   CORPUS=/path/to/corpus/openapi benchmarks/run.sh
#   RUNS=5 RUNS_GITHUB=5 benchmarks/run.sh # more generation runs per contract (default 3)
#   JMH_ARGS="-f 3 -wi 5 -w 5s -i 10 -r 5s" benchmarks/run.sh   # longer, steadier JMH runs
#   SKIP_GENERATION=1 / SKIP_NOOP=1 / SKIP_JMH=1   # leave a part out (its section says so)
#   SKIP_COMPILE=1                         # generation without compiling the generated code
#   MVN_OPTS_EXTRA=-o benchmarks/run.sh    # offline, once the dependencies are in ~/.m2
#
# Needs: JDK 17+, GNU time at /usr/bin/time (Debian: apt-get install time), python3 for the report.
# Nothing here asserts a time: the numbers are measured and written down, nothing more.
#
# What it does:
#  1. builds the benchmarks module (profile 'benchmarks'), which also fetches openapi-generator-cli;
#  2. generation: for each large contract, N runs of contractgen (a fresh JVM running GenerateMain)
#     and of openapi-generator's 'java'/'native' generator, CPU time (user+sys) and max RSS of the
#     child process from GNU time; lines and Java files generated; then javac on the last run's output of
#     each tool, once, CPU seconds and max RSS (openapi-generator's classpath from its generated pom);
#  3. no-op rebuild: a Maven project with 100 contracts, 'mvn generate-sources' from clean, then with
#     nothing changed, then with the goal skipped; the plugin is installed into a private local
#     repository under benchmarks/target (never into ~/.m2, which it only reads);
#  4. JMH: generated REST client vs hand-written java.net.http + Jackson, generated gRPC client vs the
#     raw stub, generated event producer and event runtime vs a bare queue, the no-op
#     Generator.generate; with -prof gc and CpuProfiler (process CPU per operation);
#  5. python3 benchmarks/report.py turns the raw results into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/benchmarks/target/run"
CORPUS=${CORPUS:-$ROOT/../shared/corpus/openapi}
RUNS=${RUNS:-3}
RUNS_GITHUB=${RUNS_GITHUB:-3}
NOOP_RUNS=${NOOP_RUNS:-5}
JMH_ARGS=${JMH_ARGS:--f 1 -wi 3 -w 2s -i 5 -r 2s}
MVN=("$ROOT/mvnw" -B ${MVN_OPTS_EXTRA:-})

if ! /usr/bin/time -f '%U' true >/dev/null 2>&1; then
  echo "GNU time is needed at /usr/bin/time to read CPU seconds and max RSS of each run." >&2
  echo "On Debian/Ubuntu: apt-get install time" >&2
  exit 1
fi
command -v python3 >/dev/null || { echo "python3 is needed to write BENCHMARKS.md" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT"

# --- machine and versions, recorded before anything runs ---------------------------------------
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "memory_mb=$(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo)"
  echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "jvm=$(java -version 2>&1 | sed -n 3p)"
  echo "maven=$("${MVN[@]}" -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  echo "command=RUNS=$RUNS RUNS_GITHUB=$RUNS_GITHUB NOOP_RUNS=$NOOP_RUNS JMH_ARGS='$JMH_ARGS' CORPUS=$CORPUS benchmarks/run.sh"
  echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
} > "$OUT/machine.properties"
cat "$OUT/machine.properties"

# --- 1. build ----------------------------------------------------------------------------------
echo "== building the benchmarks module"
"${MVN[@]}" -q -Pbenchmarks -pl benchmarks -am package -DskipTests
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/benchmarks.classpath")"
OAG_JAR="$ROOT/benchmarks/target/tools/openapi-generator-cli.jar"
OAG_VERSION=$(sed -n 's:.*<openapi.generator.version>\(.*\)</openapi.generator.version>.*:\1:p' "$ROOT/pom.xml")
echo "openapi_generator=$OAG_VERSION" >> "$OUT/machine.properties"

# Counts Java files, lines and type declarations (nested ones included) below $1.
count_code() {
  local dir=$1 files lines types
  files=$(find "$dir" -name '*.java' | wc -l)
  lines=$(find "$dir" -name '*.java' -print0 | xargs -0 cat 2>/dev/null | wc -l)
  types=$(find "$dir" -name '*.java' -print0 | xargs -0 cat 2>/dev/null \
    | grep -cE '^\s*((public|protected|private|static|final|abstract|sealed|non-sealed)\s+)*(class|interface|enum|record|@interface)\s+[A-Za-z_]' || true)
  echo "$files $lines $types"
}

# One timed run: tool, contract, run number, then the command. Appends to generation.tsv.
timed_run() {
  local tool=$1 name=$2 run=$3; shift 3
  local log="$OUT/logs/$tool-$name-$run.log" rc=0
  /usr/bin/time -f '%e %U %S %M' -o "$OUT/time.tmp" "$@" >"$log" 2>&1 || rc=$?
  read -r wall user sys rss < <(tail -1 "$OUT/time.tmp")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$name" "$run" "$rc" "$wall" "$user" "$sys" "$rss" \
    >> "$OUT/generation.tsv"
  echo "   $tool $name run $run: exit $rc, ${user}s user ${sys}s sys, ${rss} KB max RSS, ${wall}s wall"
}

# Compiles the last run's output of both tools with javac (one run each, annotation processing off,
# the same flags) and appends CPU seconds and max RSS to compile.tsv. openapi-generator's classpath is
# what its generated pom.xml declares (compile scope), resolved once by Maven; ours is the runtime's.
compile_outputs() {
  local name=$1 tool dir cp list classes rc wall user sys rss
  for tool in contractgen openapi-generator; do
    if [ "$tool" = contractgen ]; then
      dir="$WORK/contractgen"; cp=$(cat "$ROOT/benchmarks/target/benchmarks.classpath")
    else
      dir="$WORK/openapi-generator/src/main/java"; cp=""
      [ -f "$WORK/openapi-generator/pom.xml" ] && "${MVN[@]}" -q -f "$WORK/openapi-generator/pom.xml" \
        dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$OUT/oag.classpath" \
        >"$OUT/logs/classpath-$name.log" 2>&1 && cp=$(cat "$OUT/oag.classpath")
    fi
    [ -d "$dir" ] || continue
    list="$OUT/sources.txt"; classes="$OUT/classes"
    find "$dir" -name '*.java' | sort > "$list"
    rm -rf "$classes"; mkdir -p "$classes"; rc=0
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/time.tmp" javac -proc:none -nowarn -encoding UTF-8 \
      -d "$classes" -cp "$cp" "@$list" >"$OUT/logs/javac-$tool-$name.log" 2>&1 || rc=$?
    read -r wall user sys rss < <(tail -1 "$OUT/time.tmp")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$name" "$rc" "$wall" "$user" "$sys" "$rss" >> "$OUT/compile.tsv"
    echo "   javac $tool $name: exit $rc, ${user}s user ${sys}s sys, ${rss} KB max RSS, ${wall}s wall"
  done
  rm -rf "$OUT/classes" "$OUT/sources.txt"
}

# --- 2. generation -----------------------------------------------------------------------------
if [ -z "${SKIP_GENERATION:-}" ]; then
  [ -d "$CORPUS" ] || { echo "corpus not found at $CORPUS (set CORPUS=...)" >&2; exit 1; }
  mkdir -p "$OUT/logs"
  printf 'tool\tcontract\trun\texit\twall_s\tuser_s\tsys_s\tmaxrss_kb\n' > "$OUT/generation.tsv"
  printf 'tool\tcontract\tjava_files\tlines\ttypes\n' > "$OUT/code.tsv"
  printf 'tool\tcontract\texit\twall_s\tuser_s\tsys_s\tmaxrss_kb\n' > "$OUT/compile.tsv"
  WORK="$OUT/gen"
  # The five largest real contracts, then three medium ones.
  for pattern in 'github-rest-*.json' 'stripe-api-*.json' 'kubernetes-core-*.json' 'googleapis-compute-*.json' \
      'openai-api-*.yaml' 'digitalocean-api-*.json' 'bitbucket-api-*.json' 'docker-engine-*.yaml'; do
    file=$(find "$CORPUS" -maxdepth 1 -name "$pattern" | sort | head -1)
    [ -n "$file" ] || { echo "   no $pattern in $CORPUS, skipped"; continue; }
    name=$(basename "$file"); name=${name%.*}
    runs=$RUNS; heap=()
    case "$name" in github-rest-*) runs=$RUNS_GITHUB; heap=(-Xmx512m) ;; esac
    echo "== generation: $name ($(du -k "$file" | cut -f1) KB), $runs runs each"
    for run in $(seq 1 "$runs"); do
      rm -rf "$WORK"; mkdir -p "$WORK"
      timed_run contractgen "$name" "$run" java "${heap[@]}" -cp "$CP" \
        io.github.contractgen.benchmarks.GenerateMain "$file" "$WORK/contractgen"
      # Docs and test stubs off: only the client code is compared.
      timed_run openapi-generator "$name" "$run" java -jar "$OAG_JAR" generate -i "$file" -g java \
        --library native -o "$WORK/openapi-generator" --skip-validate-spec \
        --global-property apiTests=false,modelTests=false,apiDocs=false,modelDocs=false
    done
    printf 'contractgen\t%s\t%s\n' "$name" "$(count_code "$WORK/contractgen" | tr ' ' '\t')" >> "$OUT/code.tsv"
    printf 'openapi-generator\t%s\t%s\n' "$name" \
      "$(count_code "$WORK/openapi-generator/src/main/java" 2>/dev/null | tr ' ' '\t')" >> "$OUT/code.tsv"
    [ -z "${SKIP_COMPILE:-}" ] && compile_outputs "$name"
  done
  rm -rf "$WORK" "$OUT/time.tmp"
fi

# --- 3. no-op rebuild of a project with 100 contracts ------------------------------------------
if [ -z "${SKIP_NOOP:-}" ]; then
  echo "== no-op rebuild: installing the plugin into a private repository (~/.m2 is only read)"
  PRIVATE_REPO="$ROOT/benchmarks/target/local-repo"
  REPO_FLAGS=(-Dmaven.repo.local="$PRIVATE_REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository")
  "${MVN[@]}" -q "${REPO_FLAGS[@]}" -pl maven-plugin -am install -DskipTests
  VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
  PROJECT="$OUT/noop-project"
  python3 "$ROOT/benchmarks/noop_project.py" "$ROOT/sample-contracts/src/main/contracts/petstore.yaml" \
    "$PROJECT" 100 "$VERSION"
  printf 'kind\trun\texit\twall_s\tuser_s\tsys_s\tmaxrss_kb\tgoal_ms\n' > "$OUT/noop.tsv"
  # Maven's own logger prints times, so the goal's share is read off its log: from the line that
  # starts the contractgen execution to the plugin's summary line.
  LOG_TIMES=(-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)
  mvn_run() {
    local kind=$1 run=$2; shift 2
    local log="$OUT/logs/noop-$kind-$run.log" rc=0
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/time.tmp" "${MVN[@]}" -o "${REPO_FLAGS[@]}" "${LOG_TIMES[@]}" \
      -f "$PROJECT/pom.xml" generate-sources "$@" >"$log" 2>&1 || rc=$?
    read -r wall user sys rss < <(tail -1 "$OUT/time.tmp")
    goal=$(python3 "$ROOT/benchmarks/report.py" --goal-ms "$log")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$run" "$rc" "$wall" "$user" "$sys" "$rss" "$goal" >> "$OUT/noop.tsv"
    echo "   $kind run $run: exit $rc, ${wall}s wall, $((${user%.*}+${sys%.*}))+ CPU s, goal ${goal} ms"
  }
  mkdir -p "$OUT/logs"
  for run in $(seq 1 3); do rm -rf "$PROJECT/target"; mvn_run full "$run"; done
  for run in $(seq 1 "$NOOP_RUNS"); do mvn_run noop "$run"; done
  for run in $(seq 1 "$NOOP_RUNS"); do mvn_run skipped "$run" -Dcontractgen.skip=true; done
  rm -f "$OUT/time.tmp"
fi

# --- 4. JMH --------------------------------------------------------------------------------------
if [ -z "${SKIP_JMH:-}" ]; then
  echo "== JMH: $JMH_ARGS -prof gc -prof CpuProfiler"
  # shellcheck disable=SC2086
  java -cp "$CP" org.openjdk.jmh.Main $JMH_ARGS -prof gc -prof io.github.contractgen.benchmarks.CpuProfiler \
    -rf json -rff "$OUT/jmh.json" \
    | tee "$OUT/jmh.txt"
fi

echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.properties"
python3 "$ROOT/benchmarks/report.py" "$OUT" "$ROOT/BENCHMARKS.md"
echo "== wrote BENCHMARKS.md"
