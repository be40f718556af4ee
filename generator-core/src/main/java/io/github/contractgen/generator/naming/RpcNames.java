package io.github.contractgen.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.contractgen.generator.model.ProtoMessageType;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.model.RpcService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The naming authority for one gRPC service: the classes and members of the service code and of the
 * client facades. Emitters ask here and never build names themselves.
 *
 * <p>Everything lands in the proto file's Java package, beside protoc's message classes, the way
 * protoc-gen-grpc-java places its {@code <Service>Grpc}. Inside {@code <Service>Grpc} the names are the
 * ones protoc-gen-grpc-java uses ({@code getSayHelloMethod}, {@code sayHello}, {@code GreeterImplBase}),
 * so code written against grpc-java's generated class compiles against ours. The facades' method names
 * start from the same lower-camel name and are then made unique against the facade's own members
 * ({@code builder}, {@code async}, {@code close}, ...).
 */
public final class RpcNames {

    /** Members of the client facades and of {@link Object} that a call method must not take or overload. */
    static final Set<String> FACADE_MEMBERS = Set.of(
            "builder", "async", "close", "withDeadline", "withMetadata", "channel", "getClass", "hashCode",
            "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

    private final RpcService service;
    private final String grpcStem;
    private final String facadeStem;
    private final Map<String, String> facadeMethods;

    private RpcNames(RpcService service) {
        this.service = service;
        this.grpcStem = service.name();
        this.facadeStem = JavaNames.typeName(service.name());
        this.facadeMethods = facadeMethods(service.methods());
    }

    public static RpcNames of(RpcService service) {
        return new RpcNames(Objects.requireNonNull(service, "service"));
    }

    /** The Java package of the service code and the facades: the proto file's Java package. */
    public String packageName() {
        return service.javaPackage();
    }

    /** {@code GreeterGrpc}: the service code, named as protoc-gen-grpc-java names it. */
    public ClassName grpcClass() {
        return ClassName.get(packageName(), grpcStem + "Grpc");
    }

    /** A class nested in {@code <Service>Grpc}: {@code grpcNested("ImplBase")} → {@code GreeterGrpc.GreeterImplBase}. */
    public ClassName grpcNested(String suffix) {
        return grpcClass().nestedClass(grpcStem + suffix);
    }

    /** {@code GreeterGrpc.AsyncService}, the server interface. */
    public ClassName asyncService() {
        return grpcClass().nestedClass("AsyncService");
    }

    /** A facade class: {@code facadeClass("Client")} → {@code GreeterClient}. */
    public ClassName facadeClass(String suffix) {
        return ClassName.get(packageName(), facadeStem + suffix);
    }

    /** The Java class of a message type, as protoc names it. */
    public static ClassName messageClass(ProtoMessageType type) {
        List<String> names = type.javaSimpleNames();
        return ClassName.get(type.javaPackage(), names.get(0), names.subList(1, names.size()).toArray(String[]::new));
    }

    /** {@code sayHello}: protoc-gen-grpc-java's name of the stub and server method, {@code _} after a keyword. */
    public static String stubMethod(RpcMethod method) {
        String name = mixedLower(method.name());
        return JavaNames.RESERVED.contains(name) ? name + "_" : name;
    }

    /** {@code getSayHelloMethod}: the static accessor of the method descriptor. */
    public static String descriptorGetter(RpcMethod method) {
        return "get" + method.name() + "Method";
    }

    /** {@code METHODID_SAY_HELLO}, as protoc-gen-grpc-java spells it. */
    public static String methodIdConstant(RpcMethod method) {
        String name = method.name();
        StringBuilder constant = new StringBuilder("METHODID_");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            constant.append(Character.toUpperCase(c));
            if (i + 1 < name.length() && Character.isLowerCase(c) && Character.isUpperCase(name.charAt(i + 1))) {
                constant.append('_');
            }
        }
        return constant.toString().toUpperCase(Locale.ROOT);
    }

    /** The method's name on {@code <Service>Client} and {@code <Service>AsyncClient}. */
    public String facadeMethod(RpcMethod method) {
        String name = facadeMethods.get(method.name());
        if (name == null) {
            throw new IllegalArgumentException("no method '" + method.name() + "' in service " + service.fullName());
        }
        return name;
    }

    private static Map<String, String> facadeMethods(List<RpcMethod> methods) {
        NameScope scope = new NameScope(FACADE_MEMBERS);
        Map<String, String> names = new LinkedHashMap<>();
        for (RpcMethod method : methods) {
            names.put(method.name(), scope.allocate(stubMethod(method)));
        }
        return names;
    }

    /**
     * protoc-gen-grpc-java's {@code MixedLower}: the first letter in lower case, each underscore dropped
     * and the letter after it upper case; the rest kept as written.
     */
    static String mixedLower(String word) {
        StringBuilder name = new StringBuilder();
        name.append(Character.toLowerCase(word.charAt(0)));
        boolean afterUnderscore = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '_') {
                afterUnderscore = true;
            } else {
                name.append(afterUnderscore ? Character.toUpperCase(c) : c);
                afterUnderscore = false;
            }
        }
        return name.toString();
    }
}
