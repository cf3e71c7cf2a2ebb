package io.anke.it.legacy;

import io.anke.core.classification.Classified;
import io.anke.core.classification.DataClass;
import io.anke.core.classification.DataResource;

/** An account of the login module: its identity number is declared but not stored encrypted. */
@DataResource(owner = "public-security")
public record LoginAccount(
    @Classified(DataClass.SENSITIVE_PERSONAL) String idNumber, // the declaration under test
    @Classified(value = DataClass.PERSONAL) String name,
    String passwordHash) {}
