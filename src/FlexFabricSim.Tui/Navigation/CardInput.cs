namespace FlexFabricSim.Tui.Navigation;

/// <summary>One key press as the simulated card sees it: a <see cref="CardKey"/>, plus the character for typed text.</summary>
public readonly record struct CardInput(CardKey Key, char Character = '\0')
{
    /// <summary>A non-character key.</summary>
    public static CardInput Of(CardKey key) => new(key);

    /// <summary>A typed character.</summary>
    public static CardInput Char(char c) => new(CardKey.Character, c);

    /// <summary>True for a typed character equal to <paramref name="c"/>, ignoring case (Y/N answers).</summary>
    public bool Is(char c) => Key == CardKey.Character && char.ToUpperInvariant(Character) == char.ToUpperInvariant(c);

    /// <inheritdoc />
    public override string ToString() => Key == CardKey.Character ? $"'{Character}'" : Key.ToString();
}
