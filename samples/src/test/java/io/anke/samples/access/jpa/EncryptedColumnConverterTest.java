package io.anke.samples.access.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.field.FieldEncryptor;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The converter under a real JPA provider (Hibernate ORM) on a real database (H2). */
class EncryptedColumnConverterTest {
  private static SessionFactory jpa;
  private static FieldEncryptor encryptor;

  @BeforeAll
  static void start() {
    encryptor = FieldEncryptor.create(KeysetHandle.generateNew(KeyType.SM4_GCM));
    EncryptedColumnConverter.use(encryptor);
    jpa =
        new Configuration()
            .addAnnotatedClass(ResidentEntity.class)
            .setProperty("hibernate.connection.url", "jdbc:h2:mem:jpa;DB_CLOSE_DELAY=-1")
            .setProperty("hibernate.hbm2ddl.auto", "create-drop")
            .setProperty("hibernate.show_sql", "false")
            .buildSessionFactory();
  }

  @AfterAll
  static void stop() {
    jpa.close();
  }

  @Test
  void theColumnHoldsCiphertextAndTheEntityThePlainValue() {
    jpa.inTransaction(s -> s.persist(new ResidentEntity(1L, "110101199003071233", "张三")));
    String stored =
        jpa.fromSession(
            s ->
                s.createNativeQuery(
                        "SELECT id_number FROM ResidentEntity WHERE id = 1", String.class)
                    .getSingleResult());
    assertThat(stored).doesNotContain("110101199003071233").doesNotContain("1233");
    ResidentEntity loaded = jpa.fromSession(s -> s.find(ResidentEntity.class, 1L));
    assertThat(loaded.idNumber).isEqualTo("110101199003071233");
    assertThat(loaded.name).isEqualTo("张三");
  }

  @Test
  void aCiphertextWrittenUnderAnotherColumnDoesNotDecrypt() {
    // same key, written for another column (an insider moving a value between columns)
    String foreign = encryptor.encryptString("110101199003071233", "resident_entity.name");
    jpa.inTransaction(
        s ->
            s.createNativeMutationQuery(
                    "INSERT INTO ResidentEntity (id, id_number, name) VALUES (2, :v, 'x')")
                .setParameter("v", foreign)
                .executeUpdate());
    assertThatThrownBy(() -> jpa.fromSession(s -> s.find(ResidentEntity.class, 2L)))
        .hasRootCauseInstanceOf(io.anke.crypto.DecryptionFailedException.class);
  }
}
