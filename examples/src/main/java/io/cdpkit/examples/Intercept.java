package io.cdpkit.examples;

import io.cdpkit.cdp.ElementHandle;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Intercepts a page's requests: images are blocked and the page's JSON API is answered with a
 * mock, before either request reaches the server. The page is a small shop served from 127.0.0.1
 * that shows three images and lists the products {@code GET /api/products} returns.
 *
 * <pre>
 * java -cp examples/target/cdpkit-examples.jar io.cdpkit.examples.Intercept
 * </pre>
 *
 * Prints each blocked and mocked request, how many images the page shows and the products it lists.
 */
public final class Intercept {

    /** The mock's answer to {@code GET /api/products}. */
    static final String MOCK_PRODUCTS = "[{\"name\":\"Mocked teapot\"},{\"name\":\"Mocked kettle\"}]";

    /** How many of the page's images were loaded, e.g. {@code "0 of 3"}. */
    private static final String IMAGES_SHOWN =
            "[...document.images].filter(image => image.naturalWidth > 0).length + ' of ' + document.images.length";

    private Intercept() {
    }

    /** Runs the example and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the example; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return CdpExample.run(Intercept.class, "", "shop.html", 0, args, out, err, (page, url, more, result) -> {
            List<String> log = new CopyOnWriteArrayList<>();
            page.intercept("*", request -> {
                if (request.resourceType().equals("Image")) {
                    log.add("Blocked " + request.url());
                    request.abort("BlockedByClient");
                } else if (request.url().endsWith("/api/products")) {
                    log.add("Mocked " + request.url());
                    request.fulfill(200, "application/json", MOCK_PRODUCTS);
                } else {
                    request.continueRequest();
                }
            });
            page.navigate(url);
            page.waitForSelector("#products li");
            log.forEach(result::println);
            result.println("Images shown: " + page.evaluate(IMAGES_SHOWN).asText());
            List<String> products = page.querySelectorAll("#products li").stream().map(ElementHandle::textContent).toList();
            result.println("The page lists: " + String.join(", ", products));
        });
    }
}
