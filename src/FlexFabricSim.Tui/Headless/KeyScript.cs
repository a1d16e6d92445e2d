using System.Globalization;
using System.Text;
using Terminal.Gui.Drivers;

namespace FlexFabricSim.Tui.Headless;

/// <summary>A replayable list of keys, typed text and waits: the <c>--keys</c> syntax of <c>flexfabric menu</c>.</summary>
/// <remarks>
/// Comma-separated steps, case-insensitive: key names (<c>up down left right enter esc tab space backspace delete home end
/// pgup pgdn insert f1</c>..<c>f12</c>), any single character (<c>y</c>, <c>n</c>, <c>7</c>, <c>.</c>), modifiers in front
/// (<c>ctrl+s</c>, <c>ctrl+b</c>, <c>alt+x</c>, <c>shift+tab</c>), text in double or single quotes typed character by character
/// (<c>"192.0.2.10"</c>; <c>\"</c> and <c>\\</c> escape inside quotes), and <c>wait:5s</c> / <c>wait:500ms</c> / <c>wait:1m</c>
/// to let virtual time pass.
/// </remarks>
public sealed record KeyScript(IReadOnlyList<KeyScriptStep> Steps)
{
    /// <summary>The longest single wait accepted (a script is an exercise, not a soak test).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    /// <summary>The syntax in a few lines, for <c>--help</c> and error messages.</summary>
    public const string SyntaxHelp =
        "Comma-separated steps: key names (up, down, left, right, enter, esc, tab, space, backspace, delete, home, end, " +
        "pgup, pgdn, f1..f12), a single character (y, n, 7), modifiers (ctrl+s, ctrl+b, alt+x, shift+tab), " +
        "text in quotes typed character by character (\"192.0.2.10\" or '192.0.2.10'), " +
        "and wait:5s / wait:500ms / wait:1m to let virtual time pass.";

    private static readonly Dictionary<string, KeyCode> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["up"] = KeyCode.CursorUp, ["down"] = KeyCode.CursorDown, ["left"] = KeyCode.CursorLeft, ["right"] = KeyCode.CursorRight,
        ["enter"] = KeyCode.Enter, ["return"] = KeyCode.Enter, ["esc"] = KeyCode.Esc, ["escape"] = KeyCode.Esc,
        ["tab"] = KeyCode.Tab, ["space"] = KeyCode.Space, ["backspace"] = KeyCode.Backspace, ["bs"] = KeyCode.Backspace,
        ["delete"] = KeyCode.Delete, ["del"] = KeyCode.Delete, ["insert"] = KeyCode.Insert, ["ins"] = KeyCode.Insert,
        ["home"] = KeyCode.Home, ["end"] = KeyCode.End, ["pgup"] = KeyCode.PageUp, ["pageup"] = KeyCode.PageUp,
        ["pgdn"] = KeyCode.PageDown, ["pagedown"] = KeyCode.PageDown,
        ["f1"] = KeyCode.F1, ["f2"] = KeyCode.F2, ["f3"] = KeyCode.F3, ["f4"] = KeyCode.F4, ["f5"] = KeyCode.F5,
        ["f6"] = KeyCode.F6, ["f7"] = KeyCode.F7, ["f8"] = KeyCode.F8, ["f9"] = KeyCode.F9, ["f10"] = KeyCode.F10,
        ["f11"] = KeyCode.F11, ["f12"] = KeyCode.F12,
    };

    /// <summary>An empty script.</summary>
    public static KeyScript Empty { get; } = new([]);

    /// <summary>Reads a script; throws <see cref="KeyScriptException"/> naming the bad token and where it is.</summary>
    public static KeyScript Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var steps = new List<KeyScriptStep>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new KeyScript(steps);
        }

        var pos = 0;
        while (true)
        {
            SkipSpaces(text, ref pos);
            var start = pos;
            if (pos < text.Length && text[pos] is '"' or '\'')
            {
                steps.Add(new TypeText(ReadQuoted(text, ref pos)));
            }
            else
            {
                // A comma always separates steps; to type one, quote it: ",".
                while (pos < text.Length && text[pos] != ',')
                {
                    pos++;
                }
                var token = text[start..pos].Trim();
                steps.Add(ParseToken(token, start));
            }

            SkipSpaces(text, ref pos);
            if (pos >= text.Length)
            {
                return new KeyScript(steps);
            }
            if (text[pos] != ',')
            {
                throw new KeyScriptException($"expected ',' after step at position {start}, found '{text[pos]}'", pos);
            }
            pos++;
        }
    }

    /// <summary>Writes the script back in its own syntax (parsing the result gives an equal script).</summary>
    public string Format() => string.Join(",", Steps.Select(FormatStep));

    /// <inheritdoc />
    public bool Equals(KeyScript? other) => other is not null && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc />
    public override int GetHashCode() => Steps.Aggregate(0, (hash, step) => HashCode.Combine(hash, step));

    private static string FormatStep(KeyScriptStep step) => step switch
    {
        KeyPress press => press.Token,
        TypeText typed => "\"" + typed.Text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        Wait wait => "wait:" + ((long)wait.Duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private static KeyScriptStep ParseToken(string token, int position)
    {
        if (token.Length == 0)
        {
            throw new KeyScriptException($"empty step at position {position} (two commas in a row, or a trailing comma?)", position);
        }
        if (token.StartsWith("wait:", StringComparison.OrdinalIgnoreCase))
        {
            return new Wait(ParseDuration(token[5..], position));
        }

        var modifiers = KeyCode.Null;
        var rest = token;
        while (rest.Length > 1 && rest.Contains('+'))
        {
            var plus = rest.IndexOf('+');
            var modifier = rest[..plus];
            modifiers |= modifier.ToLowerInvariant() switch
            {
                "ctrl" or "control" => KeyCode.CtrlMask,
                "alt" => KeyCode.AltMask,
                "shift" => KeyCode.ShiftMask,
                _ => throw new KeyScriptException($"unknown modifier '{modifier}' in '{token}' at position {position}", position),
            };
            rest = rest[(plus + 1)..];
        }

        KeyCode baseCode;
        if (Named.TryGetValue(rest, out var named))
        {
            baseCode = named;
        }
        else if (rest.Length == 1 || (rest.Length == 2 && char.IsSurrogatePair(rest[0], rest[1])))
        {
            baseCode = CharacterKey(rest, modifiers != KeyCode.Null);
        }
        else
        {
            throw new KeyScriptException(
                $"unknown key '{token}' at position {position}. {SyntaxHelp}", position);
        }
        return new KeyPress(baseCode | modifiers, token);
    }

    private static KeyCode CharacterKey(string text, bool withModifiers)
    {
        var rune = Rune.GetRuneAt(text, 0);
        if (rune.IsAscii && char.IsAsciiLetter((char)rune.Value))
        {
            // Terminal.Gui writes letters as the upper-case key code, with Shift for a capital typed alone.
            var letter = (KeyCode)char.ToUpperInvariant((char)rune.Value);
            return !withModifiers && char.IsAsciiLetterUpper((char)rune.Value) ? letter | KeyCode.ShiftMask : letter;
        }
        return (KeyCode)rune.Value;
    }

    private static TimeSpan ParseDuration(string text, int position)
    {
        var t = text.Trim().ToLowerInvariant();
        (string number, double scale) = t switch
        {
            _ when t.EndsWith("ms", StringComparison.Ordinal) => (t[..^2], 1.0),
            _ when t.EndsWith('s') => (t[..^1], 1000.0),
            _ when t.EndsWith('m') => (t[..^1], 60_000.0),
            _ => throw new KeyScriptException($"wait needs a unit (ms, s or m): 'wait:{text}' at position {position}", position),
        };
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ||
            double.IsNaN(value) || value < 0 || value * scale > MaxWait.TotalMilliseconds)
        {
            throw new KeyScriptException(
                $"'wait:{text}' at position {position} is not a duration from 0 to {MaxWait.TotalMinutes:0} minutes", position);
        }
        return TimeSpan.FromMilliseconds(Math.Round(value * scale));
    }

    private static string ReadQuoted(string text, ref int pos)
    {
        var quote = text[pos];
        var start = pos;
        pos++;
        var sb = new StringBuilder();
        while (pos < text.Length)
        {
            var c = text[pos++];
            if (c == quote)
            {
                return sb.ToString();
            }
            if (c == '\\' && pos < text.Length && (text[pos] == quote || text[pos] == '\\'))
            {
                c = text[pos++];
            }
            sb.Append(c);
        }
        throw new KeyScriptException($"text starting at position {start} has no closing {quote}", start);
    }

    private static void SkipSpaces(string text, ref int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }
}
