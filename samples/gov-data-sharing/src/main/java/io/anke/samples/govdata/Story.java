package io.anke.samples.govdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.audit.AuditLog;
import io.anke.core.audit.AuditProblem;
import io.anke.core.audit.AuditVerification;
import io.anke.core.audit.AuditVerifier;
import io.anke.core.classification.Classification;
import io.anke.core.classification.DataClass;
import io.anke.core.classification.FieldClassification;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.Summary;
import io.anke.core.guard.GuardMode;
import io.anke.core.guard.StartupGuard;
import io.anke.core.masking.MaskStrategy;
import io.anke.core.policy.AccessDeniedException;
import io.anke.core.policy.AccessPolicy;
import io.anke.core.policy.Authentication;
import io.anke.core.policy.DataAccessGuard;
import io.anke.core.policy.Decision;
import io.anke.core.policy.Department;
import io.anke.core.policy.Reason;
import io.anke.core.policy.SharingAgreement;
import io.anke.core.policy.Subject;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Text;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
import io.anke.crypto.field.BlindIndex;
import io.anke.crypto.field.IndexNormalizer;
import io.anke.crypto.keyset.KeyInfo;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2Signer;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.crypto.sm3.Sm3;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;

/**
 * The six steps of the story, in the order a department's data service lives them: it proves its
 * stack at start-up, loads and checks its records, answers other departments' reads under the
 * sharing agreements, keeps the sensitive fields encrypted, signs what it publishes, and leaves an
 * audit trail that a reviewer verifies. Each step narrates what happened and checks that it
 * happened as designed; what did not is a {@linkplain Narrator#deviation deviation}.
 */
final class Story {
  /** The profile the guard judges with: the province's cloud asks for a domestic stack. */
  static final String PROFILE = "xinchuang-strict";

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The morning the story takes place: a fixed clock, so that every run decides alike. */
  static final Instant NOW = LocalDateTime.of(2026, 6, 15, 9, 30).atZone(ZONE).toInstant();

  static final int RESIDENTS = 12;
  static final int LEGAL_ENTITIES = 6;

  /** Where in the incoming batch the mistyped record arrives (1-based). */
  static final int MISTYPED_POSITION = 9;

  /** The agreements the story is designed around, beside this class. */
  static final String POLICY = "sharing-policy.yaml";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path workDir;
  private final AccessPolicy policy;
  private final String policySource;
  private final Narrator say;
  private final Clock clock = Clock.fixed(NOW, ZONE);

  // The audit trail's keys: an hmac-sm3 keyset for every record, an SM2 key for checkpoints.
  private final KeysetHandle auditKeys = KeysetHandle.generateNew(KeyType.HMAC_SM3);
  private final Sm2KeyPair checkpointKey = Sm2KeyPair.generate();

  private List<Resident> residents;
  private List<LegalEntity> legalEntities;
  private Decision lastDecision;

  /**
   * @param workDir an empty directory for the audit log, the guard's report and the dataset
   * @param policy the sharing agreements
   * @param policySource where they were read from
   */
  Story(Path workDir, AccessPolicy policy, String policySource, Narrator say) {
    this.workDir = workDir;
    this.policy = policy;
    this.policySource = policySource;
    this.say = say;
  }

  /**
   * The sharing agreements: the story's own, or those of {@code file} to try other ones.
   *
   * @throws io.anke.core.ConfigurationException naming the file and line of an error
   */
  static AccessPolicy loadPolicy(Path file) throws IOException {
    List<Class<?>> types = List.of(Resident.class, LegalEntity.class);
    if (file != null) {
      return AccessPolicy.load(file, types);
    }
    try (InputStream in = Story.class.getResourceAsStream(POLICY)) {
      if (in == null) {
        throw new IOException("the class path holds no " + POLICY + " beside " + Story.class);
      }
      return AccessPolicy.read(
          POLICY, new String(in.readAllBytes(), StandardCharsets.UTF_8), types);
    }
  }

  /** Tells the whole story. */
  void tell() throws Exception {
    say.step("title");
    say.say("title.when", NOW.atZone(ZONE).toLocalDate(), workDir);
    Path auditDir = workDir.resolve("audit");
    try (ValidatorFactory english = validatorFactory(Locale.ENGLISH);
        ValidatorFactory chinese = validatorFactory(Locale.SIMPLIFIED_CHINESE)) {
      try (AuditLog audit =
          AuditLog.builder(auditDir)
              .macKeys(auditKeys)
              .checkpointKey(Sm2KeyHandle.of(checkpointKey.privateKey()))
              .checkpointEvery(5)
              .open()) {
        startupGuard(audit);
        loadRecords(english.getValidator(), chinese.getValidator());
        DataAccessGuard guard =
            DataAccessGuard.builder(policy)
                .validator(english.getValidator())
                .auditor(
                    event -> {
                      audit.record(event); // on storage before any data is released
                      lastDecision = event.decision();
                    })
                .clock(clock)
                .build();
        shareAcrossDepartments(guard);
        storeEncrypted();
        publishSigned(guard);
      }
    }
    verifyAuditTrail(auditDir);
  }

  private ValidatorFactory validatorFactory(Locale locale) {
    // The language of the violation messages, and "today" for the birth-date check.
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(locale)
        .clockProvider(() -> clock)
        .buildValidatorFactory();
  }

  // ---- 1. The start-up guard ----

  private void startupGuard(AuditLog audit) {
    say.step("step1");
    Path report = workDir.resolve("anke-guard-report.json");
    Optional<ScanResult> ran =
        StartupGuard.builder()
            .mode(GuardMode.WARN)
            .profile(PROFILE)
            .report(report)
            .auditLog(audit)
            .build()
            .run();
    if (ran.isEmpty()) {
      say.deviation("deviation.guard");
      return;
    }
    ScanResult result = ran.get();
    Summary s = result.summary();
    say.quote(StartupGuard.summary(GuardMode.WARN, result)); // the line the guard itself logs
    Map<String, Long> failing = new TreeMap<>();
    for (Finding f : result.findings()) {
      if (f.counts() && s.failOn().failsOn(f.severity())) {
        failing.merge(f.ruleId(), 1L, Long::sum);
      }
    }
    if (!failing.isEmpty()) {
      say.say(
          "guard.failing",
          failing.entrySet().stream()
              .map(e -> e.getKey() + " ×" + e.getValue())
              .collect(Collectors.joining(", ")));
    }
    say.say(s.passed() ? "guard.passed" : "guard.goesOn");
    say.say("guard.audited", report, audit.acknowledgedSequence());
  }

  // ---- 2. Records: generated, validated, classified ----

  private void loadRecords(Validator english, Validator chinese) throws IOException {
    say.step("step2");
    SampleRecords generator = new SampleRecords(SampleRecords.SEED);
    List<Resident> incoming = new ArrayList<>(generator.residents(RESIDENTS));
    List<LegalEntity> entities = generator.legalEntities(LEGAL_ENTITIES);
    incoming.add(MISTYPED_POSITION - 1, generator.residentWithMistypedIdNumber());
    say.say(
        "load.generated",
        Long.toString(SampleRecords.SEED),
        incoming.size(),
        entities.size(),
        MISTYPED_POSITION);
    say.say("load.example");
    say.data(json(incoming.get(0)));
    say.data(json(entities.get(0)));

    residents = new ArrayList<>();
    int rejected = 0;
    for (int i = 0; i < incoming.size(); i++) {
      Resident r = incoming.get(i);
      List<ConstraintViolation<Resident>> en = sorted(english.validate(r));
      if (en.isEmpty()) {
        residents.add(r);
        continue;
      }
      rejected++;
      List<ConstraintViolation<Resident>> zh = sorted(chinese.validate(r));
      for (int v = 0; v < en.size(); v++) {
        say.say(
            "load.rejected",
            i + 1,
            MaskStrategy.ID_NUMBER.mask(r.idNumber()),
            en.get(v).getPropertyPath().toString(),
            Text.of(zh.get(v).getMessage(), en.get(v).getMessage()));
      }
    }
    legalEntities = new ArrayList<>();
    for (LegalEntity e : entities) {
      if (english.validate(e).isEmpty()) {
        legalEntities.add(e);
      } else {
        rejected++;
      }
    }
    say.say("load.accepted", residents.size(), legalEntities.size(), rejected);
    if (residents.size() != RESIDENTS || legalEntities.size() != LEGAL_ENTITIES || rejected != 1) {
      say.deviation("deviation.load", RESIDENTS, LEGAL_ENTITIES);
    }

    for (Class<?> type : List.of(Resident.class, LegalEntity.class)) {
      Classification c = Classification.of(type);
      say.say(
          "load.classified",
          resourceName(c.name()),
          departmentName(c.owner()),
          c.level(),
          fieldClasses(c));
    }
  }

  private static <T> List<ConstraintViolation<T>> sorted(Set<ConstraintViolation<T>> violations) {
    return violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .toList();
  }

  /** Each field with its most telling class: sensitive personal, personal, or its grade. */
  private static Text fieldClasses(Classification c) {
    List<Text> fields = new ArrayList<>();
    for (FieldClassification f : c.fields().values()) {
      DataClass shown =
          f.isSensitive()
              ? DataClass.SENSITIVE_PERSONAL
              : f.isPersonal() ? DataClass.PERSONAL : f.grade();
      fields.add(
          Narrator.text(
              f.encrypted() ? "load.field.encrypted" : "load.field",
              f.name(),
              Text.of(shown.zh(), shown.en())));
    }
    return Text.of(
        fields.stream().map(Text::zh).collect(Collectors.joining("；")),
        fields.stream().map(Text::en).collect(Collectors.joining("; ")));
  }

  // ---- 3. Reads across departments ----

  /** One read the story asks for, and the outcome the agreements are written to give. */
  private record Read(
      Subject subject, Object record, Decision.Effect expected, String expectedReason) {}

  private void shareAcrossDepartments(DataAccessGuard guard) throws JsonProcessingException {
    say.step("step3");
    say.say(
        "share.policy",
        policySource,
        policy.agreements().size(),
        policy.agreements().stream().map(SharingAgreement::id).collect(Collectors.joining(", ")));
    Resident resident = residents.get(0);
    LegalEntity enterprise = legalEntities.get(0);
    List<Read> reads =
        List.of(
            new Read(householdOfficer().build(), resident, Decision.Effect.ALLOW, "own-duty"),
            new Read(
                allowanceCaseworker().build(), resident, Decision.Effect.ALLOW_MASKED, "agreement"),
            new Read(
                socialInsuranceClerk().build(), enterprise, Decision.Effect.ALLOW, "agreement"),
            new Read(
                socialInsuranceClerk().purpose("social-insurance-enrolment").build(),
                resident,
                Decision.Effect.DENY,
                "no-agreement"),
            new Read(
                allowanceCaseworker().purpose("elderly-care-institution-filing").build(),
                legalEntities.get(1),
                Decision.Effect.DENY,
                "expired"),
            new Read(
                allowanceCaseworker().purpose("marriage-registration").build(),
                resident,
                Decision.Effect.DENY,
                "purpose"));
    int n = 0;
    for (Read read : reads) {
      n++;
      Subject s = read.subject();
      String resource = Classification.of(read.record().getClass()).name();
      say.say(
          "share.read",
          n,
          departmentName(s.department()),
          s.id(),
          String.join(",", s.roles()),
          resourceName(resource),
          s.purpose());
      Object seen = null;
      Decision d;
      try {
        seen = guard.read(s, read.record());
        d = lastDecision;
      } catch (AccessDeniedException denied) {
        d = denied.decision();
      }
      say.say("share.effect." + d.effect().id());
      for (Reason r : d.reasons()) {
        say.say("share.reason", r.text());
      }
      if (seen != null) {
        say.say("share.sees", departmentName(s.department()));
        say.data(json(seen));
      } else {
        say.say("share.seesNothing", departmentName(s.department()));
      }
      String firstReason = d.reasons().isEmpty() ? "-" : d.reasons().get(0).code();
      if (d.effect() != read.expected() || !firstReason.equals(read.expectedReason())) {
        say.deviation(
            "deviation.read",
            n,
            read.expected().id(),
            read.expectedReason(),
            d.effect().id(),
            firstReason);
      }
    }
  }

  private static Subject.Builder householdOfficer() {
    return Subject.builder("ga-0107")
        .department("public-security")
        .roles("household-officer")
        .purpose("household-registration")
        .authentication(Authentication.CRYPTOGRAPHIC_MULTI_FACTOR);
  }

  private static Subject.Builder allowanceCaseworker() {
    return Subject.builder("mz-0042")
        .department("civil-affairs")
        .roles("caseworker")
        .purpose("subsistence-allowance-review")
        .authentication(Authentication.MULTI_FACTOR);
  }

  private static Subject.Builder socialInsuranceClerk() {
    return Subject.builder("rs-0031")
        .department("human-resources")
        .roles("registration-clerk")
        .purpose("social-insurance-registration")
        .authentication(Authentication.CRYPTOGRAPHIC_MULTI_FACTOR);
  }

  // ---- 4. Stored encrypted, keys rotated, found by blind index ----

  private void storeEncrypted() throws SQLException, DecryptionFailedException {
    say.step("step4");
    KeysetHandle keys = KeysetHandle.generateNew(KeyType.SM4_GCM);
    // The blind index has a key of its own, never one of the encryption keyset.
    byte[] indexKey = new byte[32];
    new SecureRandom().nextBytes(indexKey);
    BlindIndex idIndex =
        BlindIndex.forColumn(
            indexKey, ResidentTable.TABLE + ".id_number", IndexNormalizer.IDENTIFIER);
    String oldKey = KeyInfo.formatId(keys.primaryKeyId());
    say.say("store.keys", oldKey);
    int half = residents.size() / 2;
    String url = "jdbc:h2:mem:population-" + UUID.randomUUID();
    try (Connection db = DriverManager.getConnection(url)) {
      ResidentTable table = new ResidentTable(db, keys, idIndex);
      for (int i = 0; i < half; i++) {
        table.insert(i + 1, residents.get(i));
      }
      say.say("store.firstBatch", half, 1, half);
      say.data("id_number       = " + table.storedIdNumber(1));
      say.data("id_number_index = " + table.storedIndex(1));

      KeysetHandle rotated = keys.rotate();
      table.useKeys(rotated);
      String newKey = KeyInfo.formatId(rotated.primaryKeyId());
      say.say("store.rotated", newKey, oldKey);
      for (int i = half; i < residents.size(); i++) {
        table.insert(i + 1, residents.get(i));
      }
      say.say("store.secondBatch", residents.size() - half, half + 1, residents.size());

      boolean asDesigned = true;
      for (int row = 1; row <= residents.size(); row++) {
        String expectedKey = row <= half ? oldKey : newKey;
        OptionalInt key = table.keyIdOf(row);
        String actualKey = key.isPresent() ? KeyInfo.formatId(key.getAsInt()) : "?";
        Resident back = table.read(row);
        boolean same = back.equals(residents.get(row - 1));
        if (row == 1 || row == half + 1) {
          say.say("store.row", row, actualKey, MaskStrategy.ID_NUMBER.mask(back.idNumber()));
        }
        asDesigned &= same && actualKey.equals(expectedKey);
      }
      if (asDesigned) {
        say.say("store.allRows", half, oldKey, residents.size() - half, newKey);
      } else {
        say.deviation("deviation.rotation", oldKey, newKey);
      }

      // A counter clerk types the number in groups, with spaces: the index still finds it.
      int wanted = half + 2;
      String typed = spaced(residents.get(wanted - 1).idNumber());
      Optional<ResidentTable.Row> hit = table.findByIdNumber(typed);
      say.say(
          "store.lookup",
          MaskStrategy.ID_NUMBER.mask(typed),
          idIndex.computeHex(typed),
          hit.map(h -> Long.toString(h.rowId())).orElse("-"),
          hit.map(h -> MaskStrategy.NAME.mask(h.resident().name())).orElse("-"));
      if (hit.isEmpty()
          || hit.get().rowId() != wanted
          || !hit.get().resident().equals(residents.get(wanted - 1))) {
        say.deviation("deviation.lookup", wanted);
      }

      int moved = table.reencryptUnderPrimary();
      KeysetHandle retired = rotated.disable(keys.primaryKeyId());
      table.useKeys(retired);
      boolean allReadable = true;
      for (int row = 1; row <= residents.size(); row++) {
        allReadable &= table.read(row).equals(residents.get(row - 1));
      }
      if (moved == half && allReadable) {
        say.say("store.reencrypted", moved, oldKey, residents.size());
      } else {
        say.deviation("deviation.reencrypt", half, oldKey);
      }
    }
  }

  /** An identity number as people write it on forms: address, birth date, the rest. */
  private static String spaced(String idNumber) {
    return idNumber.substring(0, 6)
        + " "
        + idNumber.substring(6, 14)
        + " "
        + idNumber.substring(14);
  }

  // ---- 5. Signed publication ----

  /** What the public-security department publishes to a consumer, signed as a whole. */
  private record Dataset(
      String provider,
      String consumer,
      List<String> agreements,
      String purpose,
      String issuedAt,
      List<Resident> records) {}

  private void publishSigned(DataAccessGuard guard) throws IOException {
    say.step("step5");
    Subject caseworker = allowanceCaseworker().build();
    List<Resident> released = guard.readAll(caseworker, residents); // one decision, one record
    Dataset dataset =
        new Dataset(
            "public-security",
            caseworker.department(),
            lastDecision.agreements(),
            caseworker.purpose(),
            NOW.atZone(ZONE).toOffsetDateTime().toString(),
            released);
    byte[] content = JSON.writeValueAsBytes(dataset);
    Path published = Files.createDirectories(workDir.resolve("published"));
    Files.write(published.resolve("dataset.json"), content);
    say.say(
        "publish.dataset",
        released.size(),
        content.length,
        Hex.encode(Sm3.digest(content)),
        published.resolve("dataset.json"));

    Sm2KeyPair publisher = Sm2KeyPair.generate(); // in production: the department's key in an HSM
    byte[] signature = new Sm2Signer(publisher.privateKey()).sign(content);
    Files.write(published.resolve("dataset.json.sig"), signature);
    Files.writeString(published.resolve("publisher.pem"), publisher.publicKey().toSpkiPem());
    say.say("publish.signed", signature.length, Hex.encode(signature).substring(0, 32));

    Sm2Verifier verifier = new Sm2Verifier(publisher.publicKey());
    boolean intact = verifier.verify(content, signature);
    say.say(intact ? "publish.valid" : "publish.invalid");

    // One character changed on the way: the last digit of the first record's division code.
    String text = new String(content, StandardCharsets.UTF_8);
    String field = "\"divisionCode\":\"";
    int from = text.indexOf(field) + field.length();
    String before = text.substring(from, from + 6);
    char last = before.charAt(5);
    String after = before.substring(0, 5) + (last == '9' ? '0' : (char) (last + 1));
    byte[] changed =
        (text.substring(0, from) + after + text.substring(from + 6))
            .getBytes(StandardCharsets.UTF_8);
    boolean changedVerifies = verifier.verify(changed, signature);
    say.say("publish.changed", before, after);
    say.say(changedVerifies ? "publish.valid" : "publish.invalid");
    if (!intact || changedVerifies) {
      say.deviation("deviation.signature");
    }
  }

  // ---- 6. The audit trail, verified ----

  private void verifyAuditTrail(Path auditDir) throws IOException {
    say.step("step6");
    List<Path> files;
    try (Stream<Path> list = Files.list(auditDir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
    say.say("audit.files", auditDir, files.size());
    AuditVerifier verifier =
        AuditVerifier.builder()
            .macKeys(auditKeys)
            .checkpointKeys(List.of(checkpointKey.publicKey()))
            .requireClosed(true)
            .build();
    AuditVerification v = verifier.verify(files);
    AuditVerification.Chain chain = v.chains().isEmpty() ? null : v.chains().get(0);
    if (v.intact() && chain != null && chain.closed()) {
      say.say("audit.intact", chain.records(), chain.checkpoints());
    } else {
      report(v);
      say.deviation("deviation.auditIntact");
      return;
    }

    // Someone with write access to the log rewrites who was refused: one digit of a user id.
    Path original = files.get(files.size() - 1);
    List<String> lines = Files.readAllLines(original, StandardCharsets.UTF_8);
    int line = 0;
    for (int i = 0; i < lines.size() && line == 0; i++) {
      String l = lines.get(i);
      if (l.contains("\"department\":\"human-resources\"") && l.contains("\"decision\":\"deny\"")) {
        line = i + 1;
      }
    }
    if (line == 0) {
      say.deviation("deviation.noDenial");
      return;
    }
    String record = lines.get(line - 1);
    long seq = JSON.readTree(record).path("seq").asLong();
    say.say("audit.record", line, seq);
    say.data(record);
    Path tampered =
        Files.createDirectories(workDir.resolve("tampered")).resolve(original.getFileName());
    byte[] bytes = Files.readAllBytes(original);
    String user = "rs-0031";
    int offset = offsetOfLine(bytes, line) + record.indexOf("\"user\":\"" + user + "\"") + 14;
    bytes[offset] = '2'; // the last digit: rs-0031 becomes rs-0032
    Files.write(tampered, bytes);
    say.say("audit.tamper", tampered, line, user, "rs-0032");

    AuditVerification t = verifier.verify(List.of(tampered));
    List<AuditProblem> problems =
        t.problems().stream().filter(p -> p.level() == AuditProblem.Level.TAMPERING).toList();
    report(t);
    if (problems.size() != 1
        || problems.get(0).line() != line
        || problems.get(0).sequence() != seq
        || !problems.get(0).file().equals(tampered.toString())) {
      say.deviation("deviation.auditTamper", tampered + ":" + line, seq);
    }
  }

  /** The verdict and every problem, each with file:line and sequence number. */
  private void report(AuditVerification v) {
    say.say(
        v.intact()
            ? "audit.verdict.intact"
            : v.tampered() ? "audit.verdict.tampered" : "audit.verdict.unreadable");
    for (AuditProblem p : v.problems()) {
      say.say("audit.problem", p.location(), p.kind().id(), p.message());
    }
  }

  private static int offsetOfLine(byte[] bytes, int line) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      while (bytes[offset] != '\n') {
        offset++;
      }
      offset++;
    }
    return offset;
  }

  // ---- names ----

  private Text departmentName(String id) {
    Department d = policy.departments().get(id);
    return d == null ? Text.same(id) : Text.of(d.zh(), d.en());
  }

  private static Text resourceName(String resource) {
    return Narrator.text("resource." + resource);
  }

  private static String json(Object value) throws JsonProcessingException {
    return JSON.writeValueAsString(value);
  }
}
