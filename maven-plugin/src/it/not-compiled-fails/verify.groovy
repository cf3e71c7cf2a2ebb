import groovy.json.JsonSlurper
import io.anke.maven.it.ReadmeExcerpts

// Three invocations append to build.log, each starting with "Scanning for projects".
def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }
def runs = log.split(/\[INFO\] Scanning for projects/).findAll { it.contains('anke:') }
check(runs.size() == 3, 'three invocations, found ' + runs.size())
def (direct, switchedOff, compiled) = runs

// 1. Nothing compiled: not "0 class target(s), PASSED" but a failing finding that says why.
check(direct.contains('Anke check: profile crypto-l3, fail on medium; 0 components, 0 class target(s).'), 'nothing to scan')
check(direct.contains('[ERROR] HIGH ANKE-INPUT-MISSING Input not examined'), 'input-missing headline')
check(direct =~ /subject:\s+target\/classes\n/, 'the output directory as subject')
check(direct.contains('target/classes was not examined: src/main/java holds 1 source file(s) but the output directory does not exist: the module was not compiled (run the goal within mvn verify, or mvn compile before it)'), 'why')
check(direct =~ /rule\(s\) of this profile \(CONFIG-\*, CRYPTO-\*, DATA-\*\) had nothing to judge there/, 'which rules had nothing to judge')
check(!direct.contains('- rule: ANKE-INPUT-MISSING'), 'no waiver template for an engine finding')
check(direct =~ /\[ERROR\] Anke crypto-l3: FAILED .* 1 finding\(s\) at or above medium/, 'fails')
check(!direct.contains('PASSED'), 'never passes')

// 2. Switched off on purpose: said, in the log and the report, without failing.
check(switchedOff.contains("[INFO] INFO ANKE-INPUT-EXCLUDED target/classes: target/classes was not examined: anke.scanProjectClasses is false, so the module's classes and configuration files were not scanned;"), 'excluded is reported')
check(switchedOff.contains('Removed report(s) of an earlier run in formats not requested now: target/anke/anke-report.html, target/anke/anke-report.sarif'), 'stale reports removed')
check(switchedOff.contains('BUILD SUCCESS'), 'passes')

// 3. Compiled: the same goal now sees the MD5 call and the password.
check(compiled.contains('1 class target(s)'), 'the classes are scanned')
check(compiled.contains('[ERROR] HIGH CRYPTO-WEAK-HASH '), 'MD5 found')
check(compiled.contains('[ERROR] HIGH CONFIG-PLAINTEXT-PASSWORD '), 'password found')
check(!compiled.contains('ANKE-INPUT-MISSING'), 'nothing missing once compiled')

def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
check(report.findings.any { it.ruleId == 'CRYPTO-WEAK-HASH' }, 'report of the compiled run')
// What docs/maven-plugin.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/maven-plugin.md').toPath(), direct, 'not-compiled') == 1, 'docs/maven-plugin.md excerpts')
return true
