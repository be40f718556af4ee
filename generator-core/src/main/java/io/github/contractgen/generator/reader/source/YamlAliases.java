package io.github.contractgen.generator.reader.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * A YAML parser that stops at the first alias ({@code *name}).
 *
 * <p>Jackson's YAML parser does not expand aliases: it hands out the anchor's name as a string, so
 * {@code schema: *pet} would silently become the string {@code "pet"}. Expanding them ourselves would
 * invite "billion laughs" documents, whose few lines of aliases expand to gigabytes. Contracts have no
 * need for either, so an alias is a located error that says to write the value out.
 */
final class YamlAliases extends JsonParserDelegate {

    /** The alias found, with where it starts. */
    static final class AliasException extends JsonParseException {
        private static final long serialVersionUID = 1L;

        AliasException(JsonParser parser, String alias, JsonLocation at) {
            super(parser, "YAML alias '*" + alias + "' is not supported: contractgen does not expand anchors and"
                    + " aliases (that is how 'billion laughs' documents explode); write the value out in full", at);
        }
    }

    private final YAMLParser yaml;

    YamlAliases(YAMLParser yaml) {
        super(yaml);
        this.yaml = yaml;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        return checked(super.nextToken());
    }

    @Override
    public JsonToken nextValue() throws IOException {
        return checked(super.nextValue());
    }

    @Override
    public String nextFieldName() throws IOException {
        String name = super.nextFieldName();
        checked(currentToken());
        return name;
    }

    @Override
    public boolean nextFieldName(SerializableString expected) throws IOException {
        boolean matches = super.nextFieldName(expected);
        checked(currentToken());
        return matches;
    }

    private JsonToken checked(JsonToken token) throws IOException {
        if (token != null && yaml.isCurrentAlias()) {
            throw new AliasException(this, yaml.getText(), yaml.currentTokenLocation());
        }
        return token;
    }
}
