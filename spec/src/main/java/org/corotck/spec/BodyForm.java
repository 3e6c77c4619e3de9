package org.corotck.spec;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.corotck.spec.spi.Backend;

/**
 * The two forms a coroutine body takes (SPEC.md, rules 11.1 and 11.2): what the TCK runs each rule in, and
 * what a benchmark measures. {@link #key()} is the short name reports and benchmark parameters use.
 */
public enum BodyForm {
    /** A {@link StackfulBody}: only backends that declare STACKFUL run it. */
    STACKFUL("stackful"),
    /** A {@link StateMachine}: every backend runs it. */
    STATE_MACHINE("machine");

    private final String key;

    BodyForm(String key) {
        this.key = key;
    }

    /** {@code stackful} or {@code machine}: the form's name in benchmark parameters and report keys. */
    public String key() {
        return key;
    }

    /** The form of this {@link #key()}; fails naming the keys there are. */
    public static BodyForm ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no body form '" + key + "'; the forms are "
                        + Arrays.stream(values()).map(BodyForm::key).collect(Collectors.joining(", "))));
    }

    /** A coroutine of {@code backend} running the body in this form: {@code machine} or {@code body}. */
    public <I, O> Coroutine<I, O> create(Backend backend, StateMachine<I, O> machine, StackfulBody<I, O> body) {
        return this == STATE_MACHINE ? backend.stateMachine(machine) : backend.stackful(body);
    }
}
