package io.github.contractgen.generator.testing;

import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.model.Property;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.SourceLocation;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.naming.SymbolTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds small services by hand for emitter tests, without a contract file.
 *
 * <pre>{@code
 * Service service = ServiceBuilder.named("petstore")
 *         .record("Pet", pet -> pet.required("id", TypeRef.scalar(INT64)).optional("name", TypeRef.scalar(STRING)))
 *         .enumeration("PetStatus", "available", "sold")
 *         .union("Payment", union -> union.discriminator("type").variant("Card").variant("Transfer"))
 *         .build();
 * EmitContext context = ServiceBuilder.context(service);
 * }</pre>
 *
 * <p>Types are sorted by name on {@link #build()}, as a reader delivers them.
 */
public final class ServiceBuilder {

    /** The contract path every fixture claims to come from. */
    public static final String CONTRACT_PATH = "contracts/petstore.yaml";

    private final String name;
    private final List<TypeDef> types = new ArrayList<>();

    private ServiceBuilder(String name) {
        this.name = name;
    }

    public static ServiceBuilder named(String name) {
        return new ServiceBuilder(name);
    }

    /** An emit context for {@code service}: base package {@code com.example}, the service's name below it. */
    public static EmitContext context(Service service) {
        Contract contract = new Contract(CONTRACT_PATH, ContractKind.OPENAPI, "3.0.3", List.of(service));
        return new EmitContext(contract, service, SymbolTable.of("com.example", List.of(service.name()), service), "test");
    }

    public ServiceBuilder record(String typeName, Consumer<RecordBuilder> body) {
        RecordBuilder record = new RecordBuilder();
        body.accept(record);
        types.add(new TypeDef.RecordDef(typeName, record.description, record.deprecated, record.properties,
                Optional.ofNullable(record.additionalProperties), at(typeName)));
        return this;
    }

    public ServiceBuilder enumeration(String typeName, String... values) {
        return enumeration(typeName, TypeRef.Scalar.STRING, values);
    }

    public ServiceBuilder enumeration(String typeName, TypeRef.Scalar base, String... values) {
        types.add(new TypeDef.EnumDef(typeName, "", false, base, Arrays.asList(values), at(typeName)));
        return this;
    }

    public ServiceBuilder union(String typeName, Consumer<UnionBuilder> body) {
        UnionBuilder union = new UnionBuilder();
        body.accept(union);
        types.add(new TypeDef.UnionDef(typeName, union.description, false, union.variants, union.discriminator,
                union.mapping, at(typeName)));
        return this;
    }

    public ServiceBuilder alias(String typeName, TypeRef target) {
        types.add(new TypeDef.AliasDef(typeName, "", false, target, at(typeName)));
        return this;
    }

    /** Adds a type built elsewhere (for descriptions, deprecation and the like). */
    public ServiceBuilder type(TypeDef type) {
        types.add(type);
        return this;
    }

    public Service build() {
        List<TypeDef> sorted = new ArrayList<>(types);
        sorted.sort(Comparator.comparing(TypeDef::name));
        return new Service(name, name, "1.0", "", List.of(), List.of(), List.of(), List.of(), sorted,
                SourceLocation.of(CONTRACT_PATH));
    }

    private static SourceLocation at(String typeName) {
        return SourceLocation.of(CONTRACT_PATH, "/components/schemas/" + typeName);
    }

    /** The properties of one record, in contract order. */
    public static final class RecordBuilder {
        private final List<Property> properties = new ArrayList<>();
        private String description = "";
        private boolean deprecated;
        private TypeRef additionalProperties;

        public RecordBuilder required(String name, TypeRef type) {
            return property(prop(name, type).required(true));
        }

        public RecordBuilder optional(String name, TypeRef type) {
            return property(prop(name, type));
        }

        public RecordBuilder property(PropertyBuilder property) {
            properties.add(property.build());
            return this;
        }

        public RecordBuilder description(String text) {
            this.description = text;
            return this;
        }

        public RecordBuilder deprecated() {
            this.deprecated = true;
            return this;
        }

        public RecordBuilder additionalProperties(TypeRef values) {
            this.additionalProperties = values;
            return this;
        }
    }

    /** A property with every flag off, to switch on one by one. */
    public static PropertyBuilder prop(String name, TypeRef type) {
        return new PropertyBuilder(name, type);
    }

    /** The flags of one property. */
    public static final class PropertyBuilder {
        private final String name;
        private final TypeRef type;
        private boolean required;
        private boolean nullable;
        private String description = "";
        private String defaultValue;
        private boolean readOnly;
        private boolean writeOnly;
        private boolean deprecated;

        private PropertyBuilder(String name, TypeRef type) {
            this.name = name;
            this.type = type;
        }

        public PropertyBuilder required(boolean value) {
            this.required = value;
            return this;
        }

        public PropertyBuilder nullable() {
            this.nullable = true;
            return this;
        }

        public PropertyBuilder description(String text) {
            this.description = text;
            return this;
        }

        /** The default as JSON text: {@code "\"available\""}, {@code "10"}. */
        public PropertyBuilder defaultValue(String json) {
            this.defaultValue = json;
            return this;
        }

        public PropertyBuilder readOnly() {
            this.readOnly = true;
            return this;
        }

        public PropertyBuilder writeOnly() {
            this.writeOnly = true;
            return this;
        }

        public PropertyBuilder deprecated() {
            this.deprecated = true;
            return this;
        }

        Property build() {
            return new Property(name, type, required, nullable, description, Optional.ofNullable(defaultValue), readOnly,
                    writeOnly, deprecated);
        }
    }

    /** The variants of one union, in contract order. */
    public static final class UnionBuilder {
        private final List<TypeRef> variants = new ArrayList<>();
        private final Map<String, String> mapping = new LinkedHashMap<>();
        private String discriminator = "";
        private String description = "";

        public UnionBuilder variant(String typeName) {
            return variant(TypeRef.named(typeName));
        }

        public UnionBuilder variant(TypeRef type) {
            variants.add(type);
            return this;
        }

        public UnionBuilder discriminator(String property) {
            this.discriminator = property;
            return this;
        }

        /** Maps a discriminator value to a variant's type name. */
        public UnionBuilder map(String value, String typeName) {
            mapping.put(value, typeName);
            return this;
        }

        public UnionBuilder description(String text) {
            this.description = text;
            return this;
        }
    }
}
