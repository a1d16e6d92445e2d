using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.RootPaths;

namespace FlexFabricSim.Net.Dhcp;

/// <summary>A root path as a DHCP server sent it: the text, and either its parsed value or why it does not parse.</summary>
/// <remarks>A bad root path does not spoil the lease: the address is still good, and the boot engine reports the target error.</remarks>
public sealed record OfferedRootPath(string Text, RootPath? Value, RootPathFormatException? Error)
{
    /// <summary>Whether the text parsed.</summary>
    public bool IsValid => Value is not null;

    /// <summary>Parses <paramref name="text"/>, keeping the error instead of throwing; null for null.</summary>
    public static OfferedRootPath? From(string? text)
    {
        if (text is null)
        {
            return null;
        }
        try
        {
            return new OfferedRootPath(text, RootPath.Parse(text), null);
        }
        catch (RootPathFormatException error)
        {
            return new OfferedRootPath(text, null, error);
        }
    }

    /// <summary>The text, and the error when there is one.</summary>
    public override string ToString() => Error is null ? Text : $"{Text} (invalid {Error.Problem})";
}
