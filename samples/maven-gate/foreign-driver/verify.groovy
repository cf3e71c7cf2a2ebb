// Run by the plugin's integration tests (maven-plugin/pom.xml, execution samples-maven-gate).
import groovy.json.JsonSlurper
import io.anke.maven.it.ReadmeExcerpts
import java.util.regex.Pattern

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

// The foreign driver that nothing in the POM names: component, the path that pulled it in, and the
// line of the direct dependency responsible.
def path = 'io.anke.samples.gate:statistics-export:1.0 -> com.oracle.database.r2dbc:oracle-r2dbc:1.3.0 -> com.oracle.database.jdbc:ojdbc11:23.6.0.24.10'
check(log.contains('[ERROR] HIGH BOM-FOREIGN-DB-DRIVER Foreign database driver'), 'driver rule headline')
check(log.contains('[ERROR]   component:  pkg:maven/com.oracle.database.jdbc/ojdbc11@23.6.0.24.10'), 'purl')
check(log.contains('[ERROR]   path:       ' + path), 'dependency path')
def pom = new File(basedir, 'pom.xml').readLines()
int artifactAt = pom.findIndexOf { it.contains('<artifactId>oracle-r2dbc</artifactId>') }
int dependencyLine = (0..artifactAt).findAll { pom[it].contains('<dependency>') }.max() + 1
def where = (log =~ /where:\s+pom\.xml:(\d+)/)
check(where.find(), 'pom.xml line of the driver')
check((where.group(1) as int) == dependencyLine, "pom.xml:${where.group(1)} is the <dependency> of oracle-r2dbc (line ${dependencyLine})")

// The MD5 call: class, method and source line.
def source = new File(basedir, 'src/main/java/io/anke/samples/gate/export/ExportChecksum.java').readLines()
int md5Line = source.findIndexOf { it.contains('getInstance("MD5")') } + 1
check(log.contains('[ERROR] HIGH CRYPTO-WEAK-HASH High-risk hash algorithm'), 'weak-hash rule headline')
check(log =~ ('where:\\s+' + Pattern.quote("src/main/java/io/anke/samples/gate/export/ExportChecksum.java:${md5Line} io.anke.samples.gate.export.ExportChecksum#of")), "source, line ${md5Line}, class and method")
check(log =~ /why:\s+.*uses the high-risk hash MD5 via java\.security\.MessageDigest\.getInstance \(application code\)/, 'algorithm and API named')

check(log =~ /\[ERROR\] Anke xinchuang-strict: FAILED — \d+ finding\(s\) at or above medium/, 'verdict')
check(log.contains('BUILD FAILURE'), 'the build fails')

def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
check(report.summary.passed == false, 'JSON verdict')
def driver = report.findings.findAll { it.ruleId == 'BOM-FOREIGN-DB-DRIVER' }
check(driver.size() == 1 && driver[0].subject.path == path.split(' -> ') as List, 'one driver finding, its path in JSON: ' + driver*.subject)
def md5 = report.findings.find { it.ruleId == 'CRYPTO-WEAK-HASH' }
check(md5?.location?.line == md5Line && md5.location.method == 'of' && md5['properties'].algorithm == 'MD5', 'MD5 location in JSON: ' + md5)
check(md5.location.source == [file: 'src/main/java/io/anke/samples/gate/export/ExportChecksum.java', line: md5Line], 'MD5 source in JSON: ' + md5.location)
// Code scanning gets the source file and line, the module's verdict its source directory.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.sarif')).runs[0].results
def md5Sarif = sarif.find { it.ruleId == 'CRYPTO-WEAK-HASH' }.locations[0].physicalLocation
check(md5Sarif.artifactLocation.uri == 'src/main/java/io/anke/samples/gate/export/ExportChecksum.java' && md5Sarif.region.startLine == md5Line, 'MD5 in SARIF: ' + md5Sarif)
check(sarif.find { it.ruleId == 'CRYPTO-NO-NATIONAL-ALGORITHM' }.locations[0].physicalLocation.artifactLocation.uri == 'src/main/java', 'national-algorithm verdict in SARIF')

// The README gives exactly this command and shows what it printed.
def readme = new File(basedir, 'README.md')
def goals = new Properties()
new File(basedir, 'invoker.properties').withReader('UTF-8') { goals.load(it) }
def command = './mvnw -B -f samples/maven-gate/foreign-driver/pom.xml ' + goals['invoker.goals.1']
check(readme.getText('UTF-8').contains(command + '\n'), 'README gives the command ' + command)
check(ReadmeExcerpts.assertAllShownIn(readme.toPath(), log) == 1, 'the README excerpt checked')
return true
