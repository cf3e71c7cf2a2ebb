def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

check(!log.contains('not a zip archive'), 'the pom-typed dependency is not walked as an archive')
// one class target: the Dameng driver jar; the pom is passed over
check(log =~ /Anke check: profile xinchuang-strict, fail on never; \d+ components, 1 class target\(s\)\./, 'one class target')
check(new File(basedir, 'target/anke/anke-report.json').isFile(), 'report written')
return true
