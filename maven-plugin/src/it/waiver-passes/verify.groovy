import groovy.json.JsonSlurper
import io.anke.maven.it.ReadmeExcerpts

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

check(log.contains('Waived: BOM-FOREIGN-DB-DRIVER pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2.jre11 (migration-planned until 2099-12-31, approved by Wang Li (security officer))'), 'waived line')
check(log =~ /Anke xinchuang-strict: PASSED .* 1 waived/, 'summary line')
check(!log.contains('[ERROR] HIGH BOM-FOREIGN-DB-DRIVER'), 'no failure block')
check(log.contains('BUILD SUCCESS'), 'build passes')
check(log.contains('[WARNING] Unused waiver: rule BOM-FOREIGN-DB-DRIVER subject pkg:maven/com.oracle.database.jdbc/* (anke-waivers.yaml:10) matched no finding; remove it.'), 'unused waiver warning')

def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
def f = report.findings.find { it.ruleId == 'BOM-FOREIGN-DB-DRIVER' }
check(f != null && f.waived == true, 'the waived finding stays in the report')
check(report.summary.passed == true, 'JSON verdict')
// What docs/maven-plugin.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/maven-plugin.md').toPath(), log, 'waiver-applies', 'unused-waiver') == 2, 'docs/maven-plugin.md excerpts')
return true
