package org.corotck.instrumented;

import org.corotck.spec.Yielder;

/** Bodies written as plain static methods, referred to from another class as {@code Bodies::averager}. */
final class Bodies {
    private Bodies() {}

    /** The notebook's averager. */
    static Object averager(Yielder<Double, Double> y) {
        double total = 0;
        int count = 0;
        Double average = null;
        while (true) {
            double term = y.yield(average);
            total += term;
            count += 1;
            average = total / count;
        }
    }
}
