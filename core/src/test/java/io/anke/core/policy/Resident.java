package io.anke.core.policy;

import static io.anke.core.classification.DataClass.CORE;
import static io.anke.core.classification.DataClass.PERSONAL;
import static io.anke.core.classification.DataClass.SENSITIVE_PERSONAL;

import io.anke.core.classification.Classified;
import io.anke.core.classification.DataResource;

/** A population record owned by public security, as the policy tests use it. */
@DataResource(owner = "public-security")
record Resident(
    @Classified(value = SENSITIVE_PERSONAL, encrypted = true) String idNumber,
    @Classified(PERSONAL) String name,
    @Classified(PERSONAL) String mobile,
    String divisionCode,
    @Classified(value = CORE, encrypted = true) String watchListFlag) {}
