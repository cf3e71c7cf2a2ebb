import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

check(log =~ /Anke check: profile xinchuang-strict, fail on medium; 1 components, 1 class target\(s\)\./, 'scan line')
check(log =~ /\[INFO\] Anke xinchuang-strict: PASSED/, 'summary line')
check(!log.contains('[ERROR]'), 'no error lines')
check(log.contains('BUILD SUCCESS'), 'build passes')
check(log.contains('anke:check-aggregate') && log.contains('User property: anke.profile'), 'anke:help -Ddetail in a project that declares the plugin')

def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
check(report.profile == 'xinchuang-strict' || report.profile?.id == 'xinchuang-strict', 'profile in report: ' + report.profile)
check(report.summary.passed == true, 'JSON verdict')
check(!report.findings.any { it.ruleId == 'BOM-FOREIGN-DB-DRIVER' }, 'the domestic driver is not foreign')
return true
