import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

// The offending component, the rule, the path, the pom.xml line, the clause, the fix, the waiver.
check(log.contains('[ERROR] HIGH BOM-FOREIGN-DB-DRIVER '), 'rule headline')
check(log.contains('pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2.jre11'), 'component purl')
check(log.contains('io.anke.it:direct-app:1.0 -> com.microsoft.sqlserver:mssql-jdbc:13.6.2.jre11'), 'dependency path')
def pomLines = new File(basedir, 'pom.xml').readLines()
int depLine = pomLines.findIndexOf { it.contains('<artifactId>mssql-jdbc</artifactId>') } + 1
def where = (log =~ /where:\s+pom\.xml:(\d+)/)
check(where.find(), 'pom.xml location')
int reported = where.group(1) as int
check(reported > 0 && reported <= depLine && depLine - reported <= 2, "pom.xml line ${reported} near the dependency at ${depLine}")
check(log =~ /standard:\s+\S/, 'standard clause')
check(log =~ /fix:\s+.*com\.dameng:DmJdbcDriver18/, 'domestic alternatives in the fix')
check(log.contains('- rule: BOM-FOREIGN-DB-DRIVER'), 'waiver snippet rule')
check(log.contains('subject: "pkg:maven/com.microsoft.sqlserver/mssql-jdbc@*"'), 'waiver snippet subject')
check(log =~ /\[ERROR\] Anke xinchuang-strict: FAILED .* 1 finding\(s\) at or above medium/, 'summary line')
check(log =~ /Reports: target\/anke\/anke-report\.json, target\/anke\/anke-report\.sarif, target\/anke\/anke-report\.html/, 'report paths')
check(log.contains('Anke: 1 finding(s) at or above medium under profile xinchuang-strict'), 'failure message')
// A policy failure is not a crash: no stack trace at the default log level.
check(!(log =~ /\n\s+at [a-z]+\.[\w.$]+\(/), 'no stack trace')

def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
def f = report.findings.find { it.ruleId == 'BOM-FOREIGN-DB-DRIVER' }
check(f != null, 'finding in the JSON report')
check(f.subject.id == 'pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2.jre11', 'JSON subject id')
check(f.subject.path == ['io.anke.it:direct-app:1.0', 'com.microsoft.sqlserver:mssql-jdbc:13.6.2.jre11'], 'JSON subject path ' + f.subject.path)
check(f.location.file == 'pom.xml', 'JSON location file')
check(report.summary.passed == false, 'JSON verdict')
check(new File(basedir, 'target/anke/anke-report.sarif').length() > 0, 'SARIF report')
check(new File(basedir, 'target/anke/anke-report.html').length() > 0, 'HTML report')

// Invocations 1-3 changed the report formats: nothing of another format is ever left behind.
def runs = log.split(/\[INFO\] Scanning for projects/).findAll { it.contains('anke:') }
check(runs.size() == 4, 'four invocations, found ' + runs.size())
check(runs[1].contains('Removed report(s) of an earlier run in formats not requested now: target/anke/anke-report.txt'), 'stale reports removed')
check(runs[2].contains('Removed report(s) of an earlier run in formats not requested now: target/anke/anke-report.sarif'), 'formats=none removes this run\'s predecessors too')
check(runs[2].contains('Anke: 1 finding(s) at or above medium under profile xinchuang-strict; see the messages above (no report was written: anke.formats is none)'), 'with formats=none the failure names no report')
check(!runs[2].contains('[INFO] Reports:'), 'no report line without reports')
def left = new File(basedir, 'target/anke').list().sort()
check(left == ['anke-report.html', 'anke-report.json', 'anke-report.sarif'], 'only the last run\'s reports: ' + left)
return true
