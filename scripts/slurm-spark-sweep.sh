#!/usr/bin/env bash
#SBATCH --job-name=badaboum-sweep
#SBATCH --nodes=2
#SBATCH --ntasks-per-node=1
#SBATCH --cpus-per-task=16
#SBATCH --mem=32G
#SBATCH --time=04:00:00
#SBATCH --output=badaboum-sweep-%j.log
#
# A badaboum sweep on Spark inside a Slurm allocation: a Spark master on the job's first node, one
# worker per node (srun), the sweep's driver on the first node (spark-submit in client mode), and
# all of it stopped when the sweep ends or the job is cancelled. Any badaboum command line works:
#
#   cd ~/badaboum && mvn -Pspark package          # once, on a login node
#   sbatch --nodes=4 --cpus-per-task=32 --mem=64G scripts/slurm-spark-sweep.sh \
#     sweep scenarios/boum-vs-steady.yaml --replications 1000 --out /shared/results/flagship
#   sbatch scripts/slurm-spark-sweep.sh sweep --resume /shared/results/flagship  # after a time limit
#
# Submit from the repository's folder: Slurm runs a copy of this script, and finds the repository
# as the folder sbatch was called from. The repository, ~/.m2 (Spark's jars, unless SPARK_HOME is a
# Spark 4.0 distribution), the scenario's data files and the results folder must be on a file
# system that every node mounts.
#
# Environment: BADABOUM_EXECUTOR_MEMORY (each node's executor heap, e.g. 48g; default: the node's
# memory for the job less 3 GB for the Spark daemons and the driver, less a tenth for the JVM's own
# needs), BADABOUM_SPARK_CONF (more spark-submit options, e.g. "--conf spark.badaboum.runsPerTask=8").
set -euo pipefail

export BADABOUM_HOME="${BADABOUM_HOME:-${SLURM_SUBMIT_DIR:-$PWD}}"
cd "$BADABOUM_HOME"
if [ -z "${SLURM_JOB_ID:-}" ]; then
  echo "slurm-spark-sweep: submit this script with sbatch (it needs a Slurm allocation)" >&2
  exit 2
fi
if [ ! -f target/badaboum-spark.jar ] || [ ! -f scripts/spark-cluster.sh ]; then
  echo "slurm-spark-sweep: no target/badaboum-spark.jar in $BADABOUM_HOME: submit from the" \
    "repository's folder, after mvn -Pspark package" >&2
  exit 2
fi
# shellcheck source=scripts/spark-cluster.sh
source scripts/spark-cluster.sh
spark_home

nodes=${SLURM_JOB_NUM_NODES:-1}
cores=${SLURM_CPUS_PER_TASK:-$(nproc)}
node_mb=${SLURM_MEM_PER_NODE:-0}
if [ "$node_mb" -eq 0 ] && [ -n "${SLURM_MEM_PER_CPU:-}" ]; then
  node_mb=$((SLURM_MEM_PER_CPU * cores))
fi
if [ "$node_mb" -eq 0 ]; then # --mem=0: the whole node
  node_mb=$(($(sed -n 's/^MemTotal: *\([0-9]*\) kB/\1/p' /proc/meminfo) / 1024))
fi
executor_mb=$(((node_mb - 3072) * 9 / 10))
if [ "$executor_mb" -lt 1024 ]; then
  echo "slurm-spark-sweep: ${node_mb} MB a node leaves no room for an executor; ask for --mem" \
    "of 4G or more" >&2
  exit 2
fi
memory=${BADABOUM_EXECUTOR_MEMORY:-${executor_mb}m}

# Logs and the workers' scratch folders: on each node's local disk.
scratch="${TMPDIR:-/tmp}/badaboum-spark-$SLURM_JOB_ID"
mkdir -p "$scratch"
workers_pid=
stop_cluster() {
  [ -z "$workers_pid" ] || kill "$workers_pid" 2>/dev/null || true # srun signals every worker
  [ -z "${SPARK_MASTER_PID:-}" ] || kill "$SPARK_MASTER_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop_cluster EXIT

start_master "$(hostname)" "$scratch/master.log"
echo "slurm-spark-sweep: Spark master at $SPARK_MASTER_URL; $nodes worker(s) of $cores cores and $memory"

# shellcheck disable=SC2016 # expanded by the worker's shell, on its node
srun --nodes="$nodes" --ntasks-per-node=1 --cpus-per-task="$cores" --kill-on-bad-exit=0 \
  bash -c 'source "$BADABOUM_HOME/scripts/spark-cluster.sh" && spark_home &&
    run_worker "$1" "$(hostname)" "$2" "$3" "$4/work-$(hostname)"' \
  worker "$SPARK_MASTER_URL" "$cores" "$memory" "$scratch" >"$scratch/workers.log" 2>&1 &
workers_pid=$!

# The sweep can start with the first worker; the others join as they register.
registered=0
for _ in $(seq $((SPARK_DAEMON_START_SECONDS * 5))); do
  registered=$(grep -c "Registering worker" "$scratch/master.log" || true)
  [ "$registered" -lt "$nodes" ] || break
  kill -0 "$workers_pid" 2>/dev/null || break
  sleep 0.2
done
echo "slurm-spark-sweep: $registered of $nodes worker(s) registered"

# The driver's log: warnings, and badaboum's lines (where the time went, executors lost or back).
export SPARK_SUBMIT_JAVA_OPTS="-Dlog4j2.configurationFile=file:$BADABOUM_HOME/src/spark/log4j2.properties ${SPARK_SUBMIT_JAVA_OPTS:-}"
# BADABOUM_SPARK_CONF is options, split into words on purpose
# shellcheck disable=SC2086
spark_submit --master "$SPARK_MASTER_URL" --class badaboum.cli.SparkMain \
  --conf spark.executor.memory="$memory" ${BADABOUM_SPARK_CONF:-} \
  target/badaboum-spark.jar "$@"
