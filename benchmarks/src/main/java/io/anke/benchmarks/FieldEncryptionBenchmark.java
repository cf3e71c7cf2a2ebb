package io.anke.benchmarks;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.field.BlindIndex;
import io.anke.crypto.field.FieldEncryptor;
import io.anke.crypto.field.IndexNormalizer;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Field encryption of one typical column value, an 18-character resident identity number, bound to
 * field, row and table, as text (Base64) and as bytes; its blind index; and, as the baseline, the
 * bare keyset AEAD on the same 18 bytes, which shows what the binding and the text form add.
 *
 * <p>Sample mode, so that JMH reports the median (p0.50) time per operation.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FieldEncryptionBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FieldEncryptionBenchmark {
  private static final String ID_NUMBER = "11010519491231002X";
  private static final byte[] ID_BYTES = ID_NUMBER.getBytes(StandardCharsets.UTF_8);
  private static final String ROW = "1024";
  private static final byte[] ROW_BYTES = ROW.getBytes(StandardCharsets.UTF_8);

  private FieldEncryptor fields;
  private BlindIndex index;
  private Aead keysetAead;
  private String ciphertextText;
  private byte[] ciphertextBytes;
  private byte[] bareCiphertext;

  @Setup
  public void setUp() {
    KeysetHandle keyset = KeysetHandle.generateNew(KeyType.SM4_GCM);
    fields = FieldEncryptor.create(keyset, "hr.employee");
    byte[] indexKey = new byte[32];
    new SecureRandom().nextBytes(indexKey);
    index = BlindIndex.forColumn(indexKey, "hr.employee.id_number", IndexNormalizer.IDENTIFIER);
    keysetAead = keyset.aead();
    ciphertextText = fields.encryptString(ID_NUMBER, "id_number", ROW);
    ciphertextBytes = fields.encrypt(ID_BYTES, "id_number", ROW_BYTES);
    bareCiphertext = keysetAead.encrypt(ID_BYTES, ROW_BYTES);
  }

  @Benchmark
  public String encryptString() {
    return fields.encryptString(ID_NUMBER, "id_number", ROW);
  }

  @Benchmark
  public String decryptString() throws DecryptionFailedException {
    return fields.decryptString(ciphertextText, "id_number", ROW);
  }

  @Benchmark
  public byte[] encryptBytes() {
    return fields.encrypt(ID_BYTES, "id_number", ROW_BYTES);
  }

  @Benchmark
  public byte[] decryptBytes() throws DecryptionFailedException {
    return fields.decrypt(ciphertextBytes, "id_number", ROW_BYTES);
  }

  @Benchmark
  public String blindIndexHex() {
    return index.computeHex(ID_NUMBER);
  }

  @Benchmark
  public byte[] baselineKeysetAeadEncrypt() {
    return keysetAead.encrypt(ID_BYTES, ROW_BYTES);
  }

  @Benchmark
  public byte[] baselineKeysetAeadDecrypt() throws DecryptionFailedException {
    return keysetAead.decrypt(bareCiphertext, ROW_BYTES);
  }
}
