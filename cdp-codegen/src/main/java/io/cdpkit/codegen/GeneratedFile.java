package io.cdpkit.codegen;

/**
 * One generated source file.
 *
 * @param path    path relative to the output root, with {@code /} separators
 * @param content the file's text
 */
public record GeneratedFile(String path, String content) {
}
