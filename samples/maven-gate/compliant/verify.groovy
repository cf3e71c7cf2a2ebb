// Run by the plugin's integration tests (maven-plugin/pom.xml, execution samples-maven-gate).
import groovy.json.JsonSlurper
import io.anke.maven.it.ReadmeExcerpts

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

// The default profile, then xinchuang-strict: both pass, with nothing above low.
check(log.contains('[INFO] Anke check: profile gov-cloud-baseline, fail on high; 6 components, 1 class target(s).'), 'default profile scan line')
check(log =~ /\[INFO\] Anke gov-cloud-baseline: PASSED — no finding at or above high \(critical 0, high 0, medium 0, low 0, info 0\)/, 'default profile passes without findings')
check(log =~ /\[INFO\] Anke xinchuang-strict: PASSED — no finding at or above medium \(critical 0, high 0, medium 0, low \d+, info 0\)/, 'strict profile passes')
check(log.count('BUILD SUCCESS') == 2, 'both builds pass')
check(!log.contains('[ERROR]'), 'no error line')

// The report is the strict run's: SM3 and SM4 through anke-crypto count as national algorithms, and
// DM8 is a domestic driver.
def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
check(report.profile == 'xinchuang-strict' && report.summary.passed == true, 'JSON verdict')
check(report.findings.every { it.severity == 'low' }, 'only low findings: ' + report.findings*.ruleId)
check(!report.findings.any { it.ruleId.startsWith('CRYPTO-') || it.ruleId.contains('DB-DRIVER') }, 'no crypto or driver finding')

// The README gives exactly these commands and shows what they printed.
def readme = new File(basedir, 'README.md')
def goals = new Properties()
new File(basedir, 'invoker.properties').withReader('UTF-8') { goals.load(it) }
['invoker.goals.1', 'invoker.goals.2'].each {
  def command = './mvnw -B -f samples/maven-gate/compliant/pom.xml ' + goals[it]
  check(readme.getText('UTF-8').contains(command + '\n'), 'README gives the command ' + command)
}
check(ReadmeExcerpts.assertAllShownIn(readme.toPath(), log) == 2, 'both README excerpts checked')
return true
