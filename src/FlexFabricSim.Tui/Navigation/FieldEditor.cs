using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>The text being typed into one field, with a cursor. Only characters the field's kind can hold are taken.</summary>
/// <remarks>
/// Filtering here is about typing, not validity: the device model still decides on Enter (a mistyped IP address or a
/// short CHAP secret is refused there, with the card's message).
/// </remarks>
public sealed class FieldEditor
{
    /// <summary>Longest IPv6 address text (with an embedded IPv4 part, RFC 4291 §2.2).</summary>
    private const int MaxIpAddressLength = 45;

    private readonly System.Text.StringBuilder _text;

    /// <summary>Starts typing into <paramref name="field"/> at <paramref name="at"/>, from <paramref name="initial"/>.</summary>
    public FieldEditor(FieldDefinition field, NvramAddress at, string initial)
    {
        Field = field ?? throw new ArgumentNullException(nameof(field));
        At = at;
        _text = new System.Text.StringBuilder(initial.Length <= MaxLength ? initial : initial[..MaxLength]);
        Cursor = _text.Length;
    }

    /// <summary>The field being typed into.</summary>
    public FieldDefinition Field { get; }

    /// <summary>Where.</summary>
    public NvramAddress At { get; }

    /// <summary>The text so far.</summary>
    public string Text => _text.ToString();

    /// <summary>Where the next character goes, 0..<see cref="Text"/> length.</summary>
    public int Cursor { get; private set; }

    /// <summary>The most characters the field can take.</summary>
    public int MaxLength => Field.Kind switch
    {
        FieldKind.Integer => Math.Max(Digits(Field.Min ?? 0), Digits(Field.Max ?? int.MaxValue)),
        FieldKind.IpAddress => MaxIpAddressLength,
        FieldKind.SubnetMask => "255.255.255.255".Length,
        FieldKind.MacAddress => "00:00:00:00:00:00".Length,
        _ => Field.MaxLength ?? 255,
    };

    /// <summary>Whether <paramref name="c"/> can be typed into this field at all.</summary>
    public bool Accepts(char c) => Field.Kind switch
    {
        FieldKind.Integer => char.IsAsciiDigit(c),
        FieldKind.IpAddress => char.IsAsciiHexDigit(c) || c is '.' or ':',
        FieldKind.SubnetMask => char.IsAsciiDigit(c) || c == '.',
        FieldKind.MacAddress => char.IsAsciiHexDigit(c) || c is ':' or '-',
        _ => c is >= ' ' and <= '~',
    };

    /// <summary>Types <paramref name="c"/> at the cursor; false (nothing typed) when the field cannot take it or is full.</summary>
    public bool Insert(char c)
    {
        if (!Accepts(c) || _text.Length >= MaxLength)
        {
            return false;
        }
        _text.Insert(Cursor, c);
        Cursor++;
        return true;
    }

    /// <summary>Deletes the character before the cursor.</summary>
    public void Backspace()
    {
        if (Cursor > 0)
        {
            _text.Remove(Cursor - 1, 1);
            Cursor--;
        }
    }

    /// <summary>Deletes the character at the cursor.</summary>
    public void Delete()
    {
        if (Cursor < _text.Length)
        {
            _text.Remove(Cursor, 1);
        }
    }

    /// <summary>Moves the cursor by <paramref name="delta"/>, staying inside the text.</summary>
    public void MoveCursor(int delta) => Cursor = Math.Clamp(Cursor + delta, 0, _text.Length);

    /// <summary>Moves the cursor to the start.</summary>
    public void Home() => Cursor = 0;

    /// <summary>Moves the cursor to the end.</summary>
    public void End() => Cursor = _text.Length;

    private static int Digits(int value) => Math.Abs((long)value).ToString(System.Globalization.CultureInfo.InvariantCulture).Length
        + (value < 0 ? 1 : 0);
}
