def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

check(log.contains('BUILD SUCCESS'), 'the documented command works')
check(log.contains('anke:check'), 'lists the check goal')
check(log.contains('anke:check-aggregate') && log.contains('anke:sbom') && log.contains('anke:sign'), 'lists the other goals')
check(log.contains('User property: anke.sign.keyFile'), 'the sign goal\'s parameters')
check(log.contains('failOnSeverity') && log.contains('User property: anke.failOnSeverity'), 'parameters with -Ddetail')
return true
