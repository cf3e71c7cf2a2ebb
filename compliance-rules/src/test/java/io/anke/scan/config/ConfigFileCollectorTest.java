package io.anke.scan.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.rules.packs.PackScans.FatJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files count as the application's own configuration in wars, ears and directories. */
class ConfigFileCollectorTest {
  @TempDir Path dir;

  @Test
  void warInsideAnEarIsTheApplicationItsLibrariesAreNot() throws Exception {
    Path lib = new FatJar("lib").file("application.properties", "x=1\n").write(dir);
    Path war =
        new FatJar("web")
            .file("WEB-INF/classes/application.properties", "a=1\n")
            .file("WEB-INF/web.xml", "<web-app/>")
            .lib(lib)
            .write(dir);
    Path ear =
        new FatJar("app")
            .file("web.war", Files.readAllBytes(war))
            .file("lib/lib.jar", Files.readAllBytes(lib))
            .file("META-INF/application.xml", "<application/>")
            .write(dir);
    List<ConfigFile> files = ConfigFileCollector.collect(ear, "app.ear");
    assertThat(files)
        .extracting(ConfigFile::path)
        .containsExactly(
            "app.ear!/web.war!/WEB-INF/classes/application.properties",
            "app.ear!/web.war!/WEB-INF/web.xml");
  }

  @Test
  void directoriesAndNamesThatAreNotConfiguration() throws Exception {
    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve("config/application-prod.yml"), "a: 1\n");
    Files.writeString(dir.resolve("config/messages_zh_CN.properties"), "password=密码\n");
    Files.writeString(dir.resolve("config/ValidationMessages.properties"), "password=x\n");
    Files.writeString(dir.resolve("config/notes.txt"), "password=x\n");
    Files.createDirectories(dir.resolve("lib"));
    Files.write(
        dir.resolve("lib/dep.jar"),
        Files.readAllBytes(new FatJar("dep").file("application.yml", "b: 2\n").write(dir)));
    Files.delete(dir.resolve("dep.jar"));
    List<ConfigFile> files = ConfigFileCollector.collect(dir, "deploy");
    assertThat(files)
        .extracting(ConfigFile::path)
        .containsExactly("deploy/config/application-prod.yml");
    assertThat(files.get(0).entries()).containsExactly(new ConfigEntry("a", "1", 1));
  }
}
