package io.github.contractgen.generator.reader.proto;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo.Location;
import io.github.contractgen.generator.model.SourceLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source info protoc keeps in a descriptor set ({@code --include_source_info}): where an element
 * stands and the comment before it, looked up by the element's descriptor path ({@code [6, 0, 2, 1]}
 * is the second method of the first service).
 */
final class SourceComments {

    /** Field numbers in {@code FileDescriptorProto} and {@code ServiceDescriptorProto}. */
    static final int FILE_SERVICE = 6;
    static final int SERVICE_METHOD = 2;

    private final String file;
    private final Map<List<Integer>, Location> byPath = new HashMap<>();

    SourceComments(FileDescriptorProto descriptor) {
        this.file = descriptor.getName();
        for (Location location : descriptor.getSourceCodeInfo().getLocationList()) {
            // The first location for a path is the element itself; later ones are parts of it.
            byPath.putIfAbsent(List.copyOf(location.getPathList()), location);
        }
    }

    /** Line and column (1-based) of the element, or the file alone when the set has no source info. */
    SourceLocation location(List<Integer> path, String protoPath) {
        Location location = byPath.get(path);
        if (location == null || location.getSpanCount() < 2) {
            return SourceLocation.of(file, protoPath);
        }
        return new SourceLocation(file, location.getSpan(0) + 1, location.getSpan(1) + 1, protoPath);
    }

    /** The leading comment without the common indentation, or the trailing one; empty when none. */
    String comment(List<Integer> path) {
        Location location = byPath.get(path);
        if (location == null) {
            return "";
        }
        String text = location.hasLeadingComments() ? location.getLeadingComments() : location.getTrailingComments();
        return clean(text);
    }

    /** protoc keeps the text after {@code //}: drop the one space that conventionally follows it. */
    private static String clean(String comment) {
        StringBuilder text = new StringBuilder();
        for (String line : comment.split("\\R", -1)) {
            String kept = line.startsWith(" ") ? line.substring(1) : line;
            text.append(kept.stripTrailing()).append('\n');
        }
        return text.toString().strip();
    }
}
