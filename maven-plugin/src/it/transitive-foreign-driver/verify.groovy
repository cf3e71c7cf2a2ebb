import groovy.json.JsonSlurper
import io.anke.maven.it.ReadmeExcerpts

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

def path = 'io.anke.it:transitive-app:1.0 -> io.anke.it:foreign-dao:1.0 -> com.microsoft.sqlserver:mssql-jdbc:13.6.2.jre11'
check(log.contains('[ERROR] HIGH BOM-FOREIGN-DB-DRIVER '), 'rule headline')
check(log.contains('path:') && log.contains(path), 'full dependency path')
// The origin is the line of the direct dependency that pulled the driver in.
def pomLines = new File(basedir, 'pom.xml').readLines()
int depLine = pomLines.findIndexOf { it.contains('<artifactId>foreign-dao</artifactId>') } + 1
def where = (log =~ /where:\s+pom\.xml:(\d+)/)
check(where.find(), 'pom.xml location')
int reported = where.group(1) as int
check(reported <= depLine && depLine - reported <= 2, "pom.xml line ${reported} near foreign-dao at ${depLine}")
check(log =~ /\[ERROR\] Anke xinchuang-strict: FAILED/, 'summary line')

def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
def f = report.findings.find { it.ruleId == 'BOM-FOREIGN-DB-DRIVER' }
check(f != null, 'finding in the JSON report')
check(f.subject.path == ['io.anke.it:transitive-app:1.0', 'io.anke.it:foreign-dao:1.0', 'com.microsoft.sqlserver:mssql-jdbc:13.6.2.jre11'], 'JSON path ' + f.subject.path)
// The library in between is not itself a finding of that rule.
check(report.findings.count { it.ruleId == 'BOM-FOREIGN-DB-DRIVER' } == 1, 'exactly one driver finding')
// What docs/maven-plugin.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/maven-plugin.md').toPath(), log, 'transitive-foreign-driver') == 1, 'docs/maven-plugin.md excerpts')
return true
