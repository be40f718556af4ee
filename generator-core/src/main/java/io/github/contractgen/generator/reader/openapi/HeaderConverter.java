package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.Response;
import io.github.contractgen.generator.reader.source.JsonPointers;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Converts the headers of a response, sorted by name; {@code Content-Type} is ignored, as the specification says. */
final class HeaderConverter {

    private final ReadContext context;
    private final SchemaConverter schemas;

    HeaderConverter(ReadContext context, SchemaConverter schemas) {
        this.context = context;
        this.schemas = schemas;
    }

    List<Response.Header> headers(Map<String, Header> declared, String hint, String pointer) {
        List<Response.Header> headers = new ArrayList<>();
        if (declared == null) {
            return headers;
        }
        for (Map.Entry<String, Header> entry : new TreeMap<>(declared).entrySet()) {
            String name = entry.getKey();
            String at = JsonPointers.append(pointer + "/headers", name);
            if (name.equalsIgnoreCase("content-type")) {
                continue;
            }
            Header header = entry.getValue() == null ? new Header() : context.refs().header(entry.getValue());
            if (header == null) {
                context.problems().warning(at, "header reference '" + entry.getValue().get$ref()
                        + "' cannot be followed; the header is ignored");
                continue;
            }
            Schema<?> schema = header.getSchema();
            if (schema == null && header.getContent() != null) {
                schema = MediaTypes.choose(header.getContent()).map(choice -> (Schema<?>) choice.media().getSchema())
                        .orElse(null);
            }
            var type = schema == null
                    ? io.github.contractgen.generator.model.TypeRef.scalar(io.github.contractgen.generator.model.TypeRef.Scalar.STRING)
                    : schemas.use(schema, ReadContext.join(hint, name), at + "/schema").type();
            headers.add(new Response.Header(name, type, Boolean.TRUE.equals(header.getRequired()),
                    SchemaConverter.text(header.getDescription())));
        }
        return headers;
    }
}
