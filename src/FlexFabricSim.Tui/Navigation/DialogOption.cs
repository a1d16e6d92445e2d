namespace FlexFabricSim.Tui.Navigation;

/// <summary>One answer to a question box: the key that gives it, how the box names it, and what it does.</summary>
/// <param name="Matches">Whether a key press gives this answer.</param>
/// <param name="KeyName">The key as the box shows it, e.g. <c>Y</c> or <c>ESC</c>.</param>
/// <param name="Caption">What the answer does, e.g. <c>Save and exit</c>.</param>
/// <param name="Choose">Runs when the answer is given (after the box closes).</param>
public sealed record DialogOption(Func<CardInput, bool> Matches, string KeyName, string Caption, Action Choose)
{
    /// <summary>An answer given by typing <paramref name="letter"/> (either case).</summary>
    public static DialogOption Letter(char letter, string caption, Action choose) =>
        new(input => input.Is(letter), char.ToUpperInvariant(letter).ToString(), caption, choose);

    /// <summary>An answer given by <paramref name="key"/>.</summary>
    public static DialogOption Key(CardKey key, string keyName, string caption, Action choose) =>
        new(input => input.Key == key, keyName, caption, choose);
}
