package dev.storescope.cli;

import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonSyntaxException;
import dev.storescope.json.JsonValue;
import dev.storescope.vector_stores.FilterCondition;
import dev.storescope.vector_stores.FilterItem;
import dev.storescope.vector_stores.FilterOperator;
import dev.storescope.vector_stores.MetadataFilter;
import dev.storescope.vector_stores.MetadataFilters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code --filter} arguments: {@code KEY=VALUE}, {@code KEY!=VALUE}, {@code KEY>=VALUE},
 * {@code KEY<=VALUE}, {@code KEY>VALUE}, {@code KEY<VALUE}, or {@code KEY:OPERATOR:VALUE} for any
 * LlamaIndex operator ({@code in}, {@code contains}, {@code text_match}, {@code is_empty}, …).
 * VALUE is read as JSON when it is JSON ({@code 3}, {@code true}, {@code ["a","b"]}), else as text.
 */
final class FilterArgs {
    private static final Pattern COMPARISON = Pattern.compile("^([^=!<>:]+)(==|=|!=|>=|<=|>|<)(.*)$");
    private static final Pattern NAMED = Pattern.compile("^([^:]+):([a-z_]+):(.*)$");

    private FilterArgs() {
    }

    static MetadataFilters parse(List<String> args, boolean or) {
        if (args == null || args.isEmpty()) return null;
        List<FilterItem> items = new ArrayList<>();
        for (String a : args) items.add(parseOne(a));
        return new MetadataFilters(items, or ? FilterCondition.OR : FilterCondition.AND);
    }

    static MetadataFilter parseOne(String arg) {
        Matcher named = NAMED.matcher(arg);
        if (named.matches()) {
            FilterOperator op;
            try {
                op = FilterOperator.of(named.group(2));
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCodes.BAD_INPUT, "--filter " + arg + ": unknown operator " + named.group(2));
            }
            return new MetadataFilter(named.group(1), value(named.group(3)), op);
        }
        Matcher m = COMPARISON.matcher(arg);
        if (!m.matches()) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "--filter " + arg + ": expected KEY=VALUE, KEY>=VALUE, … or KEY:OPERATOR:VALUE");
        }
        String op = m.group(2).equals("=") ? "==" : m.group(2);
        return new MetadataFilter(m.group(1).strip(), value(m.group(3)), FilterOperator.of(op));
    }

    private static JsonValue value(String text) {
        try {
            return JsonReader.parse(text, "--filter value");
        } catch (JsonSyntaxException e) {
            return JsonString.of(text);
        }
    }
}
