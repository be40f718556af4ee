package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.FieldSpec;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.Server;
import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.naming.NameScope;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * The {@code URI} constants for the contract's absolute servers, with their variables at their
 * defaults. Relative servers ({@code /v1}) and URLs that do not parse get no constant: a constant
 * that throws when the class loads would be worse than none.
 *
 * @param fields the constants, in contract order
 * @param defaultServer the constant for the contract's first server, or {@code null} when the first
 *     server is not absolute (a base URI must then be set)
 */
record ServerConstants(List<FieldSpec> fields, String defaultServer) {

    static ServerConstants of(List<Server> servers) {
        NameScope names = new NameScope();
        List<FieldSpec> fields = new ArrayList<>();
        String defaultServer = null;
        for (int i = 0; i < servers.size(); i++) {
            Server server = servers.get(i);
            String url = expand(server);
            if (!isAbsolute(url)) {
                continue;
            }
            String wanted = servers.size() == 1 ? "SERVER"
                    : "SERVER_" + (server.name().isBlank() ? String.valueOf(i + 1) : JavaNames.constantName(server.name()));
            String name = names.allocate(wanted.replace("SERVER__", "SERVER_"));
            fields.add(FieldSpec.builder(URI.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L", server.description().isBlank() ? "{@code " + Javadocs.escape(url) + "}" : Javadocs.escape(server.description()))
                    .addJavadoc(server.variables().isEmpty() ? "" : "\n\n<p>Server variables at their defaults.")
                    .addJavadoc("\n")
                    .initializer("$T.create($S)", URI.class, url)
                    .build());
            if (i == 0) {
                defaultServer = name;
            }
        }
        return new ServerConstants(fields, defaultServer);
    }

    /** The URL with every {@code {variable}} replaced by its default. */
    static String expand(Server server) {
        String url = server.url();
        for (Server.Variable variable : server.variables()) {
            url = url.replace("{" + variable.name() + "}", variable.defaultValue());
        }
        return url;
    }

    private static boolean isAbsolute(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false; // not a usable URL: the user sets baseUri
        }
    }
}
