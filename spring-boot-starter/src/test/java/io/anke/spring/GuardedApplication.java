package io.anke.spring;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;

/**
 * The test application: a plain Spring Boot web application with the starter and Actuator, its
 * settings in {@code src/test/resources/application.properties}.
 */
@SpringBootApplication
public class GuardedApplication {
  public static void main(String[] args) {
    SpringApplication.run(GuardedApplication.class, args);
  }

  /** An application bean that counts its creations, to show what the guard ran before. */
  @Component
  public static class FirstBean {
    /** How many times any application in this JVM created the bean. */
    public static final AtomicInteger CREATED = new AtomicInteger();

    public FirstBean() {
      CREATED.incrementAndGet();
    }
  }
}
