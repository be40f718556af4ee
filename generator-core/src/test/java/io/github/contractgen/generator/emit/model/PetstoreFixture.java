package io.github.contractgen.generator.emit.model;

import static io.github.contractgen.generator.model.TypeRef.Scalar.DATE_TIME;
import static io.github.contractgen.generator.model.TypeRef.Scalar.INT64;
import static io.github.contractgen.generator.model.TypeRef.Scalar.STRING;
import static io.github.contractgen.generator.model.TypeRef.listOf;
import static io.github.contractgen.generator.model.TypeRef.mapOf;
import static io.github.contractgen.generator.model.TypeRef.named;
import static io.github.contractgen.generator.model.TypeRef.scalar;
import static io.github.contractgen.generator.testing.ServiceBuilder.prop;

import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.testing.ServiceBuilder;

/**
 * The canonical small service of the golden files: a pet store with an enum, a union with a
 * discriminator, one without, a recursive record, a map and extra properties.
 */
final class PetstoreFixture {

    private PetstoreFixture() {}

    static Service service() {
        return ServiceBuilder.named("petstore")
                .record("Pet", pet -> pet
                        .description("A pet for sale.\n\nPets are <b>never</b> deleted, only sold.")
                        .property(prop("id", scalar(INT64)).required(true).readOnly().description("Unique id, set by the store."))
                        .required("name", scalar(STRING))
                        .property(prop("status", named("PetStatus")).defaultValue("\"available\""))
                        .optional("tags", listOf(scalar(STRING)))
                        .optional("category", named("Category"))
                        .property(prop("attributes", mapOf(scalar(STRING))).description("Free-form attributes."))
                        .property(prop("born-at", scalar(DATE_TIME)).nullable())
                        .property(prop("legacy-code", scalar(STRING)).deprecated()))
                .enumeration("PetStatus", "available", "pending", "sold")
                .record("Category", category -> category
                        .description("A category; categories nest.")
                        .required("name", scalar(STRING))
                        .optional("subcategories", listOf(named("Category"))))
                .record("Owner", owner -> owner
                        .required("name", scalar(STRING))
                        .additionalProperties(TypeRef.any()))
                .union("PaymentMethod", union -> union
                        .description("How an order is paid.")
                        .discriminator("type")
                        .map("card", "Card")
                        .map("bank_transfer", "BankTransfer")
                        .variant("Card")
                        .variant("BankTransfer"))
                .record("Card", card -> card
                        .required("type", scalar(STRING))
                        .required("number", scalar(STRING))
                        .optional("expiry", scalar(STRING)))
                .record("BankTransfer", transfer -> transfer
                        .required("type", scalar(STRING))
                        .required("iban", scalar(STRING)))
                .union("PetOrId", union -> union
                        .description("A pet, or just its id.")
                        .variant("Pet")
                        .variant(scalar(INT64)))
                .build();
    }
}
