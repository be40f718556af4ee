package io.github.contractgen.generator.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The names of a service's configuration keys: the property prefix, key segments for contract names,
 * and the environment variable of every property.
 *
 * <p>One rule each, so that the generated config class, the generated {@code .properties} file and the
 * documentation cannot disagree: the prefix is the service's package below the base package
 * ({@code billing.invoices}); a contract name inside a key (a server variable, a security scheme) is
 * its Java member name ({@code bearer-auth} → {@code bearerAuth}); the environment variable is the
 * property's words in upper case joined by {@code _} ({@code petstore.tls.caBundle} →
 * {@code PETSTORE_TLS_CA_BUNDLE}).
 */
public final class ConfigNames {

    private ConfigNames() {}

    /**
     * The service's key prefix: the contract's directories below the contracts root, then the service
     * name, each a package segment ({@code billing/invoices.yaml}, {@code Invoices} → {@code billing.invoices}).
     */
    public static String serviceId(String contractPath, String serviceName) {
        List<String> path = new ArrayList<>(List.of(contractPath.split("/")));
        path.remove(path.size() - 1); // the file name: the service name stands in its place
        path.add(serviceName);
        return path.stream().map(JavaNames::packageSegment).collect(Collectors.joining("."));
    }

    /** A contract name as one key segment: {@code bearer-auth} → {@code bearerAuth}. */
    public static String segment(String contractName) {
        return JavaNames.memberName(contractName);
    }

    /** The environment variable of a property: {@code petstore.tls.caBundle} → {@code PETSTORE_TLS_CA_BUNDLE}. */
    public static String environmentName(String property) {
        return JavaNames.words(property).stream().map(word -> word.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining("_"));
    }

    /** The Java constant of a key, from its part after the prefix: {@code tls.caBundle} → {@code TLS_CA_BUNDLE}. */
    public static String constantName(String suffix) {
        return JavaNames.constantName(suffix.replace('.', '_'));
    }
}
