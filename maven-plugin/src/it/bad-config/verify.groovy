import io.anke.maven.it.ReadmeExcerpts

// Each numbered invocation appends to build.log.
def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

check(log.contains("Anke: anke.failOnSeverity: unknown fail-on threshold 'severe'; expected one of critical, high, medium, low, info, never"), 'bad threshold')
check(log =~ /Anke: unknown profile 'crypto-l4'; known profiles: .*crypto-l3/, 'unknown profile')
check(log =~ /Anke: broken-waivers\.yaml:4: .*because-we-said-so/, 'bad waiver reason with file and line')
check(log.contains('[WARNING] Anke is skipped (anke.skip): nothing was checked in this module.'), 'skip is a warning')
check(!(log =~ /\n\s+at [a-z]+\.[\w.$]+\(/), 'no stack trace')
// What docs/maven-plugin.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/maven-plugin.md').toPath(), log, 'bad-config') == 1, 'docs/maven-plugin.md excerpts')
return true
