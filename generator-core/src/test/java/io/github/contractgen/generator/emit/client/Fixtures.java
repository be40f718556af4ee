package io.github.contractgen.generator.emit.client;

import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Parameter;
import io.github.contractgen.generator.model.ParameterLocation;
import io.github.contractgen.generator.model.Property;
import io.github.contractgen.generator.model.RequestBody;
import io.github.contractgen.generator.model.Response;
import io.github.contractgen.generator.model.SecurityRequirement;
import io.github.contractgen.generator.model.SecurityScheme;
import io.github.contractgen.generator.model.Server;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.SourceLocation;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.naming.SymbolTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Contract models built by hand, as a reader would produce them, for the client emitter tests. */
final class Fixtures {

    static final SourceLocation HERE = SourceLocation.of("petstore.yaml");
    static final TypeRef STRING = TypeRef.scalar(TypeRef.Scalar.STRING);
    static final TypeRef INT32 = TypeRef.scalar(TypeRef.Scalar.INT32);
    static final TypeRef INT64 = TypeRef.scalar(TypeRef.Scalar.INT64);
    static final TypeRef BOOLEAN = TypeRef.scalar(TypeRef.Scalar.BOOLEAN);
    static final TypeRef BINARY = TypeRef.scalar(TypeRef.Scalar.BINARY);

    private Fixtures() {}

    /** The canonical small service: golden files and the functional tests use it. */
    static Service petstore() {
        List<TypeDef> types = List.of(
                record("DocumentUpload", prop("title", STRING, true), prop("file", BINARY, true)),
                record("Error", prop("code", INT32, true), prop("message", STRING, true)),
                record("LoginForm", prop("username", STRING, true), prop("password", STRING, true),
                        prop("remember", BOOLEAN, false)),
                record("Pet", prop("id", INT64, true), prop("name", STRING, true), prop("tag", STRING, false)));
        TypeRef pet = TypeRef.named("Pet");
        TypeRef error = TypeRef.named("Error");
        List<Operation> operations = List.of(
                op("createPet", "pets", "POST", "/pets").summary("Adds a pet to the store.")
                        .body(BodyKind.JSON, "application/json", pet, true)
                        .response(json("201", pet)).response(json("422", error)).build(),
                op("deletePet", "pets", "DELETE", "/pets/{petId}").summary("Removes a pet.").deprecated()
                        .param(path("petId", STRING))
                        .param(new Parameter("X-Request-Id", ParameterLocation.HEADER, STRING, true, "simple", false,
                                "Correlates the request with server logs.", false))
                        .param(new Parameter("session", ParameterLocation.COOKIE, STRING, false, "form", true, "", false))
                        .response(empty("204")).response(json("404", error)).build(),
                op("downloadPhoto", "pets", "GET", "/pets/{petId}/photo").param(path("petId", STRING))
                        .response(new Response("200", BodyKind.BINARY, "image/png", Optional.of(BINARY), List.of(), "The photo."))
                        .build(),
                op("getPetById", "pets", "GET", "/pets/{petId}").summary("Finds a pet by id.")
                        .description("Returns a single pet.")
                        .param(path("petId", STRING))
                        .response(json("200", pet)).response(json("404", error)).response(json("default", error))
                        .build(),
                op("health", "", "GET", "/health").summary("Tells whether the service is up.")
                        .response(text("200")).security(List.of()).build(),
                op("listPets", "pets", "GET", "/pets").summary("Lists pets.")
                        .param(query("tags", TypeRef.listOf(STRING), false, "form", true))
                        .param(query("ids", TypeRef.listOf(INT64), false, "form", false))
                        .param(query("limit", INT32, false, "form", true))
                        .response(new Response("200", BodyKind.JSON, "application/json", Optional.of(TypeRef.listOf(pet)),
                                List.of(new Response.Header("Set-Cookie", STRING, false, ""),
                                        new Response.Header("X-Rate-Limit", INT32, false, ""),
                                        new Response.Header("X-Total-Count", INT64, true, "How many pets match, over all pages.")),
                                "The matching pets."))
                        .build(),
                op("login", "", "POST", "/login").summary("Exchanges a password for a session token.")
                        .body(BodyKind.FORM, "application/x-www-form-urlencoded", TypeRef.named("LoginForm"), true)
                        .response(text("200")).response(text("401")).security(List.of()).build(),
                op("uploadDocument", "documents", "POST", "/documents")
                        .body(BodyKind.MULTIPART, "multipart/form-data", TypeRef.named("DocumentUpload"), true)
                        .response(text("201")).security(List.of(new SecurityRequirement(List.of("apiKey")))).build(),
                op("uploadPhoto", "pets", "PUT", "/pets/{petId}/photo").param(path("petId", STRING))
                        .body(BodyKind.BINARY, "image/png", BINARY, true).response(empty("204")).build());
        List<SecurityScheme> schemes = List.of(
                new SecurityScheme("apiKey", SecurityScheme.Type.API_KEY, ParameterLocation.HEADER, "X-API-Key", "",
                        List.of(), "A key from the developer portal."),
                new SecurityScheme("bearerAuth", SecurityScheme.Type.HTTP_BEARER, null, "", "", List.of(), ""));
        return new Service("Petstore", "Swagger Petstore", "1.0.0", "A sample API that uses a petstore.",
                List.of(new Server("https://{region}.petstore.example/v1", "production", "The production API.",
                                List.of(new Server.Variable("region", "eu", List.of("eu", "us"), ""))),
                        new Server("/v1", "", "Relative to where the contract is served.", List.of())),
                schemes, List.of(new SecurityRequirement(List.of("bearerAuth"))),
                sorted(operations),
                types, HERE);
    }

    static EmitContext context(Service service) {
        Contract contract = new Contract("petstore.yaml", ContractKind.OPENAPI, "3.0.3", List.of(service));
        return new EmitContext(contract, service, SymbolTable.of("com.example", List.of(service.name()), service), "0.1.0");
    }

    /** Sorted by id, as the reader hands them over. */
    static List<Operation> sorted(List<Operation> operations) {
        List<Operation> result = new ArrayList<>(operations);
        result.sort(Comparator.comparing(Operation::id));
        return result;
    }

    static TypeDef.RecordDef record(String name, Property... properties) {
        return new TypeDef.RecordDef(name, "", false, List.of(properties), Optional.empty(), HERE);
    }

    static Property prop(String name, TypeRef type, boolean required) {
        return new Property(name, type, required, false, "", Optional.empty(), false, false, false);
    }

    static Parameter path(String name, TypeRef type) {
        return new Parameter(name, ParameterLocation.PATH, type, true, "simple", false, "", false);
    }

    static Parameter query(String name, TypeRef type, boolean required, String style, boolean explode) {
        return new Parameter(name, ParameterLocation.QUERY, type, required, style, explode, "", false);
    }

    static Response json(String status, TypeRef type) {
        return new Response(status, BodyKind.JSON, "application/json", Optional.of(type), List.of(), "");
    }

    /** A JSON body whose schema allows {@code null}. */
    static Response nullableJson(String status, TypeRef type) {
        return new Response(status, BodyKind.JSON, "application/json", Optional.of(type), true, List.of(), "");
    }

    static Response text(String status) {
        return new Response(status, BodyKind.TEXT, "text/plain", Optional.of(STRING), List.of(), "");
    }

    static Response empty(String status) {
        return new Response(status, BodyKind.EMPTY, "", Optional.empty(), List.of(), "");
    }

    static OpBuilder op(String id, String group, String method, String path) {
        return new OpBuilder(id, group, method, path);
    }

    /** Builds an {@link Operation} one element at a time. */
    static final class OpBuilder {
        /** What the petstore requires unless an operation says otherwise (the reader fills it in). */
        static final List<SecurityRequirement> DEFAULT_SECURITY = List.of(new SecurityRequirement(List.of("bearerAuth")));

        private final String id;
        private final String group;
        private final String method;
        private final String path;
        private String summary = "";
        private String description = "";
        private final List<Parameter> params = new ArrayList<>();
        private RequestBody body;
        private final List<Response> responses = new ArrayList<>();
        private List<SecurityRequirement> security = DEFAULT_SECURITY;
        private boolean deprecated;

        OpBuilder(String id, String group, String method, String path) {
            this.id = id;
            this.group = group;
            this.method = method;
            this.path = path;
        }

        OpBuilder summary(String text) {
            summary = text;
            return this;
        }

        OpBuilder description(String text) {
            description = text;
            return this;
        }

        OpBuilder param(Parameter parameter) {
            params.add(parameter);
            return this;
        }

        OpBuilder body(BodyKind kind, String contentType, TypeRef type, boolean required) {
            body = new RequestBody(kind, contentType, type, required, "");
            return this;
        }

        OpBuilder response(Response response) {
            responses.add(response);
            return this;
        }

        OpBuilder security(List<SecurityRequirement> requirements) {
            security = requirements;
            return this;
        }

        OpBuilder deprecated() {
            deprecated = true;
            return this;
        }

        Operation build() {
            return new Operation(id, group, method, path, summary, description, params, Optional.ofNullable(body),
                    responses, security, deprecated, HERE);
        }
    }
}
