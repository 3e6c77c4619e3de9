package org.corotck.tck;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Prints the TCK's settings that differ from their defaults, once, before the first TCK class runs. */
public final class SettingsBanner implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        TckSettings.printOnce();
    }
}
