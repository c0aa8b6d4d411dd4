# Sourced by ./run and .ci/run: points JAVA_HOME at a JDK 25 or newer, or stops with what to install.
# Order: JAVA_HOME if it is 25+, then `java` on the PATH if it is 25+, then a JDK 25+ under /usr/lib/jvm
# (Debian's JVM folder, where Temurin's package installs) or /opt/java.

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1 | cut -d. -f1
}

is_jdk25() {
  local home="$1"
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  local major
  major=$(java_major "$home/bin/java")
  [ -n "$major" ] && [ "$major" -ge 25 ]
}

find_jdk25() {
  if [ -n "${JAVA_HOME:-}" ] && is_jdk25 "$JAVA_HOME"; then
    return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    local candidate
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if is_jdk25 "$candidate"; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  fi
  local dir
  for dir in /usr/lib/jvm/*25* /usr/lib/jvm/*2[6-9]* /usr/lib/jvm/* /opt/java/*; do
    if [ -d "$dir" ] && is_jdk25 "$dir"; then
      export JAVA_HOME="$dir"
      return 0
    fi
  done
  echo "No JDK 25 found. Install one (for example Eclipse Temurin 25: apt-get install temurin-25-jdk," >&2
  echo "or https://adoptium.net) and set JAVA_HOME to it." >&2
  return 1
}

find_jdk25 || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
