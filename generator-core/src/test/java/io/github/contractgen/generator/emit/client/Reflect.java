package io.github.contractgen.generator.emit.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * Calls generated code that the test compiled at run time. Methods are found by name, argument
 * count and argument types; exceptions thrown by the generated code come out
 * unwrapped, as a caller would see them.
 */
final class Reflect {

    private Reflect() {}

    static Object call(Object target, String name, Object... args) {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        Method method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                .filter(m -> !(target instanceof Class<?>) || Modifier.isStatic(m.getModifiers()))
                .filter(m -> accepts(m, args))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no public method " + name + " with " + args.length
                        + " parameters in " + type.getName()));
        try {
            return method.invoke(target instanceof Class<?> ? null : target, args);
        } catch (InvocationTargetException e) {
            throw sneaky(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot call " + method, e);
        }
    }

    /** Whether {@code args} fit the method's parameters: overloads of one count differ in type. */
    private static boolean accepts(Method method, Object[] args) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            boolean fits = args[i] == null ? !types[i].isPrimitive()
                    : types[i].isPrimitive() || types[i].isInstance(args[i]);
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable thrown) throws E {
        throw (E) thrown;
    }
}
