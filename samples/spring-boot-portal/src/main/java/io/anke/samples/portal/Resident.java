package io.anke.samples.portal;

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

/**
 * A resident's record in the population base data, owned by the public-security department. One
 * declaration serves the validator (identifier constraints), the policy (owner, protection level,
 * data classes), the masker and the start-up guard, which refuses a start in {@code enforce} mode
 * when a sensitive field is not declared encrypted. The fields declared {@code encrypted} are the
 * ones {@link ResidentRepository} stores encrypted.
 */
@DataResource(name = "resident", owner = "public-security", level = 3)
public record Resident(
    @NotNull
        @ResidentId
        @Classified(value = SENSITIVE_PERSONAL, encrypted = true)
        @Masked(MaskStrategy.ID_NUMBER)
        String idNumber,
    @NotBlank @Classified(PERSONAL) @Masked(MaskStrategy.NAME) String name,
    @MobileNumber @Classified(value = PERSONAL, encrypted = true) @Masked(MaskStrategy.MOBILE)
        String mobile,
    @DivisionCode String divisionCode,
    @Classified(PERSONAL) @Masked(MaskStrategy.ADDRESS) String address) {}
