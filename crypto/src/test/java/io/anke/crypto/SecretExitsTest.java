package io.anke.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm4.Sm4Key;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every way secret key material leaves a key object takes the {@link InsecureSecretAccess} token.
 */
class SecretExitsTest {

  /** The public instance methods that hand out bytes or text, other than {@code toString}. */
  private static List<Method> exits(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getReturnType() == byte[].class || m.getReturnType() == String.class)
        .filter(m -> !m.getName().equals("toString"))
        .toList();
  }

  @Test
  void everyExitOfASecretKeyTakesTheToken() {
    for (Class<?> type : List.of(Sm4Key.class, Sm2PrivateKey.class, Sm2KeyPair.class)) {
      for (Method m : exits(type)) {
        assertThat(m.getParameterTypes()).as("%s", m).containsExactly(InsecureSecretAccess.class);
      }
    }
    assertThat(exits(Sm2PrivateKey.class)).extracting(Method::getName).hasSize(6);
    assertThat(exits(Sm4Key.class)).extracting(Method::getName).containsExactly("toBytes");
  }

  @Test
  void noTokenNoSecret() throws Throwable {
    Sm2PrivateKey sm2 = Sm2KeyPair.generate().privateKey();
    Sm4Key sm4 = Sm4Key.generate();
    for (Object key : List.of(sm2, sm4)) {
      for (Method m : exits(key.getClass())) {
        assertThatThrownBy(() -> invoke(m, key, null))
            .as("%s", m)
            .isInstanceOf(NullPointerException.class)
            .hasMessage("InsecureSecretAccess");
        assertThat(invoke(m, key, InsecureSecretAccess.get())).as("%s", m).isNotNull();
      }
    }
  }

  private static Object invoke(Method m, Object target, Object arg) throws Throwable {
    try {
      return m.invoke(target, arg);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
