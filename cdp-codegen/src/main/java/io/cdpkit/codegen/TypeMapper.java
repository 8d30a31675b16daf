package io.cdpkit.codegen;

import io.cdpkit.codegen.NameTable.EnumSite;
import io.cdpkit.codegen.Schema.ArrayOf;
import io.cdpkit.codegen.Schema.EnumOf;
import io.cdpkit.codegen.Schema.ObjectOf;
import io.cdpkit.codegen.Schema.Protocol;
import io.cdpkit.codegen.Schema.Ref;
import io.cdpkit.codegen.Schema.Scalar;
import io.cdpkit.codegen.Schema.TypeSpec;

/**
 * The type mapping: which Java type represents each schema type. All mapping rules live here.
 *
 * <ul>
 *   <li>{@code string} to {@code String}; {@code boolean} to {@code boolean}/{@code Boolean}</li>
 *   <li>{@code integer} to {@code int}/{@code Integer}; {@code number} to {@code double}/{@code Double}
 *       (the primitive when the value is required, the wrapper when it is optional)</li>
 *   <li>{@code any} and {@code object} without properties to {@code JsonNode}, keeping every field</li>
 *   <li>{@code binary} to {@code Binary} (base64 on the wire)</li>
 *   <li>{@code array} to {@code List} of the boxed element type</li>
 *   <li>{@code $ref} to the generated class of the named type, in its domain's package</li>
 *   <li>an inline string enum to its generated open enum class</li>
 * </ul>
 */
final class TypeMapper {

    private final Protocol protocol;
    private final NameTable names;

    TypeMapper(Protocol protocol, NameTable names) {
        this.protocol = protocol;
        this.names = names;
    }

    /**
     * The Java type of a member.
     *
     * @param site     identifies the member, naming its enum class if it declares one inline
     * @param optional whether the member may be absent (then primitives are boxed)
     */
    JavaType map(TypeSpec spec, EnumSite site, boolean optional) {
        JavaType type = map(spec, site);
        return optional ? type.boxed() : type;
    }

    private JavaType map(TypeSpec spec, EnumSite site) {
        if (spec instanceof Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> JavaType.STRING;
                case INTEGER -> JavaType.INT;
                case NUMBER -> JavaType.DOUBLE;
                case BOOLEAN -> JavaType.BOOLEAN;
                case ANY, RAW_OBJECT -> JavaType.JSON_NODE;
                case BINARY -> JavaType.BINARY;
            };
        }
        if (spec instanceof Ref ref) {
            JavaType type = JavaType.of(Names.packageName(ref.domain()), names.type(ref.domain(), ref.id()));
            return protocol.resolve(ref).flags().deprecated() ? type.asDeprecated() : type;
        }
        if (spec instanceof ArrayOf array) {
            return JavaType.LIST.withArguments(map(array.items(), site).boxed());
        }
        if (spec instanceof EnumOf) {
            return JavaType.of(Names.packageName(site.domain()), names.inlineEnum(site));
        }
        if (spec instanceof ObjectOf) {
            throw new IllegalArgumentException(site + ": object types are only generated as named types");
        }
        throw new IllegalArgumentException("unmapped type " + spec);
    }
}
