package org.corotck.spec.spi;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds {@link Backend}s on the class path with {@link ServiceLoader} (rule 11.6). */
public final class Backends {
    private Backends() {}

    /** Every backend on the class path, in class-path order. */
    public static List<Backend> all() {
        return ServiceLoader.load(Backend.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    /**
     * The backend called {@code name}.
     *
     * @throws IllegalArgumentException naming the backends that are there, when none is called so
     */
    public static Backend byName(String name) {
        List<Backend> all = all();
        return all.stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no coroutine backend named '" + name
                        + "' on the class path; found: "
                        + all.stream().map(Backend::name).collect(Collectors.joining(", ", "[", "]"))));
    }
}
