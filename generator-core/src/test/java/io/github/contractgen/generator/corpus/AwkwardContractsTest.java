package io.github.contractgen.generator.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small contracts, one per kind of trouble met in the real-world corpus, through the standard
 * generator and javac: each must generate and compile.
 */
class AwkwardContractsTest {

    @TempDir
    Path work;

    private InMemoryCompiler.Compilation run(String name) throws IOException, URISyntaxException {
        return GenerateAndCompile.run(contract(name), work);
    }

    private static Path contract(String name) throws URISyntaxException {
        return Path.of(AwkwardContractsTest.class.getResource("/openapi/awkward/" + name).toURI());
    }

    @Test
    void dollarSignsInContractTextStayText() throws Exception {
        InMemoryCompiler.Compilation compiled = run("dollars.yaml");

        assertThat(compiled.sources().get("corpus/dollars/DollarsClient.java"))
                .contains("Prices in $ and $D; a $L, a $S, a $T and $1 must stay text.");
        assertThat(compiled.sources().get("corpus/dollars/model/Price.java")).contains("A price in $, e.g. $5.");
    }

    @Test
    void formBodiesWithoutWritableFieldsSendAnEmptyFormWhenRequiredAndNothingWhenOptional() throws Exception {
        InMemoryCompiler.Compilation compiled = run("empty-forms.yaml");

        assertThat(compiled.sources().get("corpus/emptyforms/EmptyFormsCalls.java"))
                .contains(".optionalFormBody(fields)")
                .contains(".multipartBody(fields)");
    }

    @Test
    void inlineFormRecordsThatOnlyCarryParametersAreLeftOut() throws Exception {
        InMemoryCompiler.Compilation compiled = run("form-bodies.yaml");

        assertThat(compiled.sources()).as("fields flattened into uploadPhoto's parameters, used nowhere else")
                .doesNotContainKey("corpus/formbodies/model/UploadPhotoRequest.java")
                .as("an inline form a response reuses").containsKey("corpus/formbodies/model/LoginRequest.java")
                .as("a named component is vocabulary").containsKey("corpus/formbodies/model/Settings.java");
        assertThat(compiled.sources().get("corpus/formbodies/FormBodiesClient.java"))
                .contains("BinaryPart file");
    }

    @Test
    void parameterJavadocStatesBoundsValuesAndDefaults() throws Exception {
        String client = run("form-bodies.yaml").sources().get("corpus/formbodies/FormBodiesClient.java");

        assertThat(client)
                .contains("@param limit How many photos to keep (1 to 100; the service's default is {@code 20}"
                        + " when absent).")
                .contains("@param size the {@code size} query parameter (one of {@code small}, {@code large})")
                .contains("@param sizes the {@code sizes} query parameter (each one of {@code small}, {@code large})")
                .contains("@param quality the {@code quality} query parameter (at most 1.5)")
                .as("a required parameter is never absent")
                .contains("@param mode the {@code mode} query parameter (one of {@code fast}, {@code best})\n")
                .contains("@param caption the {@code caption} field of the request body (the service's default"
                        + " is {@code untitled} when absent)");
    }

    @Test
    void longSchemaNamesStillMakeClassFilesAFileSystemAccepts() throws Exception {
        InMemoryCompiler.Compilation compiled = run("long-names.yaml");

        assertThat(compiled.classNames()).anyMatch(name -> name.endsWith(
                "ConfirmedTheIntentOnTheHostedPageCustomMandateUrl$Option2Value"));
        assertThat(compiled.classNames()).filteredOn(name -> name.contains("TheSettingsOfEveryNotificationChannel"))
                .isNotEmpty()
                .allMatch(name -> GenerateAndCompile.classFileName(name).length() <= JavaNames.MAX_FILE_NAME_BYTES);
        assertThat(compiled.sources().keySet()).filteredOn(path -> path.contains("TheSettingsOfEvery"))
                .allMatch(path -> path.substring(path.lastIndexOf('/') + 1).length() <= "X".repeat(200).length() + 5);
    }

    /**
     * A gRPC gateway's description repeats an RPC's operationId for each of its routes: the first route
     * keeps the name, the others are named after it and their method and path, numbered past a name the
     * contract declares itself, and every run names them alike.
     */
    @Test
    void repeatedOperationIdsOfGatewayRoutesGetNamesFromTheirMethodAndPath() throws Exception {
        InMemoryCompiler.Compilation compiled = run("gateway-routes.yaml");

        String api = compiled.sources().get("corpus/gatewayroutes/WorkflowServiceApi.java");
        assertThat(api).contains("public Workflow workflowServiceDescribeWorkflow(String namespace, String workflowId)")
                .contains("public Workflow workflowServiceDescribeWorkflowViaGetNamespacesNamespaceWorkflowsWorkflowId(")
                .contains("public void workflowServiceSignalWorkflow(String namespace, String workflowId, Signal signal)")
                .contains("public void workflowServiceSignalWorkflowViaPostNamespacesNamespaceWorkflowsWorkflowIdSignal2(")
                .contains("public void workflowServiceSignalWorkflowViaPostV2NamespacesNamespaceWorkflowsWorkflowIdSignal(")
                .as("the name declared in the contract stays with its operation")
                .contains("public void workflowServiceSignalWorkflowViaPostNamespacesNamespaceWorkflowsWorkflowIdSignal()");
        assertThat(GenerateAndCompile.run(contract("gateway-routes.yaml"), work.resolve("again")).sources())
                .isEqualTo(compiled.sources());
    }
}
