package dev.otelint.collector.ottl;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled OTTL statement: an editor that runs when its where clause holds. Compile with a context
 * (the structured config form: paths may omit the context prefix) or with the contexts a signal offers
 * (the flat form: every path names its context, and the statement runs in the most specific one named).
 */
public final class OttlStatement {
    private final String text;
    private final OttlContext context;
    private final Getter editor;
    private final Condition where;

    private OttlStatement(String text, OttlContext context, Getter editor, Condition where) {
        this.text = text;
        this.context = context;
        this.editor = editor;
        this.where = where;
    }

    /** Compiles {@code text} for {@code context}; throws {@link OttlException} when it is not valid OTTL for otelint. */
    public static OttlStatement compile(String text, OttlContext context) {
        return compile(text, Parser.statement(text), context, false);
    }

    /** Compiles {@code text}, inferring its context among {@code candidates} from its path prefixes. */
    public static OttlStatement compileInferred(String text, List<OttlContext> candidates) {
        Ast.Statement ast = Parser.statement(text);
        List<Ast.Path> paths = new ArrayList<>();
        PathCollector.collect(ast, paths);
        return compile(text, ast, ContextInference.infer(paths, candidates), true);
    }

    /** Compiles {@code text} for a context inferred for its group: every path must name its context. */
    public static OttlStatement compilePrefixed(String text, OttlContext context) {
        return compile(text, Parser.statement(text), context, true);
    }

    /**
     * The context of a group of statements and conditions written without one: the most specific context
     * their paths name. Texts that do not parse are skipped (compiling them reports why).
     */
    public static OttlContext inferContext(List<String> statements, List<String> conditions,
                                           List<OttlContext> candidates) {
        List<Ast.Path> paths = new ArrayList<>();
        for (String s : statements) {
            try {
                PathCollector.collect(Parser.statement(s), paths);
            } catch (OttlException e) {
                // reported when the statement is compiled
            }
        }
        for (String c : conditions) {
            try {
                PathCollector.collect(Parser.condition(c), paths);
            } catch (OttlException e) {
                // reported when the condition is compiled
            }
        }
        return ContextInference.infer(paths, candidates);
    }

    private static OttlStatement compile(String text, Ast.Statement ast, OttlContext context, boolean prefixRequired) {
        Compiler compiler = new Compiler(context, prefixRequired);
        Getter editor = compiler.editor(ast.editor());
        Condition where = ast.where() == null ? ctx -> true : compiler.bool(ast.where());
        return new OttlStatement(text, context, editor, where);
    }

    public String text() {
        return text;
    }

    public OttlContext context() {
        return context;
    }

    /** Runs the statement on one element; true when its condition held. */
    public boolean execute(TransformContext ctx) {
        if (!where.test(ctx)) {
            return false;
        }
        editor.get(ctx);
        return true;
    }
}
