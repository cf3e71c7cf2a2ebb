// A release key and certificate made by OpenSSL 3, as a user would make them; never committed.
def run = { List<String> cmd ->
  def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
  def out = p.inputStream.getText('UTF-8')
  if (p.waitFor() != 0) throw new AssertionError(cmd.join(' ') + '\n' + out)
  out
}
run(['openssl', 'genpkey', '-algorithm', 'SM2', '-out', 'release-key.pem'])
run(['openssl', 'req', '-x509', '-new', '-key', 'release-key.pem', '-sm3',
     '-subj', '/O=Gov/CN=Release Signing', '-days', '30', '-out', 'release-cert.pem'])
return true
