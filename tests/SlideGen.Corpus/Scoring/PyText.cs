using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlideGen.Corpus.Scoring;

/// <summary>
/// The few Python semantics score_outline.py relies on, for a faithful port: strings as code points (len, slices),
/// str.lower(), truthiness of JSON values, round(x, n) and json.dumps(obj, ensure_ascii=False).
/// </summary>
public static class PyText
{
    /// <summary>The code points of <paramref name="s"/>: what Python's str holds (a surrogate pair is one item).</summary>
    public static int[] CodePoints(string s)
    {
        var result = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                result.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                result.Add(s[i]);
            }
        }
        return [.. result];
    }

    /// <summary>Python's len(s).</summary>
    public static int Length(string s)
    {
        var n = s.Length;
        for (var i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        return n;
    }

    /// <summary>
    /// Python's str.lower(): the invariant lower case per code point, with the one full mapping that changes the length
    /// in Latin text (U+0130, capital I with dot, becomes "i̇"). Greek final sigma is not special-cased.
    /// </summary>
    public static string Lower(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            if (rune.Value == 0x130) builder.Append("i\u0307");
            else builder.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return builder.ToString();
    }

    /// <summary>Python's truth value of a JSON value: null, false, 0, "", [] and {} are false.</summary>
    public static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject obj => obj.Count > 0,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined => false,
            JsonValueKind.String => value.GetValue<string>().Length > 0,
            JsonValueKind.Number => value.GetValue<double>() != 0,
            _ => true,
        },
        _ => true,
    };

    /// <summary>A JSON value as Python's <c>x or ''</c> would give a string (non-strings by their JSON text).</summary>
    public static string Str(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>()
        : Truthy(node) ? node!.ToJsonString() : "";

    /// <summary>
    /// Python's round(x, digits): the exact binary value rounded half to even at that decimal digit, then the double
    /// nearest that decimal (as CPython does through dtoa), not .NET's scale-round-unscale.
    /// </summary>
    public static double Round(double x, int digits)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return x;
        var negative = x < 0;
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        exponent -= 1075;
        // |x| * 10^digits = numerator / denominator exactly.
        var numerator = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        var denominator = BigInteger.One;
        if (exponent >= 0) numerator <<= exponent; else denominator <<= -exponent;
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven)) quotient += 1;
        var text = (negative ? "-" : "") + quotient.ToString(CultureInfo.InvariantCulture) + "e-" + digits.ToString(CultureInfo.InvariantCulture);
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <c>json.dumps(obj, ensure_ascii=False)</c>: ", " and ": " separators, keys in their order, only quote, backslash
    /// and control characters escaped. The scorer looks for noise words in this text.
    /// </summary>
    public static string JsonDumps(JsonNode? node)
    {
        var builder = new StringBuilder();
        Dump(node, builder);
        return builder.ToString();
    }

    private static void Dump(JsonNode? node, StringBuilder output)
    {
        switch (node)
        {
            case null:
                output.Append("null");
                break;
            case JsonObject obj:
                output.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    if (!first) output.Append(", ");
                    first = false;
                    DumpString(key, output);
                    output.Append(": ");
                    Dump(value, output);
                }
                output.Append('}');
                break;
            case JsonArray array:
                output.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) output.Append(", ");
                    Dump(array[i], output);
                }
                output.Append(']');
                break;
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case JsonValueKind.String: DumpString(value.GetValue<string>(), output); break;
                    case JsonValueKind.True: output.Append("true"); break;
                    case JsonValueKind.False: output.Append("false"); break;
                    case JsonValueKind.Null: output.Append("null"); break;
                    case JsonValueKind.Number: output.Append(NumberText(value)); break;
                    default: output.Append(value.ToJsonString()); break;
                }
                break;
        }
    }

    private static void DumpString(string s, StringBuilder output)
    {
        output.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                default:
                    if (c < 0x20) output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else output.Append(c);
                    break;
            }
        }
        output.Append('"');
    }

    /// <summary>An integer as written (Python keeps ints exact); any other number as Python's repr of the float.</summary>
    private static string NumberText(JsonValue value)
    {
        var raw = value.ToJsonString();
        if (!raw.Contains('.') && !raw.Contains('e') && !raw.Contains('E')) return raw;
        return FloatRepr(value.GetValue<double>());
    }

    /// <summary>
    /// A float as json.dumps writes it (Python's repr): the shortest round-trip digits, fixed notation for exponents
    /// -4 to 15, else 1e+16; NaN and Infinity as json.dumps spells them.
    /// </summary>
    public static string FloatRepr(double x)
    {
        if (double.IsNaN(x)) return "NaN";
        if (double.IsPositiveInfinity(x)) return "Infinity";
        if (double.IsNegativeInfinity(x)) return "-Infinity";
        // Shortest round-trip digits: "R" gives them, in fixed or E notation; take digits and exponent from it.
        var shortest = x.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest.StartsWith('-');
        if (negative) shortest = shortest[1..];
        var e = shortest.IndexOfAny(['E', 'e']);
        var mantissa = e >= 0 ? shortest[..e] : shortest;
        var extra = e >= 0 ? int.Parse(shortest[(e + 1)..], CultureInfo.InvariantCulture) : 0;
        var dot = mantissa.IndexOf('.');
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : "";
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - (intPart + fracPart).TrimStart('0').Length;
        if (digits.Length == 0) return negative ? "-0.0" : "0.0";
        var exp10 = intPart.Length - 1 - leadingZeros + extra; // exponent of the first significant digit
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        string text;
        if (exp10 >= -4 && exp10 < 16)
        {
            if (exp10 < 0) text = "0." + new string('0', -exp10 - 1) + digits;
            else if (digits.Length <= exp10 + 1) text = digits + new string('0', exp10 + 1 - digits.Length) + ".0";
            else text = digits[..(exp10 + 1)] + "." + digits[(exp10 + 1)..];
        }
        else
        {
            var m = digits.Length > 1 ? digits[..1] + "." + digits[1..] : digits;
            text = m + "e" + (exp10 < 0 ? "-" : "+") + Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture);
        }
        return negative ? "-" + text : text;
    }
}
