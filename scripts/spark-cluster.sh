# shellcheck shell=bash
# A Spark standalone cluster (a master and workers) for badaboum's sweeps, from a Spark
# distribution or, without one, from the Spark jars that `mvn -Pspark package` put in ~/.m2.
# Sourced by .ci/spark and scripts/slurm-spark-sweep.sh; nothing here is badaboum-specific but the
# Spark version, read from pom.xml. Set BADABOUM_HOME to the repository's folder before sourcing.
#
#   spark_home                    SPARK_HOME: the one set if it holds jars/, else target/spark/home
#                                 made from ~/.m2 (Spark's jars, linked, and a RELEASE file)
#   spark_jvm_options             the JVM options spark-submit gives Spark's JVMs on Java 17
#   start_master HOST LOG         a master in the background: SPARK_MASTER_PID, SPARK_MASTER_URL
#   start_worker URL HOST CORES MEMORY DIR LOG
#                                 a worker in the background, registered: SPARK_WORKER_PID
#   run_worker URL HOST CORES MEMORY DIR
#                                 a worker in the foreground (what srun runs on each node)
#   spark_submit ARG...           spark-submit (its main class, from SPARK_HOME's jars), with the
#                                 JVM options of SPARK_SUBMIT_JAVA_OPTS (client mode: the driver's)
#
# The daemons' ports are chosen free (port 0) and read back from their logs, so that several
# clusters can share a node. SPARK_LOCAL_IP, if set, is the address they bind.

: "${BADABOUM_HOME:?set BADABOUM_HOME to the badaboum repository before sourcing spark-cluster.sh}"

# How long a daemon may take to start before we give up on it (its log then says why).
SPARK_DAEMON_START_SECONDS=${SPARK_DAEMON_START_SECONDS:-120}

# A property of the -Pspark profile in pom.xml (the profile's own value, not the default build's).
_spark_profile_property() {
  sed -n '/<id>spark<\/id>/,/<\/profile>/s:.*<'"$1"'>\(.*\)</'"$1"'>.*:\1:p' \
    "$BADABOUM_HOME/pom.xml" | head -n 1
}

spark_jvm_options() {
  _spark_profile_property spark.jvm.options
}

spark_home() {
  if [ -n "${SPARK_HOME:-}" ] && [ -d "$SPARK_HOME/jars" ]; then
    export SPARK_HOME
  else
    local home="$BADABOUM_HOME/target/spark/home"
    if [ ! -f "$home/RELEASE" ]; then
      _spark_home_from_maven "$home"
    fi
    export SPARK_HOME="$home"
  fi
  # Spark's launcher asks which Scala the jars are for; a distribution's scripts set this too.
  export SPARK_SCALA_VERSION="${SPARK_SCALA_VERSION:-2.13}"
}

# DIR/jars: links to spark-core's jars and their dependencies in ~/.m2, what a Spark distribution's
# jars/ holds for a master, a worker and executors (no SQL, no Hive: badaboum needs none).
_spark_home_from_maven() {
  local home=$1 spark jackson
  spark=$(_spark_profile_property spark.version)
  jackson=$(_spark_profile_property jackson.version)
  rm -rf "$home"
  mkdir -p "$home/jars"
  cat >"$home/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.badaboum</groupId><artifactId>spark-home</artifactId><version>1</version>
  <dependencyManagement><dependencies><dependency>
    <groupId>com.fasterxml.jackson</groupId><artifactId>jackson-bom</artifactId>
    <version>$jackson</version><type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies><dependency>
    <groupId>org.apache.spark</groupId><artifactId>spark-core_2.13</artifactId><version>$spark</version>
  </dependency></dependencies>
</project>
EOF
  if ! mvn -q -B -f "$home/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$home/classpath" >"$home/maven.log" 2>&1; then
    echo "spark-cluster: Maven could not list Spark $spark's jars; see $home/maven.log" >&2
    return 1
  fi
  local jar
  tr ':' '\n' <"$home/classpath" | while read -r jar; do ln -s "$jar" "$home/jars/"; done
  echo "Spark $spark (Scala 2.13), from the jars Maven downloaded" >"$home/RELEASE"
}

# Waits until LOG has a line matching PATTERN while PID lives; prints the first match.
_await_log() {
  local pid=$1 log=$2 pattern=$3 what=$4 waited=0 line
  while true; do
    line=$(grep -m 1 -o -E "$pattern" "$log" 2>/dev/null || true)
    if [ -n "$line" ]; then
      echo "$line"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "spark-cluster: the $what stopped; see $log" >&2
      return 1
    fi
    if [ "$waited" -ge $((SPARK_DAEMON_START_SECONDS * 5)) ]; then
      echo "spark-cluster: the $what did not start in ${SPARK_DAEMON_START_SECONDS} s; see $log" >&2
      return 1
    fi
    sleep 0.2
    waited=$((waited + 1))
  done
}

start_master() {
  local host=$1 log=$2
  # shellcheck disable=SC2046 # the options are words
  java $(spark_jvm_options) -Xmx512m -cp "$SPARK_HOME/jars/*" \
    org.apache.spark.deploy.master.Master --host "$host" --port 0 --webui-port 0 \
    >"$log" 2>&1 &
  SPARK_MASTER_PID=$!
  # shellcheck disable=SC2034 # for the caller
  SPARK_MASTER_URL=$(_await_log "$SPARK_MASTER_PID" "$log" 'spark://[^ ]+:[0-9]+' master)
}

start_worker() {
  local url=$1 host=$2 cores=$3 memory=$4 dir=$5 log=$6
  mkdir -p "$dir"
  run_worker "$url" "$host" "$cores" "$memory" "$dir" >"$log" 2>&1 &
  SPARK_WORKER_PID=$!
  _await_log "$SPARK_WORKER_PID" "$log" 'Successfully registered with master' worker >/dev/null
}

run_worker() {
  local url=$1 host=$2 cores=$3 memory=$4 dir=$5
  mkdir -p "$dir"
  # shellcheck disable=SC2046 # the options are words
  exec java $(spark_jvm_options) -Xmx512m -cp "$SPARK_HOME/jars/*" \
    org.apache.spark.deploy.worker.Worker --host "$host" --port 0 --webui-port 0 \
    --cores "$cores" --memory "$memory" --work-dir "$dir" "$url"
}

spark_submit() {
  # shellcheck disable=SC2046,SC2086 # the options are words
  java $(spark_jvm_options) ${SPARK_SUBMIT_JAVA_OPTS:-} -cp "$SPARK_HOME/jars/*" \
    org.apache.spark.deploy.SparkSubmit "$@"
}
