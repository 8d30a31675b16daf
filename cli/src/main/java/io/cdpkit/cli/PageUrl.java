package io.cdpkit.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts the absolute URL of a page to load ({@code https://...}, {@code file:...}, {@code data:...}). */
final class PageUrl implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        try {
            if (new URI(value).isAbsolute()) {
                return value;
            }
        } catch (URISyntaxException e) {
            throw new TypeConversionException("'" + value + "' is not a URL: " + e.getReason());
        }
        throw new TypeConversionException("'" + value + "' is not an absolute URL: write it with its scheme, "
                + "e.g. https://" + value);
    }
}
