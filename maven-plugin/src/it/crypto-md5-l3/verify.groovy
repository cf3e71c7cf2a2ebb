import groovy.json.JsonSlurper
import io.anke.maven.it.ReadmeExcerpts

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

def src = new File(basedir, 'src/main/java/io/anke/it/legacy/PasswordHasher.java').readLines()
int line = src.findIndexOf { it.contains('getInstance("MD5")') } + 1

check(log =~ /\[ERROR\] HIGH CRYPTO-WEAK-HASH /, 'rule headline')
check(log =~ /subject:\s+io\.anke\.it\.legacy\.PasswordHasher\n/, 'class as subject')
check(log =~ ("where:\\s+" + java.util.regex.Pattern.quote("target/classes/io/anke/it/legacy/PasswordHasher.class:${line} io.anke.it.legacy.PasswordHasher#hash")), "class, method and line ${line}")
check(log =~ /why:\s+.*MD5/, 'algorithm named')
check(log =~ /standard:\s+.*GB\/T 39786-2021/, 'clause')
check(log =~ /\[ERROR\] Anke crypto-l3: FAILED .* at or above medium/, 'summary under crypto-l3')

def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
def f = report.findings.find { it.ruleId == 'CRYPTO-WEAK-HASH' }
check(f != null, 'finding in JSON')
check(f['properties'].algorithm == 'MD5', 'algorithm property')
check(f.location['class'] == 'io.anke.it.legacy.PasswordHasher', 'class in JSON')
check(f.location.line == line, 'line in JSON')
check(f.location.method == 'hash', 'method in JSON')
// The module's configuration (src/main/resources, copied to target/classes) is checked too,
// and the secret itself never reaches the log or the reports.
check(log =~ /\[ERROR\] HIGH CONFIG-PLAINTEXT-PASSWORD /, 'plaintext password in application.properties')
check(log =~ /where:\s+target\/classes\/application\.properties:2/, 'file and line of the password')
check(!log.contains('Gov@2024-Login!'), 'the password is not logged')
check(!new File(basedir, 'target/anke/anke-report.json').text.contains('Gov@2024-Login!'), 'the password is not in the report')

// A declared data classification that Classification.of would refuse at run time fails the build.
check(log =~ /\[ERROR\] HIGH DATA-CLASSIFIED-NOT-ENCRYPTED /, 'unencrypted classified field headline')
check(log =~ /subject:\s+io\.anke\.it\.legacy\.LoginAccount\n/, 'data class as subject')
check(log =~ /where:\s+target\/classes\/io\/anke\/it\/legacy\/LoginAccount\.class/, 'data class file')
check(log =~ /why:\s+io\.anke\.it\.legacy\.LoginAccount\.idNumber is sensitive-personal at protection level 3/, 'the judge\'s message')
def classified = report.findings.findAll { it.ruleId == 'DATA-CLASSIFIED-NOT-ENCRYPTED' }
check(classified.size() == 1, 'one unencrypted field: ' + classified)
check(classified[0]['properties'].field == 'idNumber', 'field in JSON')
check(classified[0]['properties'].level == '3', 'level in JSON')
check(!report.findings.any { it.ruleId == 'DATA-CLASSIFICATION-INVALID' }, 'a sound declaration otherwise')

// The same finding in Chinese (second invocation).
check(log.contains('[ERROR] HIGH CRYPTO-WEAK-HASH 高风险杂凑算法'), 'Chinese headline')
check(log.contains('问题：') && log.contains('MD5'), 'Chinese reason')
check(log =~ /Anke crypto-l3：未通过/, 'Chinese summary')
// What docs/maven-plugin.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/maven-plugin.md').toPath(), log, 'md5-l3', 'md5-l3-zh', 'plaintext-password') == 3, 'docs/maven-plugin.md excerpts')
// What docs/data-access.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/data-access.md').toPath(), log, 'classified-not-encrypted') == 1, 'docs/data-access.md excerpts')
return true
