import io.anke.maven.it.ReadmeExcerpts

def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { ok, String what -> if (!(ok as boolean)) throw new AssertionError(what + "\n--- build.log ---\n" + log) }
def run = { List<String> cmd ->
  def p = new ProcessBuilder(cmd).directory(basedir).start()
  def out = p.inputStream.getText('UTF-8')
  def err = p.errorStream.getText('UTF-8')
  [p.waitFor(), out, err]
}

check(log.contains('BUILD SUCCESS'), 'build passes')
check(log.contains('Anke sign: SM3 digests of 2 artifact(s) -> target/anke-manifest.txt, SM2 signature -> target/anke-manifest.txt.p7s'), 'sign line')

// Read the manifest back: the header, then one line per artifact, sorted, two spaces before the path.
def manifest = new File(basedir, 'target/anke-manifest.txt')
def lines = manifest.getText('UTF-8').split('\n', -1) as List
check(lines[0] == 'anke-delivery-manifest 1', 'header: ' + lines[0])
check(lines[-1] == '', 'ends with a line feed')
def entries = lines[1..-2].collect { l ->
  def m = l =~ /^sm3 ([0-9a-f]{64})  (.+)$/
  check(m.matches(), 'entry line: ' + l)
  [m.group(2), m.group(1)]
}
check(entries*.get(0) == ['sign-app-1.0-tests.jar', 'sign-app-1.0.jar'], 'entries: ' + entries)

// Every digest is the one OpenSSL computes.
entries.each { path, digest ->
  def (code, out, err) = run(['openssl', 'dgst', '-sm3', '-r', 'target/' + path])
  check(code == 0, 'openssl dgst: ' + err)
  check(out.split(' ')[0] == digest, path + ': manifest ' + digest + ', openssl ' + out)
}

// OpenSSL accepts the detached signature over exactly the manifest's bytes ...
def (code, out, err) = run(['openssl', 'cms', '-verify', '-binary', '-inform', 'DER',
    '-content', 'target/anke-manifest.txt', '-in', 'target/anke-manifest.txt.p7s',
    '-noverify', '-out', 'target/verified.txt'])
check(code == 0 && err.contains('Verification successful'), 'openssl cms -verify: ' + err)
// ... and the signer it carries is the release certificate.
def (c2, signers, e2) = run(['openssl', 'cms', '-verify', '-binary', '-inform', 'DER',
    '-content', 'target/anke-manifest.txt', '-in', 'target/anke-manifest.txt.p7s',
    '-noverify', '-signer', 'target/signer.pem', '-out', 'target/verified.txt'])
check(c2 == 0, 'signer export: ' + e2)
check(new File(basedir, 'target/signer.pem').text.trim() == new File(basedir, 'release-cert.pem').text.trim(), 'signer is the release certificate')

// A changed manifest no longer verifies.
manifest.setText(manifest.getText('UTF-8').replace('sign-app-1.0.jar', 'sign-app-1.1.jar'), 'UTF-8')
def (c3, o3, e3) = run(['openssl', 'cms', '-verify', '-binary', '-inform', 'DER',
    '-content', 'target/anke-manifest.txt', '-in', 'target/anke-manifest.txt.p7s',
    '-noverify', '-out', 'target/verified.txt'])
check(c3 != 0, 'a changed manifest must fail: ' + e3)
// What docs/maven-plugin.md shows of this build is what it printed.
check(ReadmeExcerpts.assertShownIn(new File(ankeRoot, 'docs/maven-plugin.md').toPath(), log, 'sign') == 1, 'docs/maven-plugin.md excerpts')
return true
