def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }

check(new File(basedir, 'anke-baseline.json').isFile(), 'baseline written')
check(log =~ /Baseline anke-baseline\.json did not exist: recorded \d+ finding\(s\)/, 'first build records')
check(log =~ /Baseline anke-baseline\.json: \d+ known finding\(s\) do not count/, 'second build applies')
check((log =~ /Anke xinchuang-strict: PASSED/).count == 2, 'first two builds pass')
check(!(log =~ /\[ERROR\]\s+component:\s+pkg:maven\/com\.microsoft\.sqlserver/), 'the known driver never fails')
check(log =~ /\[ERROR\]\s+component:\s+pkg:maven\/net\.sourceforge\.jtds\/jtds@1\.3\.1/, 'the new driver fails')
check(log =~ /\[ERROR\] Anke xinchuang-strict: FAILED .* 1 finding\(s\) at or above medium/, 'third build fails')
return true
