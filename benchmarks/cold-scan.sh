#!/usr/bin/env bash
# Cold whole-process scan figures (issue 18, "Scans as a reviewer runs them: cold"): builds a real
# Spring Boot executable jar from artifacts in the local Maven repository (a throwaway project
# outside the repository, repackaged by spring-boot-maven-plugin) when it is missing, then runs
# `anke --version` (the JVM start floor) and `anke scan` of that jar once per profile, each as a
# whole process under /usr/bin/time -v, N times, and prints the medians of wall time, user+sys
# CPU time and peak RSS, with the load average before and after.
#
# usage: benchmarks/cold-scan.sh [options]
#   -n N             runs per route (default 5)
#   -d DIR           where the throwaway project and its jar live (default /tmp/coldjar)
#   -p PROFILES      comma-separated profiles to scan with (default: default,crypto-l3;
#                    "default" means no --profile option): bundled ids or profile files
#                    (.yaml/.yml, a route named after the file, e.g. scan-bom-only)
#   --java-opts OPTS extra JVM options for every run, through ANKE_JAVA_OPTS
#   --jar FILE       scan FILE instead of building the Spring Boot jar
#   --keep DIR       keep each run's time -v output and report under DIR
#   --anke CMD       the launcher to measure (default: this checkout's ./anke), for example a
#                    script running an earlier anke-cli-all.jar, for before/after figures
# Maven flags for building the jar can be given in MAVEN_ARGS (default -o: offline).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=5
dir=/tmp/coldjar
profiles=default,crypto-l3
java_opts=
jar=
keep=
anke=$root/anke
usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case $1 in
    -n) runs=${2:?-n needs a number}; shift 2 ;;
    -d) dir=${2:?-d needs a directory}; shift 2 ;;
    -p) profiles=${2:?-p needs profiles}; shift 2 ;;
    --java-opts) java_opts=${2?--java-opts needs options}; shift 2 ;;
    --jar) jar=${2:?--jar needs a file}; shift 2 ;;
    --keep) keep=${2:?--keep needs a directory}; shift 2 ;;
    --anke) anke=${2:?--anke needs a command}; shift 2 ;;
    -h|--help) usage ;;
    *) echo "cold-scan.sh: unknown option $1" >&2; usage ;;
  esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "cold-scan.sh: -n needs a positive number, got '$runs'" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "cold-scan.sh: needs GNU time at /usr/bin/time" >&2; exit 2; }

# The dependencies of the throwaway application: what a larger Spring Boot service carries (web,
# actuator, JDBC with several drivers, JPA, validation, crypto libraries, JSON schema, CycloneDX).
# Every one must already be in the local repository (the build runs offline by default).
deps=(
  org.springframework.boot:spring-boot-starter-web:
  org.springframework.boot:spring-boot-starter-actuator:
  org.springframework.boot:spring-boot-starter-jdbc:
  com.h2database:h2:2.3.232
  org.hibernate.validator:hibernate-validator:9.1.0.Final
  org.bouncycastle:bcprov-jdk18on:1.87
  org.bouncycastle:bcpkix-jdk18on:1.87
  com.oracle.database.jdbc:ojdbc11:23.26.4.0.0
  com.mysql:mysql-connector-j:8.4.0
  org.postgresql:postgresql:42.7.13
  com.microsoft.sqlserver:mssql-jdbc:13.6.2.jre11
  com.tencent.kona:kona-crypto:1.0.15
  org.cyclonedx:cyclonedx-core-java:11.0.1
  com.networknt:json-schema-validator:1.5.8
  org.apache.shiro:shiro-crypto-cipher:3.0.1
  org.jasypt:jasypt:1.9.3
  com.google.guava:guava:33.5.0-jre
  org.apache.commons:commons-math3:3.6.1
  io.projectreactor:reactor-core:3.6.11
  com.google.protobuf:protobuf-java:3.25.1
)
# Versions that differ from Spring Boot's managed ones because those are the ones in the repository
# (what hibernate-core 7 and hibernate-validator 9 ask for).
managed=(
  jakarta.validation:jakarta.validation-api:3.1.1
  jakarta.persistence:jakarta.persistence-api:3.2.0
  org.glassfish.jaxb:jaxb-runtime:4.0.7
  org.glassfish.jaxb:jaxb-core:4.0.7
  org.glassfish.jaxb:txw2:4.0.7
)

build_jar() {
  local p=$dir/project
  rm -rf "$p"
  mkdir -p "$p/src/main/java/demo/cold" "$p/src/main/resources"
  {
    cat <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demo.cold</groupId>
  <artifactId>cold-service</artifactId>
  <version>1.0.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement>
    <dependencies>
POM
    for d in "${managed[@]}"; do
      IFS=: read -r g a v <<<"$d"
      echo "      <dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"
    done
    cat <<'POM'
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <version>3.5.7</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
POM
    for d in "${deps[@]}"; do
      IFS=: read -r g a v <<<"$d"
      echo "    <dependency><groupId>$g</groupId><artifactId>$a</artifactId>${v:+<version>$v</version>}</dependency>"
    done
    cat <<'POM'
  </dependencies>
  <build>
    <finalName>cold-service</finalName>
    <plugins>
      <plugin><artifactId>maven-clean-plugin</artifactId><version>3.5.0</version></plugin>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.5.0</version></plugin>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.16.0</version></plugin>
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.6.1</version>
        <configuration><skip>true</skip></configuration></plugin>
      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.5.1</version></plugin>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
        <version>3.5.7</version>
        <executions><execution><id>repackage</id><goals><goal>repackage</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
POM
  } >"$p/pom.xml"
  cat >"$p/src/main/java/demo/cold/ColdApplication.java" <<'JAVA'
package demo.cold;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ColdApplication {
  public static void main(String[] args) {
    SpringApplication.run(ColdApplication.class, args);
  }
}
JAVA
  cat >"$p/src/main/java/demo/cold/TokenService.java" <<'JAVA'
package demo.cold;

import java.security.MessageDigest;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;

@Service
public class TokenService {
  private static final byte[] KEY = "0123456789abcdef".getBytes();

  public byte[] seal(byte[] data) throws Exception {
    Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"));
    return c.doFinal(data);
  }

  public byte[] fingerprint(byte[] data) throws Exception {
    return MessageDigest.getInstance("MD5").digest(data);
  }
}
JAVA
  cat >"$p/src/main/java/demo/cold/Customer.java" <<'JAVA'
package demo.cold;

public class Customer {
  private String name;
  private String idCardNumber;
  private String mobilePhone;
  private String bankCardNumber;

  public String getName() {
    return name;
  }

  public String getIdCardNumber() {
    return idCardNumber;
  }

  public String getMobilePhone() {
    return mobilePhone;
  }

  public String getBankCardNumber() {
    return bankCardNumber;
  }
}
JAVA
  cat >"$p/src/main/resources/application.properties" <<'PROPS'
spring.application.name=cold-service
server.ssl.enabled=false
spring.datasource.url=jdbc:h2:mem:cold
spring.datasource.password=changeit
PROPS
  (cd "$p" && "$root/mvnw" -B -q ${MAVEN_ARGS--o} package) || {
    echo "cold-scan.sh: building the Spring Boot jar failed" >&2; exit 3; }
  cp "$p/target/cold-service.jar" "$dir/cold-service.jar"
}

if [[ -z $jar ]]; then
  jar=$dir/cold-service.jar
  [[ -f $jar ]] || build_jar
fi
[[ -f $jar ]] || { echo "cold-scan.sh: no such file: $jar" >&2; exit 3; }

# Build the command-line jar (./anke does it when the sources are newer) before anything is timed.
# The class-data-sharing archive is made on the first run after a build, before anything is timed.
"$anke" --version >/dev/null
"$anke" scan --help >/dev/null

size=$(stat -c %s "$jar")
nested=$(unzip -Z1 "$jar" | grep -c '^BOOT-INF/lib/.*\.jar$' || true)
classes=$( (unzip -Z1 "$jar" | grep -c '\.class$'; \
  tmp=$(mktemp -d); unzip -q -o "$jar" 'BOOT-INF/lib/*.jar' -d "$tmp"; \
  for j in "$tmp"/BOOT-INF/lib/*.jar; do unzip -Z1 "$j" | grep -c '\.class$' || true; done; \
  rm -rf "$tmp") | awk '{s+=$1} END {print s}')
echo "jar: $jar"
echo "size: $size bytes ($(awk -v s="$size" 'BEGIN {printf "%.1f MB", s/1e6}')), nested jars: $nested, class files: $classes"
echo "java: $(java -version 2>&1 | head -1); cpus: $(nproc); launcher: $anke; ANKE_JAVA_OPTS: ${java_opts:-(none)}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -n $keep ]] && mkdir -p "$keep"

# One route: runs it N times; prints the medians.
measure() {
  local name=$1; shift
  local i
  : >"$work/$name.tsv"
  for ((i = 1; i <= runs; i++)); do
    local t=$work/$name.$i.time
    local rc=0
    ANKE_JAVA_OPTS=$java_opts /usr/bin/time -v -o "$t" "$@" >"$work/$name.$i.out" 2>&1 || rc=$?
    if ((rc > 1)); then
      echo "cold-scan.sh: $name exited with $rc:" >&2; tail -5 "$work/$name.$i.out" >&2; exit 4
    fi
    awk -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (k = 1; k <= n; k++) w = w * 60 + p[k] }
      /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 }
      END { printf "%.2f\t%.2f\t%d\n", w, u + s, r / 1024 }' "$t" >>"$work/$name.tsv"
    [[ -n $keep ]] && cp "$t" "$work/$name.$i.out" "$keep/"
  done
  median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
  printf '| %s | %s | %s | %s |\n' "$name" \
    "$(cut -f1 "$work/$name.tsv" | median)" "$(cut -f2 "$work/$name.tsv" | median)" \
    "$(cut -f3 "$work/$name.tsv" | median)"
}

echo
echo "median of $runs runs each:"
echo
echo "| route | wall, s | user+sys CPU, s | max RSS, MB |"
echo "|---|---:|---:|---:|"
measure version "$anke" --version
IFS=, read -ra ps <<<"$profiles"
for p in "${ps[@]}"; do
  if [[ $p == default ]]; then
    measure "scan-default" "$anke" scan "$jar"
  elif [[ $p == *.yaml || $p == *.yml ]]; then
    [[ -f $p ]] || { echo "cold-scan.sh: no such profile file: $p" >&2; exit 2; }
    name=$(basename "$p"); name=${name%.*}
    measure "scan-$name" "$anke" scan "$jar" --profile "$(cd "$(dirname "$p")" && pwd)/$(basename "$p")"
  else
    measure "scan-$p" "$anke" scan "$jar" --profile "$p"
  fi
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
