import groovy.json.JsonSlurper
import io.anke.maven.it.ReadmeExcerpts

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

check(!log.contains('Downloading from') && !log.contains('Downloaded from'), 'nothing downloaded')
check(log.contains('BUILD SUCCESS'), 'build passes offline')
check(log =~ /Anke xinchuang-strict: REPORT ONLY \(fail on never\)/, 'report-only summary')
// True counts: the catalog knows the SQL Server driver's vendor, not the test library's.
check(log.contains("Anke sbom: 2 components -> target/anke/bom.cdx.json; supplier from the vendor catalog for 1 of them (1 with a country), none for the other 1 (Maven's metadata carries neither); SHA-256 for 2."), 'sbom line with true counts')

def report = new JsonSlurper().parse(new File(basedir, 'target/anke/anke-report.json'))
check(report.findings.any { it.ruleId == 'BOM-FOREIGN-DB-DRIVER' }, 'the driver is still reported')
check(new File(basedir, 'target/anke/anke-report.txt').text.contains('BOM-FOREIGN-DB-DRIVER'), 'text report')

// The CycloneDX document carries supplier and country from the catalog, which Maven lacks.
def bom = new JsonSlurper().parse(new File(basedir, 'target/anke/bom.cdx.json'))
check(bom.bomFormat == 'CycloneDX', 'CycloneDX document')
def driver = bom.components.find { it.name == 'mssql-jdbc' }
check(driver != null, 'driver component')
check(driver.purl == 'pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2.jre11', 'purl ' + driver.purl)
check(driver.supplier?.name?.contains('Microsoft'), 'supplier ' + driver.supplier)
check(driver.supplier?.address?.country == 'US' || driver.manufacturer?.address?.country == 'US' || driver.toString().contains('US'), 'country ' + driver)
check(driver.hashes?.any { it.alg == 'SHA-256' && it.content ==~ /[0-9a-f]{64}/ }, 'SHA-256 hash')
// The project is the document's subject, and the root of the dependency graph.
check(bom.metadata.component?.purl == 'pkg:maven/io.anke.it/offline-app@1.0', 'metadata.component ' + bom.metadata.component)
def rootDeps = bom.dependencies.find { it.ref == 'pkg:maven/io.anke.it/offline-app@1.0' }
check(rootDeps?.dependsOn == ['pkg:maven/io.anke.it/foreign-dao@1.0'], 'root dependencies ' + rootDeps)
check(bom.dependencies.find { it.ref == 'pkg:maven/io.anke.it/foreign-dao@1.0' }?.dependsOn == ['pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2.jre11'], 'transitive edge')
check(bom.metadata.tools.components[0].name == 'anke', 'tool')
check(!bom.containsKey('serialNumber') && !bom.metadata.containsKey('timestamp'), 'reproducible: no serial number, no timestamp')
// What docs/maven-plugin.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/maven-plugin.md').toPath(), log, 'sbom') == 1, 'docs/maven-plugin.md excerpts')
return true
