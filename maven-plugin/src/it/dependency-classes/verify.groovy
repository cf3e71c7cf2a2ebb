import groovy.json.JsonSlurper
import io.anke.maven.it.ReadmeExcerpts

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

check(log.contains('2 components, 3 class target(s).'), 'the module and both dependency jars are scanned')
def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
def crypto = report.findings.findAll { it.ruleId.startsWith('CRYPTO-') }

// Library code: named by coordinates and dependency path, never the application's.
def driver = crypto.findAll { it.location['class']?.startsWith('com.microsoft.sqlserver.') }
check(!driver.isEmpty(), 'findings inside the SQL Server driver')
def purl = 'pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2.jre11'
driver.each { f ->
  check(f['properties'].origin == 'library', 'origin ' + f)
  check(f['properties'].component == purl, 'component ' + f['properties'].component)
  check(f.message.endsWith(" (in library ${purl}, pulled in by io.anke.it:orders:1.0 → io.anke.it:foreign-dao:1.0)"), 'message ' + f.message)
  check(f.subject.path == ['io.anke.it:orders:1.0', 'io.anke.it:foreign-dao:1.0', 'com.microsoft.sqlserver:mssql-jdbc:13.6.2.jre11'], 'path ' + f.subject.path)
}
// The finding docs/bytecode-scanning.md shows ("Where a usage is"), word for word:
def shown = '''
com.microsoft.sqlserver.jdbc.NTLMAuthentication#calculateChannelBindingMD5Hash:658 uses the high-risk hash MD5 via java.security.MessageDigest.getInstance (in library pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2.jre11, pulled in by io.anke.it:orders:1.0 → io.anke.it:foreign-dao:1.0)
'''.strip()
check(driver.any { it.message == shown }, 'the message the doc shows: ' + driver*.message.findAll { it.contains('MD5Hash') })
check(!log.contains('com.microsoft.sqlserver') || !(log =~ /com\.microsoft\.sqlserver\S*: .*\(application code\)/), 'no library finding says application code')
check(crypto.findAll { it['properties'].origin == 'application' }.every { it.location['class'].startsWith('io.anke.it.') }, 'only the module is application code')

// National algorithms: asked once, of the application (its AES), not of each jar.
def national = crypto.findAll { it.ruleId == 'CRYPTO-NO-NATIONAL-ALGORITHM' }
check(national.size() == 1, 'one verdict on national algorithms, found ' + national.size())
check(national[0].subject.id == 'target/classes', 'about the module ' + national[0].subject)
check(national[0].message.contains('uses AES instead'), national[0].message)
// What docs/maven-plugin.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/maven-plugin.md').toPath(), log, 'dependency-classes') == 1, 'docs/maven-plugin.md excerpts')
return true
