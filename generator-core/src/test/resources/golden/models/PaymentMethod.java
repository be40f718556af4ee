package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import javax.annotation.processing.Generated;

/**
 * How an order is paid.
 *
 * <p>One of {@link Card}, {@link BankTransfer}; the value of its {@code type} property says which.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen test from contracts/petstore.yaml"
)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "type",
        visible = true
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Card.class, name = "card"),
        @JsonSubTypes.Type(value = BankTransfer.class, name = "bank_transfer")
})
public sealed interface PaymentMethod permits Card, BankTransfer {
}
