import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

// One check, one summary, one set of reports: in the last module, for the whole reactor.
// Two invocations (sequential, then -T 2) append to the same build.log: everything happens twice.
check((log =~ /Anke check-aggregate: profile xinchuang-strict/).count == 2, 'exactly one scan per build')
check((log =~ /Anke xinchuang-strict: (PASSED|FAILED)/).count == 2, 'exactly one summary per build')
check((log =~ /the whole reactor is checked once, in the last module \(web-app\)/).count == 4, 'the other two modules defer')
check(log =~ /Anke check-aggregate: profile xinchuang-strict, fail on medium; 2 components, 2 class target\(s\)\./, 'reactor modules are not components; both class folders scanned')
check((log =~ /\[ERROR\] HIGH BOM-FOREIGN-DB-DRIVER /).count == 2, 'the driver reported once per build although two modules use it')
check(log.contains('io.anke.it:core-lib:1.0 -> com.microsoft.sqlserver:mssql-jdbc:13.6.2.jre11'), 'shortest path')
check(log =~ /where:\s+core-lib\/pom\.xml:\d+/, 'module pom as location')
// A module's build output maps to that module's sources, relative to the reactor root.
check(log =~ /where:\s+core-lib\/src\/main\/java\/io\/anke\/it\/core\/Accounts\.java:\d+ io\.anke\.it\.core\.Accounts#key/, 'module source as location')
check(log.contains('Reports: target/anke/anke-report.json'), 'reports of the top-level project')
// National algorithms are asked of the application once per build, not of each module: core-lib
// hashes with SHA-256, web-app holds no cryptography at all and gets no finding of its own.
check((log =~ /MEDIUM CRYPTO-NO-NATIONAL-ALGORITHM /).count == 2, 'one national-algorithm verdict per build')
check(log.contains('core-lib/target/classes: no use of SM2, SM3 or SM4 in the 2 application classes analysed; the application uses SHA-256 instead'), 'the verdict names the module that uses other cryptography')
check(!log.contains('web-app/target/classes: no use of SM2') && !log.contains('web-app/target/classes, '), 'nothing about the module without cryptography')

def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
def f = report.findings.find { it.ruleId == 'BOM-FOREIGN-DB-DRIVER' }
check(f != null && f.location.file == 'core-lib/pom.xml', 'location ' + f?.location)
check(!new File(basedir, 'core-lib/target/anke').exists() && !new File(basedir, 'web-app/target/anke').exists(), 'no per-module reports')
// Both modules were built before the check ran.
check(new File(basedir, 'core-lib/target/core-lib-1.0.jar').isFile(), 'core-lib built')
return true
