package dev.otelint.validate;

import java.util.Arrays;

/**
 * The path of the object being parsed (OpenSearch ContentPath): keys as written, joined with dots
 * only when a full path is needed, so mapped documents are walked without building strings.
 */
final class PathStack {

    private String[] parts = new String[16];
    private int size;

    void push(String part) {
        if (size == parts.length) {
            parts = Arrays.copyOf(parts, size * 2);
        }
        parts[size++] = part;
    }

    void pop() {
        parts[--size] = null;
    }

    void pop(int count) {
        for (int i = 0; i < count; i++) {
            pop();
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The full path of {@code name} under the current object (ContentPath.pathAsText). */
    String pathOf(String name) {
        if (size == 0) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            sb.append(parts[i]).append('.');
        }
        return sb.append(name).toString();
    }

    /** The current object's path, "" at the root. */
    String current() {
        if (size == 0) {
            return "";
        }
        return String.join(".", Arrays.asList(parts).subList(0, size));
    }

    /** Swaps in an empty path (copy_to targets are resolved from the root) and returns the old state. */
    PathStack detach() {
        PathStack saved = new PathStack();
        saved.parts = parts;
        saved.size = size;
        parts = new String[16];
        size = 0;
        return saved;
    }

    void restore(PathStack saved) {
        parts = saved.parts;
        size = saved.size;
    }
}
