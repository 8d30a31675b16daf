package io.cdpkit.cdp.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose tests drive a browser through the {@link CdpkitExtension}: its
 * constructors, lifecycle methods and test methods may declare {@code Browser},
 * {@code BrowserContext} and {@code Page} parameters.
 *
 * <pre>{@code
 * @CdpkitTest
 * class CheckoutTest {
 *     @Test
 *     void showsTheTotal(Page page) {
 *         page.navigate("http://127.0.0.1:8080/cart");
 *         assertEquals("42.00", page.waitForSelector("#total").textContent());
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CdpkitExtension.class)
public @interface CdpkitTest {

    /** Whether the class gets its own browser or shares one with the whole run. */
    BrowserScope browserScope() default BrowserScope.DEFAULT;
}
