package dev.otelint.collector.ottl;

import java.util.List;

/**
 * Picks the context of a statement written without one (the transform processor's flat statement lists):
 * the most specific context its path prefixes name, among those the signal offers, as OTTL's parser
 * collection infers it. A statement whose paths name no context cannot be placed.
 */
final class ContextInference {
    private ContextInference() {}

    static OttlContext infer(List<Ast.Path> paths, List<OttlContext> candidates) {
        OttlContext chosen = null;
        for (Ast.Path p : paths) {
            OttlContext named = p.segments().size() > 1 ? OttlContext.byPrefix(p.segments().get(0).name()) : null;
            if (named == null) {
                throw new OttlException("unable to infer a context: path \"" + p.text()
                        + "\" must start with its context (one of " + labels(candidates) + ")", p.column());
            }
            if (!candidates.contains(named)) {
                throw new OttlException("path \"" + p.text() + "\": context \"" + named.label()
                        + "\" is not one of " + labels(candidates), p.column());
            }
            if (chosen == null || named.reaches(chosen)) {
                chosen = named;
            } else if (!chosen.reaches(named)) {
                throw new OttlException("path \"" + p.text() + "\": contexts " + chosen.label() + " and "
                        + named.label() + " cannot be used in one statement", p.column());
            }
        }
        if (chosen == null) {
            throw new OttlException("unable to infer a context: the statement uses no path (one of "
                    + labels(candidates) + ")", 0);
        }
        return chosen;
    }

    private static String labels(List<OttlContext> contexts) {
        return String.join(", ", contexts.stream().map(OttlContext::label).toList());
    }
}
