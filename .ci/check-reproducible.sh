#!/usr/bin/env bash
# Reproducible-build check (issue 8): builds the jars twice from the same sources, in two
# directories with different paths, at different times and in different time zones, and
# compares every jar byte for byte. project.build.outputTimestamp in pom.xml pins the entry
# times; a difference means something in the build leaks the build's time, path or order.
# Both builds run under umask 022, as reproducible-build rebuilders do: the sources and
# Javadoc jars record the file modes the build created, so a build under another umask
# (077) gives other bytes there.
#
#   .ci/check-reproducible.sh            # run by hand (uses ./mvnw)
#   MVN=/path/to/mvn .ci/check-reproducible.sh
#
# `./mvnw verify` runs it in the verify phase (exec-maven-plugin, passing MVN and the local
# repository); skip it there with -Dreproducible.skip=true.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mvn="${MVN:-$root/mvnw}"
repo_args=()
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then repo_args=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL"); fi
work="$(mktemp -d "${TMPDIR:-/tmp}/govnews-repro.XXXXXX")"
if [[ -z "${KEEP_WORK:-}" ]]; then trap 'rm -rf "$work"' EXIT; else echo "work: $work"; fi

build() { # $1: directory name, $2: time zone
  local dir="$work/$1"
  mkdir -p "$dir"
  # the inputs of `package`: the POM, the wrapper settings and the main sources
  cp -R "$root/pom.xml" "$root/src" "$dir/"
  if [[ -d "$root/.mvn" ]]; then cp -R "$root/.mvn" "$dir/"; fi
  rm -rf "$dir/src/test" "$dir/src/jmh"
  (cd "$dir" && umask 022 && TZ="$2" "$mvn" -B -q "${repo_args[@]}" \
      -Dmaven.test.skip=true -Djacoco.skip=true -Dreproducible.skip=true \
      package >"$dir.log" 2>&1) || { cat "$dir.log"; echo "reproducible-build check: the build in $dir failed"; exit 1; }
}

build first UTC
sleep 2
build second-build-at-another-path Asia/Shanghai

status=0
checked=0
for jar in "$work"/first/target/*.jar; do
  name="$(basename "$jar")"
  other="$work/second-build-at-another-path/target/$name"
  checked=$((checked + 1))
  if cmp -s "$jar" "$other"; then
    echo "reproducible: $name $(sha256sum "$jar" | cut -c1-16)"
  else
    status=1
    echo "NOT REPRODUCIBLE: $name differs between two builds of the same sources"
    if command -v zipinfo >/dev/null; then
      diff <(zipinfo "$jar" | tail -n +2) <(zipinfo "$other" | tail -n +2) | head -20 || true
    fi
  fi
done
if [[ $checked -eq 0 ]]; then echo "reproducible-build check: no jar was built"; exit 1; fi
exit $status
