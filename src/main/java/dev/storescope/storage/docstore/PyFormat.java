package dev.storescope.storage.docstore;

import java.util.Map;

/** Python's {@code str.format(**kwargs)} for plain named fields ({@code {key}}), with {@code {{}}/{@code }}} escapes. */
final class PyFormat {
    private PyFormat() {
    }

    static String format(String template, Map<String, String> args) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int n = template.length();
        for (int i = 0; i < n; i++) {
            char c = template.charAt(i);
            if (c == '{') {
                if (i + 1 < n && template.charAt(i + 1) == '{') {
                    sb.append('{');
                    i++;
                    continue;
                }
                int close = template.indexOf('}', i + 1);
                if (close < 0) throw new IllegalArgumentException("Single '{' encountered in format string");
                String name = template.substring(i + 1, close);
                String v = args.get(name);
                if (v == null) throw new IllegalArgumentException("KeyError: '" + name + "' in template " + template);
                sb.append(v);
                i = close;
            } else if (c == '}') {
                if (i + 1 < n && template.charAt(i + 1) == '}') {
                    sb.append('}');
                    i++;
                    continue;
                }
                throw new IllegalArgumentException("Single '}' encountered in format string");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Python's {@code str.strip()} (Unicode whitespace as {@code str.isspace()} defines it). */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) b++;
        while (e > b && isSpace(s.charAt(e - 1))) e--;
        return s.substring(b, e);
    }

    static boolean isSpace(char c) {
        if (c >= 0x09 && c <= 0x0d) return true;
        if (c >= 0x1c && c <= 0x1f) return true;
        if (c == ' ' || c == 0x85 || c == 0xa0) return true;
        int t = Character.getType(c);
        return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }
}
