package io.anke.samples.govdata;

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
 * A resident in the population base data (人口基础信息库). The public-security department keeps the
 * household register (户籍), so it owns these records; the system is rated at protection level 3.
 *
 * @param idNumber the resident identity number, sensitive personal information, stored encrypted
 * @param name the resident's name
 * @param mobile the mobile number
 * @param divisionCode the administrative division of the household registration
 * @param address the registered address
 */
@DataResource(name = "resident", owner = "public-security", level = 3)
public record Resident(
    @NotNull
        @ResidentId
        @Classified(value = SENSITIVE_PERSONAL, encrypted = true)
        @Masked(MaskStrategy.ID_NUMBER)
        String idNumber,
    @NotBlank @Classified(PERSONAL) @Masked(MaskStrategy.NAME) String name,
    @MobileNumber @Classified(PERSONAL) @Masked(MaskStrategy.MOBILE) String mobile,
    @NotNull @DivisionCode String divisionCode,
    @Classified(PERSONAL) @Masked(MaskStrategy.ADDRESS) String address) {}
