package org.corotck.tck.report;

/** What became of one test, or of one rule once its tests are folded together. */
public enum Result { PASS, FAIL, SKIP, NOT_RUN }
