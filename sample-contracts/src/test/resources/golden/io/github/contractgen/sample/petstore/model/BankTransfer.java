package io.github.contractgen.sample.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import javax.annotation.processing.Generated;

/**
 * The {@code BankTransfer} type of the contract.
 *
 * @param type the {@code type} property.
 * Set to {@code bank-transfer} when absent: the discriminator value that selects this type.
 * @param iban the {@code iban} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "from petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record BankTransfer(@JsonProperty("type") String type,
        @JsonProperty(value = "iban", required = true) String iban) implements PaymentMethod {
    public BankTransfer {
        if (type == null) {
            type = "bank-transfer";
        }
    }
}
