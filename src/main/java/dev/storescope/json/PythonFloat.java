package dev.storescope.json;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;

import java.math.BigDecimal;

/**
 * Python's {@code repr(float)} (and so {@code json.dumps} of a float): the shortest digits that
 * round-trip (Schubfach, from jackson-core), fixed notation for decimal exponents -4..15,
 * otherwise {@code d.ddde+XX}.
 */
public final class PythonFloat {
    private PythonFloat() {
    }

    /** The json.dumps form: {@code NaN}, {@code Infinity}, {@code -Infinity} for non-finite values. */
    public static String repr(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        return finite(v);
    }

    /** Python's {@code repr()} as used inside {@code str(dict)}: {@code nan}, {@code inf}, {@code -inf}. */
    public static String pyRepr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        return finite(v);
    }

    private static String finite(double v) {
        if (v == 0) return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
        String s = DoubleToDecimal.toString(v);
        boolean neg = s.charAt(0) == '-';
        if (neg) s = s.substring(1);
        int ePos = s.indexOf('E');
        int exp = ePos < 0 ? 0 : Integer.parseInt(s.substring(ePos + 1));
        String mant = ePos < 0 ? s : s.substring(0, ePos);
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        int pointPos = dot < 0 ? mant.length() : dot;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') lead++;
        digits = digits.substring(lead);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits = digits.substring(0, end);
        int e10 = pointPos - 1 + exp - lead;
        if (digits.length() == 2 && Math.abs(v) < Double.MIN_NORMAL) {
            // Java's digit generation never stops at one digit (4.9E-324); Python does when one round-trips (5e-324)
            String one = oneDigit(Math.abs(v), digits.charAt(0) - '0', e10);
            if (one != null) {
                digits = one.substring(0, 1);
                e10 = Integer.parseInt(one.substring(2));
            }
        }
        StringBuilder out = new StringBuilder(24);
        if (neg) out.append('-');
        int n = digits.length();
        if (e10 >= -4 && e10 < 16) {
            if (e10 >= 0) {
                if (n <= e10 + 1) {
                    out.append(digits);
                    for (int i = n; i <= e10; i++) out.append('0');
                    out.append(".0");
                } else {
                    out.append(digits, 0, e10 + 1).append('.').append(digits, e10 + 1, n);
                }
            } else {
                out.append("0.");
                for (int i = -1; i > e10; i--) out.append('0');
                out.append(digits);
            }
        } else {
            out.append(digits.charAt(0));
            if (n > 1) out.append('.').append(digits, 1, n);
            out.append('e').append(e10 < 0 ? '-' : '+');
            int a = Math.abs(e10);
            if (a < 10) out.append('0');
            out.append(a);
        }
        return out.toString();
    }

    /**
     * The one-digit decimal ({@code "d e10"}) nearest to {@code abs} that still reads back as {@code abs},
     * or null when no one-digit decimal does; {@code first} and {@code e10} are those of a two-digit form.
     */
    private static String oneDigit(double abs, int first, int e10) {
        BigDecimal exact = new BigDecimal(abs);
        String best = null;
        BigDecimal bestDistance = null;
        for (int d = first; d <= first + 1; d++) {
            int digit = d == 10 ? 1 : d;
            int e = d == 10 ? e10 + 1 : e10;
            if (Double.parseDouble(digit + "e" + e) != abs) continue;
            BigDecimal distance = exact.subtract(new BigDecimal(digit + "e" + e)).abs();
            if (best == null || distance.compareTo(bestDistance) < 0) {
                best = digit + " " + e;
                bestDistance = distance;
            }
        }
        return best;
    }
}
