package io.github.contractgen.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The naming authority for one service: decides its package, the class names of its service-level
 * types and of every model type. Emitters ask here and never build names themselves.
 *
 * <p>Layout: service-level classes ({@code PetstoreClient}, {@code PetstoreException}, ...) in
 * {@code <basePackage>.<service>}, model types in {@code <basePackage>.<service>.model}.
 */
public final class SymbolTable {

    /**
     * Every public type of java.lang (Java 17, plus those Java 21 and 25 add). A model type of the same
     * name would shadow it inside its package, and in every file that imports it: {@code Error body}
     * would mean the model in one file and {@code java.lang.Error} in the next. The rule: such a model
     * type gets a {@code Model} suffix ({@code Error} becomes {@code ErrorModel}), the same on every
     * run and every JDK.
     */
    static final Set<String> SHADOWING = Set.of(
            "AbstractMethodError", "Appendable", "ArithmeticException", "ArrayIndexOutOfBoundsException",
            "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean", "BootstrapMethodError", "Byte",
            "CharSequence", "Character", "Class", "ClassCastException", "ClassCircularityError", "ClassFormatError",
            "ClassLoader", "ClassNotFoundException", "ClassValue", "CloneNotSupportedException", "Cloneable",
            "Comparable", "Compiler", "Deprecated", "Double", "Enum", "EnumConstantNotPresentException", "Error",
            "Exception", "ExceptionInInitializerError", "Float", "FunctionalInterface", "IO", "IllegalAccessError",
            "IllegalAccessException", "IllegalArgumentException", "IllegalCallerException",
            "IllegalMonitorStateException", "IllegalStateException", "IllegalThreadStateException",
            "IncompatibleClassChangeError", "IndexOutOfBoundsException", "InheritableThreadLocal",
            "InstantiationError", "InstantiationException", "Integer", "InternalError", "InterruptedException",
            "Iterable", "LayerInstantiationException", "LinkageError", "Long", "MatchException", "Math", "Module",
            "ModuleLayer", "NegativeArraySizeException", "NoClassDefFoundError", "NoSuchFieldError",
            "NoSuchFieldException", "NoSuchMethodError", "NoSuchMethodException", "NullPointerException", "Number",
            "NumberFormatException", "Object", "OutOfMemoryError", "Override", "Package", "Process",
            "ProcessBuilder", "ProcessHandle", "Readable", "Record", "ReflectiveOperationException", "Runnable",
            "Runtime", "RuntimeException", "RuntimePermission", "SafeVarargs", "ScopedValue", "SecurityException",
            "SecurityManager", "Short", "StackOverflowError", "StackTraceElement", "StackWalker", "StrictMath",
            "String", "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException", "SuppressWarnings",
            "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal", "Throwable", "TypeNotPresentException",
            "UnknownError", "UnsatisfiedLinkError", "UnsupportedClassVersionError", "UnsupportedOperationException",
            "VerifyError", "VirtualMachineError", "Void", "WrongThreadException");

    /**
     * The longest model class name, in UTF-8 bytes: room left within {@link JavaNames#MAX_FILE_NAME_BYTES}
     * for a class nested in it or named after it ({@code Deserializer.class}), for a numeric suffix and for the suffixes
     * of service-level classes ({@code AsyncClient}).
     */
    public static final int MAX_TYPE_NAME_BYTES = 200;

    private final String packageName;
    private final String serviceTypeName;
    private final Map<String, ClassName> types;
    private final NestedNames nested;

    private SymbolTable(String packageName, String serviceTypeName, Map<String, ClassName> types, Service service) {
        this.packageName = packageName;
        this.serviceTypeName = serviceTypeName;
        this.types = Collections.unmodifiableMap(types);
        this.nested = new NestedNames(service.types(), this.types);
    }

    /**
     * Names everything of {@code service}.
     *
     * @param basePackage the user's base package, e.g. {@code com.example.api}
     * @param packagePath the service's own package segments below it, e.g. {@code ["petstore"]}; each
     *     is made legal here
     */
    public static SymbolTable of(String basePackage, List<String> packagePath, Service service) {
        Objects.requireNonNull(basePackage, "basePackage");
        StringBuilder pkg = new StringBuilder(basePackage);
        for (String segment : packagePath) {
            if (pkg.length() > 0) {
                pkg.append('.');
            }
            pkg.append(JavaNames.packageSegment(segment));
        }
        String packageName = pkg.toString();
        String modelPackage = packageName.isEmpty() ? "model" : packageName + ".model";
        NameScope scope = new NameScope(SHADOWING);
        Map<String, ClassName> types = new LinkedHashMap<>();
        for (TypeDef type : service.types()) {
            String simple = scope.allocate(JavaNames.fitting(nonShadowing(JavaNames.typeName(type.name())),
                    MAX_TYPE_NAME_BYTES));
            types.put(type.name(), ClassName.get(modelPackage, simple));
        }
        String serviceTypeName = JavaNames.fitting(JavaNames.typeName(service.name()), MAX_TYPE_NAME_BYTES);
        return new SymbolTable(packageName, serviceTypeName, types, service);
    }

    private static String nonShadowing(String name) {
        return SHADOWING.contains(name) ? name + "Model" : name;
    }

    /** The service's package, e.g. {@code com.example.api.petstore}. */
    public String packageName() {
        return packageName;
    }

    /** The package of the model types, e.g. {@code com.example.api.petstore.model}. */
    public String modelPackage() {
        return packageName.isEmpty() ? "model" : packageName + ".model";
    }

    /** The stem of the service-level class names, e.g. {@code Petstore}. */
    public String serviceTypeName() {
        return serviceTypeName;
    }

    /** A service-level class: {@code serviceClass("Client")} → {@code ...petstore.PetstoreClient}. */
    public ClassName serviceClass(String suffix) {
        return ClassName.get(packageName, serviceTypeName + suffix);
    }

    /** The class of the model type with this contract name. */
    public ClassName type(String contractName) {
        ClassName name = types.get(contractName);
        if (name == null) {
            throw new IllegalArgumentException("no type named '" + contractName + "' in service " + serviceTypeName);
        }
        return name;
    }

    /** Every model type, contract name to class, in the service's type order. */
    public Map<String, ClassName> types() {
        return types;
    }

    /**
     * The class that stands for {@code variant} in the union with this contract name: the record's own
     * class when the variant is a named record (aliases followed), else a wrapper record nested in the
     * union's interface ({@code PaymentMethod.StringValue}, {@code PaymentMethod.PetList}).
     */
    public ClassName unionVariant(String unionName, TypeRef variant) {
        return nested.unionVariant(unionName, variant);
    }

    /**
     * The package-private deserializer of a union without discriminator, next to it in the model
     * package: {@code DeliveryDeserializer}.
     */
    public ClassName unionDeserializer(String unionName) {
        return nested.unionDeserializer(unionName);
    }

    /** The Java enum of an open enum's known values, for switch statements: {@code PetStatus.Known}. */
    public ClassName enumKnown(String enumName) {
        return nested.enumKnown(enumName);
    }
}
