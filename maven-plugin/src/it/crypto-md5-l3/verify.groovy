import groovy.json.JsonSlurper
import io.anke.maven.it.ReadmeExcerpts

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

def src = new File(basedir, 'src/main/java/io/anke/it/legacy/PasswordHasher.java').readLines()
int line = src.findIndexOf { it.contains('getInstance("MD5")') } + 1

check(log =~ /\[ERROR\] HIGH CRYPTO-WEAK-HASH /, 'rule headline')
check(log =~ /subject:\s+io\.anke\.it\.legacy\.PasswordHasher\n/, 'class as subject')
// Where: the source the class was compiled from, with the line of the call, not target/classes.
check(log =~ ("where:\\s+" + java.util.regex.Pattern.quote("src/main/java/io/anke/it/legacy/PasswordHasher.java:${line} io.anke.it.legacy.PasswordHasher#hash")), "source, line ${line}, class and method")
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
check(f.location.file == 'target/classes/io/anke/it/legacy/PasswordHasher.class', 'class file in JSON')
check(f.location.sourceFile == 'PasswordHasher.java', 'SourceFile attribute in JSON')
check(f.location.source == [file: 'src/main/java/io/anke/it/legacy/PasswordHasher.java', line: line], 'source in JSON: ' + f.location.source)
// The module's configuration (src/main/resources, copied to target/classes) is checked too,
// and the secret itself never reaches the log or the reports.
check(log =~ /\[ERROR\] HIGH CONFIG-PLAINTEXT-PASSWORD /, 'plaintext password in application.properties')
check(log =~ /where:\s+src\/main\/resources\/application\.properties:2\n/, 'resource file and line of the password')
check(!log.contains('Gov@2024-Login!'), 'the password is not logged')
check(!new File(basedir, 'target/anke/anke-report.json').text.contains('Gov@2024-Login!'), 'the password is not in the report')

// A declared data classification that Classification.of would refuse at run time fails the build.
check(log =~ /\[ERROR\] HIGH DATA-CLASSIFIED-NOT-ENCRYPTED /, 'unencrypted classified field headline')
check(log =~ /subject:\s+io\.anke\.it\.legacy\.LoginAccount\n/, 'data class as subject')
check(log =~ /where:\s+src\/main\/java\/io\/anke\/it\/legacy\/LoginAccount\.java io\.anke\.it\.legacy\.LoginAccount\n/, 'data class source')
check(log =~ /why:\s+io\.anke\.it\.legacy\.LoginAccount\.idNumber is sensitive-personal at protection level 3/, 'the judge\'s message')
def classified = report.findings.findAll { it.ruleId == 'DATA-CLASSIFIED-NOT-ENCRYPTED' }
check(classified.size() == 1, 'one unencrypted field: ' + classified)
check(classified[0]['properties'].field == 'idNumber', 'field in JSON')
check(classified[0]['properties'].level == '3', 'level in JSON')
check(!report.findings.any { it.ruleId == 'DATA-CLASSIFICATION-INVALID' }, 'a sound declaration otherwise')

// SARIF: every file a result points at is a file of the project, no build output; a line only
// on the file it is a line of; class and method as a logical location.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.sarif'))
def results = sarif.runs[0].results
results.each { r ->
  r.locations?.each { l ->
    def uri = l.physicalLocation?.artifactLocation?.uri
    if (uri != null) {
      check(new File(basedir, URLDecoder.decode(uri, 'UTF-8')).exists(), "${r.ruleId} points at ${uri}, which exists")
      check(!uri.startsWith('target/'), "${r.ruleId} points at the source, not at ${uri}")
    }
  }
}
def hash = results.find { it.ruleId == 'CRYPTO-WEAK-HASH' }.locations[0]
check(hash.physicalLocation.artifactLocation.uri == 'src/main/java/io/anke/it/legacy/PasswordHasher.java', 'SARIF source file')
check(hash.physicalLocation.region.startLine == line, 'SARIF line of the source')
check(hash.logicalLocations[0].fullyQualifiedName == 'io.anke.it.legacy.PasswordHasher.hash' && hash.logicalLocations[0].kind == 'function', 'SARIF class and method')
def password = results.find { it.ruleId == 'CONFIG-PLAINTEXT-PASSWORD' }.locations[0].physicalLocation
check(password.artifactLocation.uri == 'src/main/resources/application.properties' && password.region.startLine == 2, 'SARIF resource file and line')
check(!sarif.runs[0].tool.driver.containsKey('informationUri'), 'no informationUri of a site that is not the project\'s')

// The same finding in Chinese (second invocation).
check(log.contains('[ERROR] HIGH CRYPTO-WEAK-HASH 高风险杂凑算法'), 'Chinese headline')
check(log.contains("[ERROR]   位置：      src/main/java/io/anke/it/legacy/PasswordHasher.java:${line} io.anke.it.legacy.PasswordHasher#hash"), 'Chinese where: line')
check(log.contains('问题：') && log.contains('MD5'), 'Chinese reason')
check(log =~ /Anke crypto-l3：未通过/, 'Chinese summary')
// What docs/maven-plugin.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/maven-plugin.md').toPath(), log, 'md5-l3', 'md5-l3-zh', 'plaintext-password') == 3, 'docs/maven-plugin.md excerpts')
// What docs/data-access.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/data-access.md').toPath(), log, 'classified-not-encrypted') == 1, 'docs/data-access.md excerpts')
return true
