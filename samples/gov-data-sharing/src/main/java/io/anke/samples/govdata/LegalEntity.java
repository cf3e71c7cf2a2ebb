package io.anke.samples.govdata;

import static io.anke.core.classification.DataClass.PERSONAL;

import io.anke.core.classification.Classified;
import io.anke.core.classification.DataResource;
import io.anke.core.masking.MaskStrategy;
import io.anke.core.masking.Masked;
import io.anke.core.validation.CreditCode;
import io.anke.core.validation.DivisionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A registered enterprise in the legal-entity base data (法人单位基础信息库). Enterprises register with the
 * market-regulation department (统一社会信用代码 beginning with 9), so it owns these records. The credit
 * code, name and address are public registration data; the legal representative's name is personal
 * information.
 *
 * @param creditCode the unified social credit code
 * @param name the registered name
 * @param legalRepresentative the legal representative's name
 * @param divisionCode the administrative division of the registration authority
 * @param registeredAddress the registered address
 */
@DataResource(name = "legal-entity", owner = "market-regulation", level = 3)
public record LegalEntity(
    @NotNull @CreditCode String creditCode,
    @NotBlank String name,
    @NotBlank @Classified(PERSONAL) @Masked(MaskStrategy.NAME) String legalRepresentative,
    @NotNull @DivisionCode String divisionCode,
    @NotBlank String registeredAddress) {}
