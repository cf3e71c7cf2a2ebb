package io.anke.scan.bom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.AllowSchemaLoader;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import io.anke.scan.internal.ScanMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The normative CycloneDX schemas, compiled once per version and loaded from the classpath only
 * (never from the network).
 *
 * <p>Normative, not strict: cyclonedx-core-java validates 1.2 and 1.3 JSON against its {@code
 * -strict} schemas, whose {@code $schema} enumeration names a URL the official generators do not
 * write ({@code bom-1.2a.schema.json}), so valid documents were refused. The normative schema is
 * what the specification defines; Anke refuses what it refuses and nothing more. Versions 1.2 to
 * 1.6 use the normative schemas inside cyclonedx-core-java; 1.7, which no release of it on Maven
 * Central ships, uses the official schemas under {@code io/anke/scan/bom/schema/1.7}.
 */
public final class CycloneDxSchemas {
  private static final String BASE = "http://cyclonedx.org/schema/";
  private static final String OWN_17 = "io/anke/scan/bom/schema/1.7/";
  private static final Map<CycloneDxVersion, JsonSchema> JSON = new ConcurrentHashMap<>();
  private static final Map<CycloneDxVersion, Schema> XML = new ConcurrentHashMap<>();

  private CycloneDxSchemas() {}

  /** The compiled normative JSON schema of {@code version}. */
  public static JsonSchema json(CycloneDxVersion version, ObjectMapper mapper) {
    return JSON.computeIfAbsent(version, v -> compileJson(v, mapper));
  }

  /**
   * Validates an XML document against the normative XML schema of {@code version}.
   *
   * @return every problem the validator reported, in document order; empty when valid
   */
  public static List<SAXParseException> validateXml(CycloneDxVersion version, byte[] xml)
      throws IOException {
    Validator validator = XML.computeIfAbsent(version, CycloneDxSchemas::compileXml).newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException(ScanMessage.BOM_SCHEMA_UNRESTRICTED.english(), e);
    }
    List<SAXParseException> problems = new ArrayList<>();
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            // warnings do not make a document invalid
          }

          @Override
          public void error(SAXParseException e) {
            problems.add(e);
          }

          @Override
          public void fatalError(SAXParseException e) {
            problems.add(e);
          }
        });
    try {
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      if (!problems.contains(e)) {
        problems.add(e);
      }
    } catch (SAXException e) {
      problems.add(new SAXParseException(e.getMessage(), null, null, 0, 0, e));
    }
    return problems;
  }

  /** Where the schema files of {@code version} are on the classpath. */
  private static String resource(CycloneDxVersion version, String file) {
    return version == CycloneDxVersion.V1_7 ? OWN_17 + file : file;
  }

  private static JsonSchema compileJson(CycloneDxVersion version, ObjectMapper mapper) {
    String main = "bom-" + version.text() + ".schema.json";
    ClassLoader loader = CycloneDxSchemas.class.getClassLoader();
    // Every reference a CycloneDX schema makes, mapped to the copy of the same version.
    Map<String, String> offline =
        Map.of(
            BASE + main, "classpath:" + resource(version, main),
            BASE + "spdx.schema.json", "classpath:" + resource(version, "spdx.schema.json"),
            BASE + "jsf-0.82.schema.json", "classpath:jsf-0.82.schema.json",
            BASE + "cryptography-defs.schema.json",
                "classpath:" + OWN_17 + "cryptography-defs.schema.json");
    JsonNode schema;
    try (InputStream in = open(loader, resource(version, main))) {
      schema = mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(ScanMessage.BOM_SCHEMA_UNREADABLE.english(version.text()), e);
    }
    JsonSchemaFactory factory =
        JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7))
            .schemaMappers(m -> m.mappings(offline))
            .schemaLoaders(
                l ->
                    l.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))
                        .add(new ClasspathSchemaLoader(() -> loader)))
            .build();
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    JsonSchema compiled = factory.getSchema(schema, config);
    compiled.initializeValidators(); // resolve every reference now, not during a scan
    return compiled;
  }

  private static Schema compileXml(CycloneDxVersion version) {
    ClassLoader loader = CycloneDxSchemas.class.getClassLoader();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      // The SPDX schema first, so that the import in the BOM schema needs no network.
      try (InputStream spdx = open(loader, resource(version, "spdx.xsd"));
          InputStream bom = open(loader, resource(version, "bom-" + version.text() + ".xsd"))) {
        return factory.newSchema(
            new StreamSource[] {new StreamSource(spdx), new StreamSource(bom)});
      }
    } catch (SAXException | IOException e) {
      throw new IllegalStateException(
          ScanMessage.BOM_XML_SCHEMA_UNLOADABLE.english(version.text()), e);
    }
  }

  private static InputStream open(ClassLoader loader, String resource) throws IOException {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(ScanMessage.BOM_RESOURCE_MISSING.english(resource));
    }
    return in;
  }
}
