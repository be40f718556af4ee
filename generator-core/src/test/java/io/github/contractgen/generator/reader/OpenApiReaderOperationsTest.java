package io.github.contractgen.generator.reader;

import static io.github.contractgen.generator.reader.OpenApiFixtures.operation;
import static io.github.contractgen.generator.reader.OpenApiFixtures.property;
import static io.github.contractgen.generator.reader.OpenApiFixtures.service;
import static io.github.contractgen.generator.reader.OpenApiFixtures.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Parameter;
import io.github.contractgen.generator.model.ParameterLocation;
import io.github.contractgen.generator.model.Response;
import io.github.contractgen.generator.model.SecurityRequirement;
import io.github.contractgen.generator.model.SecurityScheme;
import io.github.contractgen.generator.model.Server;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.model.TypeRef.Scalar;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Operations, parameters, bodies, responses, servers and security. */
class OpenApiReaderOperationsTest {

    @Test
    void serviceComesFromFileNameAndInfo() {
        Service service = service("petstore.yaml");
        assertThat(service.name()).isEqualTo("petstore");
        assertThat(service.title()).isEqualTo("Pet Store");
        assertThat(service.version()).isEqualTo("1.2.3");
        assertThat(service.description()).isEqualTo("A small store.");
        assertThat(service.servers()).containsExactly(new Server("https://{region}.example.com/v1", "Production",
                "Production", List.of(new Server.Variable("region", "eu", List.of("eu", "us"), ""))));
        assertThat(service("composition.yaml").servers()).as("swagger-parser's invented '/' server").isEmpty();
    }

    @Test
    void operationIdsAreDeclaredOrDerivedAndSorted() {
        Service service = service("petstore.yaml");
        assertThat(service.operations()).extracting(Operation::id)
                .containsExactly("createPet", "deletePet", "getPetsPetId", "listPets", "putPetsPetIdPhoto");
        Operation list = operation(service, "listPets");
        assertThat(list.group()).isEqualTo("pets");
        assertThat(list.method()).isEqualTo("GET");
        assertThat(list.path()).isEqualTo("/pets");
        assertThat(operation(service, "deletePet").deprecated()).isTrue();
        assertThat(operation(service, "deletePet").group()).isEmpty();
    }

    static Stream<Arguments> parameters() {
        return Stream.of(
                Arguments.of("listPets", "limit", ParameterLocation.QUERY, "form", true, TypeRef.scalar(Scalar.INT32)),
                Arguments.of("listPets", "X-Trace", ParameterLocation.HEADER, "simple", false, TypeRef.scalar(Scalar.STRING)),
                Arguments.of("listPets", "session", ParameterLocation.COOKIE, "form", true, TypeRef.scalar(Scalar.STRING)),
                Arguments.of("getPetsPetId", "petId", ParameterLocation.PATH, "simple", false, TypeRef.scalar(Scalar.UUID)),
                // the operation's own 'verbose' overrides the path-level one, with its explicit style
                Arguments.of("getPetsPetId", "verbose", ParameterLocation.QUERY, "spaceDelimited", false,
                        TypeRef.listOf(TypeRef.scalar(Scalar.STRING))),
                Arguments.of("deletePet", "verbose", ParameterLocation.QUERY, "form", true, TypeRef.scalar(Scalar.BOOLEAN)));
    }

    @ParameterizedTest(name = "{0}.{1}: {2} {3} explode={4}")
    @MethodSource("parameters")
    void parameterStylesAreDefaultedPerLocation(String operationId, String name, ParameterLocation in, String style,
            boolean explode, TypeRef type) {
        Parameter parameter = operation(service("petstore.yaml"), operationId).parameters().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(parameter.in()).isEqualTo(in);
        assertThat(parameter.style()).isEqualTo(style);
        assertThat(parameter.explode()).isEqualTo(explode);
        assertThat(parameter.type()).isEqualTo(type);
        assertThat(parameter.required()).isEqualTo(in == ParameterLocation.PATH);
    }

    @Test
    void pathLevelParametersAreMergedAndIgnoredHeadersDropped() {
        Service service = service("petstore.yaml");
        assertThat(operation(service, "getPetsPetId").parameters()).extracting(Parameter::name)
                .containsExactly("petId", "verbose");
        assertThat(operation(service, "listPets").parameters()).extracting(Parameter::name)
                .containsExactly("limit", "status", "X-Trace", "session"); // Accept is the client's business
    }

    /** swagger-parser's resolver would drop a parameter that refers into another path; it is kept. */
    @Test
    void aParameterReferringToAnotherPathsParameterIsKept() {
        Operation options = operation(service("path-parameter-refs.yaml"), "transactionOptions");
        assertThat(options.parameters()).singleElement().satisfies(parameter -> {
            assertThat(parameter.name()).isEqualTo("accountId");
            assertThat(parameter.in()).isEqualTo(ParameterLocation.PATH);
        });
    }

    @Test
    void parametersKeepTheirDefaultAndInclusiveBounds() {
        Operation upload = operation(service("awkward/form-bodies.yaml"), "uploadPhoto");
        assertThat(parameter(upload, "limit").limits())
                .isEqualTo(new Parameter.Limits(Optional.of("20"), Optional.of("1"), Optional.of("100")));
        assertThat(parameter(upload, "quality").limits()).as("an exclusive minimum is not an inclusive one")
                .isEqualTo(new Parameter.Limits(Optional.empty(), Optional.empty(), Optional.of("1.5")));
        assertThat(parameter(upload, "mode").limits().defaultValue()).contains("\"fast\"");
        assertThat(parameter(upload, "size").limits()).isEqualTo(Parameter.Limits.NONE);
    }

    @Test
    void requestBodiesSayWhetherTheirTypeIsInline() {
        Service service = service("awkward/form-bodies.yaml");
        assertThat(operation(service, "uploadPhoto").requestBody().get().inlineType()).isTrue();
        assertThat(operation(service, "login").requestBody().get().inlineType()).isTrue();
        assertThat(operation(service, "saveSettings").requestBody().get().inlineType()).isFalse();
        assertThat(operation(service("petstore.yaml"), "putPetsPetIdPhoto").requestBody().get().inlineType())
                .as("a binary body names no type").isFalse();
    }

    private static Parameter parameter(Operation operation, String name) {
        return operation.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void requestBodyPrefersJson() {
        Operation create = operation(service("petstore.yaml"), "createPet");
        assertThat(create.requestBody()).hasValueSatisfying(body -> {
            assertThat(body.kind()).isEqualTo(BodyKind.JSON);
            assertThat(body.contentType()).isEqualTo("application/json");
            assertThat(body.type()).isEqualTo(TypeRef.named("CreatePetRequest"));
            assertThat(body.required()).isTrue();
        });
        assertThat(operation(service("petstore.yaml"), "putPetsPetIdPhoto").requestBody()).hasValueSatisfying(body -> {
            assertThat(body.kind()).isEqualTo(BodyKind.BINARY);
            assertThat(body.type()).isEqualTo(TypeRef.scalar(Scalar.BINARY));
        });
    }

    @Test
    void responsesAreSortedCodesThenRangesThenDefault() {
        Service service = service("petstore.yaml");
        List<Response> responses = operation(service, "createPet").responses();
        assertThat(responses).extracting(Response::status).containsExactly("201", "404", "500", "4XX");
        assertThat(responses.get(0).type()).contains(TypeRef.named("CreatePetResponse"));
        assertThat(responses.get(1).kind()).isEqualTo(BodyKind.EMPTY);
        assertThat(responses.get(1).type()).isEmpty();
        assertThat(responses.get(2).kind()).isEqualTo(BodyKind.TEXT);
        assertThat(operation(service, "listPets").responses()).extracting(Response::status)
                .containsExactly("200", "default");
        Response ok = operation(service, "listPets").responses().get(0);
        assertThat(ok.headers()).containsExactly(new Response.Header("X-Next", TypeRef.scalar(Scalar.STRING), true, ""));
        assertThat(operation(service, "getPetsPetId").responses().get(0).kind()).isEqualTo(BodyKind.JSON); // +json
        assertThat(operation(service, "putPetsPetIdPhoto").responses().get(0).kind()).isEqualTo(BodyKind.BINARY);
    }

    static Stream<Arguments> nullableResponses() {
        TypeRef note = TypeRef.named("Note");
        TypeRef count = TypeRef.scalar(Scalar.INT64);
        return Stream.of(
                Arguments.of("nullable-responses-30.yaml", "findNote", note, true), // allOf + nullable: true
                Arguments.of("nullable-responses-30.yaml", "findDraft", TypeRef.named("Draft"), true), // a nullable component
                Arguments.of("nullable-responses-30.yaml", "countNotes", count, true),
                Arguments.of("nullable-responses-30.yaml", "getNote", note, false),
                Arguments.of("nullable-responses-31.yaml", "findNote", note, true), // oneOf with {type: 'null'}
                Arguments.of("nullable-responses-31.yaml", "countNotes", count, true), // type: [integer, "null"]
                Arguments.of("nullable-responses-31.yaml", "findSummary", TypeRef.named("FindSummaryResponse"), true),
                Arguments.of("nullable-responses-31.yaml", "getNote", note, false),
                Arguments.of("nullable-responses-swagger2.yaml", "findDraft", TypeRef.named("Draft"), true), // x-nullable
                Arguments.of("nullable-responses-swagger2.yaml", "findSummary", TypeRef.named("FindSummaryResponse"), true),
                Arguments.of("nullable-responses-swagger2.yaml", "countNotes", count, true),
                Arguments.of("nullable-responses-swagger2.yaml", "getNote", note, false));
    }

    @ParameterizedTest(name = "{0}: {1} nullable={3}")
    @MethodSource("nullableResponses")
    void aResponseSchemaThatAllowsNullMakesANullableBody(String file, String operationId, TypeRef type, boolean nullable) {
        ReadResult result = OpenApiFixtures.read(file);
        assertThat(result.diagnostics()).isEmpty();
        Response ok = operation(result.contract().get().services().get(0), operationId).responses().get(0);
        assertThat(ok.kind()).isEqualTo(BodyKind.JSON);
        assertThat(ok.type()).contains(type);
        assertThat(ok.nullable()).isEqualTo(nullable);
    }

    @Test
    void onlyAJsonBodyCanBeNull() {
        Response text = operation(service("nullable-responses-30.yaml"), "getTitle").responses().get(0);
        assertThat(text.kind()).isEqualTo(BodyKind.TEXT);
        assertThat(text.nullable()).as("text/plain with nullable: true is still text").isFalse();
    }

    @Test
    void securityRequirementsKeepAlternatives() {
        Service service = service("petstore.yaml");
        assertThat(service.security()).containsExactly(new SecurityRequirement(List.of("apiKey")),
                new SecurityRequirement(List.of()));
        assertThat(operation(service, "createPet").security()).as("scopes kept per scheme, sorted")
                .containsExactly(new SecurityRequirement(List.of("oauth"), java.util.Map.of("oauth", List.of("read", "write"))));
        assertThat(operation(service, "listPets").security()).isEqualTo(service.security());
        assertThat(operation(service("security.yaml"), "secure").security()).containsExactly(
                new SecurityRequirement(List.of("basic", "bearer")), new SecurityRequirement(List.of("mtls")));
    }

    static Stream<Arguments> schemes() {
        return Stream.of(
                Arguments.of("petstore.yaml", new SecurityScheme("apiKey", SecurityScheme.Type.API_KEY, ParameterLocation.HEADER,
                        "X-API-Key", "", List.of(), "")),
                Arguments.of("petstore.yaml", new SecurityScheme("oauth", SecurityScheme.Type.OAUTH2_CLIENT_CREDENTIALS, null,
                        "", "https://auth.example.com/token", List.of("admin", "read", "write"), "")),
                Arguments.of("security.yaml", new SecurityScheme("basic", SecurityScheme.Type.HTTP_BASIC, null, "", "", List.of(), "")),
                Arguments.of("security.yaml", new SecurityScheme("bearer", SecurityScheme.Type.HTTP_BEARER, null, "", "", List.of(), "")),
                Arguments.of("security.yaml", new SecurityScheme("cookieKey", SecurityScheme.Type.API_KEY, ParameterLocation.COOKIE,
                        "sid", "", List.of(), "")),
                Arguments.of("security.yaml", new SecurityScheme("queryKey", SecurityScheme.Type.API_KEY, ParameterLocation.QUERY,
                        "key", "", List.of(), "")),
                Arguments.of("security.yaml", new SecurityScheme("mtls", SecurityScheme.Type.MUTUAL_TLS, null, "", "", List.of(), "")),
                Arguments.of("security.yaml", new SecurityScheme("oidc", SecurityScheme.Type.OAUTH2_OTHER, null, "", "", List.of(), "")),
                Arguments.of("security.yaml", new SecurityScheme("code", SecurityScheme.Type.OAUTH2_OTHER, null, "", "",
                        List.of("a", "b"), "")),
                Arguments.of("security.yaml", new SecurityScheme("digest", SecurityScheme.Type.UNSUPPORTED, null, "", "", List.of(), "")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("schemes")
    void securitySchemesAreMapped(String file, SecurityScheme expected) {
        assertThat(service(file).securitySchemes()).contains(expected);
    }

    @Test
    void unsupportedSchemeIsAWarningAndSchemesAreSorted() {
        ReadResult result = OpenApiFixtures.read("security.yaml");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.toString()).startsWith("security.yaml:28:5: warning: security scheme 'digest'");
        });
        assertThat(result.contract().get().services().get(0).securitySchemes()).extracting(SecurityScheme::name).isSorted();
    }

    @Test
    void swagger2IsConvertedIncludingFormData() {
        ReadResult result = OpenApiFixtures.read("swagger2.yaml");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.contract().get().version()).isEqualTo("2.0");
        Service service = result.contract().get().services().get(0);
        assertThat(service.servers()).extracting(Server::url).containsExactly("https://api.example.com/v2");
        Operation upload = operation(service, "upload");
        assertThat(upload.requestBody()).hasValueSatisfying(body -> {
            assertThat(body.kind()).isEqualTo(BodyKind.MULTIPART);
            assertThat(body.type()).isEqualTo(TypeRef.named("UploadRequest"));
        });
        TypeDef.RecordDef form = type(service, "UploadRequest", TypeDef.RecordDef.class);
        assertThat(property(form, "file").type()).isEqualTo(TypeRef.scalar(Scalar.BINARY));
        assertThat(property(form, "file").required()).isTrue();
        assertThat(upload.responses().get(0).kind()).as("no 'produces': */* with a schema is JSON").isEqualTo(BodyKind.JSON);
        assertThat(upload.responses().get(0).type()).contains(TypeRef.named("Receipt"));
        Operation login = operation(service, "login");
        assertThat(login.requestBody().get().kind()).isEqualTo(BodyKind.FORM);
        Parameter ids = login.parameters().get(0);
        assertThat(ids.type()).isEqualTo(TypeRef.listOf(TypeRef.scalar(Scalar.INT64)));
        assertThat(ids.style()).isEqualTo("form");
        assertThat(ids.explode()).isTrue(); // collectionFormat: multi
        assertThat(service.securitySchemes()).extracting(SecurityScheme::type)
                .containsExactly(SecurityScheme.Type.HTTP_BASIC, SecurityScheme.Type.API_KEY);
    }

    @Test
    void jsonContractsReadLikeYaml() {
        Service service = service("petstore.json");
        assertThat(operation(service, "listPets").responses().get(0).type()).contains(TypeRef.named("Pet"));
    }
}
