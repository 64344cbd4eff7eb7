package dev.otelint.collector.ottl;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a call's arguments to its function's parameters (positional first, then named) and compiles each
 * to the kind its parameter takes, with OTTL's messages for a wrong count or kind.
 */
final class CallArguments {
    private final Compiler compiler;
    private final OttlFunction function;
    private final Ast.Call call;

    CallArguments(Compiler compiler, OttlFunction function, Ast.Call call) {
        this.compiler = compiler;
        this.function = function;
        this.call = call;
    }

    Object[] compile() {
        List<Param> params = function.params();
        Ast.Argument[] bound = new Ast.Argument[params.size()];
        boolean named = false;
        int position = 0;
        for (Ast.Argument arg : call.args()) {
            if (arg.name() == null) {
                if (named) {
                    throw new OttlException("unnamed argument used after named argument", arg.column());
                }
                if (position >= params.size()) {
                    throw countError();
                }
                bound[position++] = arg;
                continue;
            }
            named = true;
            int i = indexOf(arg.name());
            if (i < 0) {
                throw new OttlException("no such parameter: " + arg.name() + " (" + function.name() + " takes "
                        + params.stream().map(Param::name).toList() + ")", arg.column());
            }
            if (bound[i] != null) {
                throw new OttlException("parameter " + arg.name() + " is given twice", arg.column());
            }
            bound[i] = arg;
        }
        Object[] compiled = new Object[params.size()];
        for (int i = 0; i < params.size(); i++) {
            if (bound[i] == null) {
                if (!params.get(i).optional()) {
                    throw countError();
                }
                continue;
            }
            compiled[i] = compile(params.get(i), bound[i].value(), i);
        }
        return compiled;
    }

    private int indexOf(String name) {
        for (int i = 0; i < function.params().size(); i++) {
            if (function.params().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private OttlException countError() {
        int required = function.required();
        int total = function.params().size();
        return new OttlException("incorrect number of arguments for " + function.name() + ". Expected: "
                + (required == total ? String.valueOf(total) : required + " to " + total) + " Received: "
                + call.args().size(), call.column());
    }

    private Object compile(Param param, Ast.Value value, int position) {
        return switch (param.kind()) {
            case VALUE -> compiler.value(value);
            case TARGET -> {
                if (!(value instanceof Ast.Path path)) {
                    throw invalid(position, value, "must be a path");
                }
                yield compiler.path(path);
            }
            case STRING_LITERAL -> {
                if (value instanceof Ast.Literal l && l.value() instanceof String s) {
                    yield s;
                }
                throw invalid(position, value, "must be a string literal");
            }
            case INT_LITERAL -> {
                if (value instanceof Ast.Literal l && l.value() instanceof Long n) {
                    yield n;
                }
                throw invalid(position, value, "must be an int literal");
            }
            case STRING_LIST -> {
                List<String> strings = new ArrayList<>();
                if (value instanceof Ast.ListValue list) {
                    for (Ast.Value item : list.items()) {
                        if (!(item instanceof Ast.Literal l && l.value() instanceof String s)) {
                            throw invalid(position, item, "must be a list of string literals");
                        }
                        strings.add(s);
                    }
                    yield strings;
                }
                throw invalid(position, value, "must be a list of string literals");
            }
            case VALUE_LIST -> {
                if (!(value instanceof Ast.ListValue list)) {
                    throw invalid(position, value, "must be a list");
                }
                yield list.items().stream().map(compiler::value).toList();
            }
        };
    }

    private OttlException invalid(int position, Ast.Value value, String what) {
        return new OttlException("invalid argument at position " + position + " of " + function.name() + ": "
                + what, value.column());
    }
}
