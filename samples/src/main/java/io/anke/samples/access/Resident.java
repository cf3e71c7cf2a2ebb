package io.anke.samples.access;

import static io.anke.core.classification.DataClass.PERSONAL;
import static io.anke.core.classification.DataClass.SENSITIVE_PERSONAL;

import io.anke.core.classification.Classified;
import io.anke.core.classification.DataResource;
import io.anke.core.masking.MaskStrategy;
import io.anke.core.masking.Masked;
import io.anke.core.validation.DivisionCode;
import io.anke.core.validation.MobileNumber;
import io.anke.core.validation.ResidentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A resident's record in the population base data, owned by the public-security department. */
@DataResource(name = "resident", owner = "public-security")
public record Resident(
    @NotNull
        @ResidentId
        @Classified(value = SENSITIVE_PERSONAL, encrypted = true)
        @Masked(MaskStrategy.ID_NUMBER)
        String idNumber,
    @NotBlank @Classified(PERSONAL) @Masked(MaskStrategy.NAME) String name,
    @MobileNumber @Classified(PERSONAL) @Masked(MaskStrategy.MOBILE) String mobile,
    @DivisionCode String divisionCode,
    @Classified(PERSONAL) @Masked(MaskStrategy.ADDRESS) String address) {}
