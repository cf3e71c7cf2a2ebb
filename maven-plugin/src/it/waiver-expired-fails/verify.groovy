import groovy.json.JsonSlurper
import io.anke.maven.it.ReadmeExcerpts

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

check(log =~ /\[WARNING\] Expired waiver no longer applies: rule BOM-FOREIGN-DB-DRIVER subject pkg:maven\/com\.microsoft\.sqlserver\/mssql-jdbc@\* expired on 2024-06-30 \(.*anke-waivers\.yaml:3\); 1 finding\(s\) count again/, 'expired waiver warning')
check(log.contains('[ERROR] HIGH BOM-FOREIGN-DB-DRIVER '), 'the finding counts again')
check(!log.contains('Waived: BOM-FOREIGN-DB-DRIVER'), 'not waived')
check(log =~ /\[ERROR\] Anke xinchuang-strict: FAILED/, 'summary line')

def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
check(report.findings.any { it.ruleId == 'ANKE-WAIVER-EXPIRED' }, 'expired waiver reported')
check(report.findings.find { it.ruleId == 'BOM-FOREIGN-DB-DRIVER' }.waived == false, 'finding not waived')
// What docs/maven-plugin.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/maven-plugin.md').toPath(), log, 'waiver-expired') == 1, 'docs/maven-plugin.md excerpts')
return true
