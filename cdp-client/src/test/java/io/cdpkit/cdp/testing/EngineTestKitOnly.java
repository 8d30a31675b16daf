package io.cdpkit.cdp.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps sample test classes (run by tests through JUnit's EngineTestKit, some failing on purpose)
 * from running in the build's own test run: they run only where the configuration parameter
 * {@link #PARAMETER} is {@code true}, which the tests set on their EngineTestKit requests.
 */
public final class EngineTestKitOnly implements ExecutionCondition {

    /** The configuration parameter that enables the samples. */
    public static final String PARAMETER = "cdpkit.test.runSamples";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER, Boolean::parseBoolean).orElse(false)
                ? ConditionEvaluationResult.enabled("run by EngineTestKit")
                : ConditionEvaluationResult.disabled("a sample that tests run through EngineTestKit");
    }
}
