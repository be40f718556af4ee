package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import javax.annotation.processing.Generated;

/**
 * The {@code BankTransfer} type of the contract.
 *
 * @param iban the {@code iban} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen test from contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record BankTransfer(
        @JsonProperty(value = "iban", required = true) @JsonSetter(nulls = Nulls.FAIL) String iban) implements PaymentMethod {
    /**
     * The {@code type} discriminator: always {@code bank_transfer}, the value that selects this type.
     *
     * @return {@code bank_transfer}
     */
    @JsonProperty(
            value = "type",
            access = JsonProperty.Access.READ_ONLY
    )
    public String type() {
        return "bank_transfer";
    }
}
