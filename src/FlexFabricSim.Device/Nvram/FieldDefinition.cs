using FlexFabricSim.Device.Catalog;

namespace FlexFabricSim.Device.Nvram;

/// <summary>
/// One NVRAM field as data: key, where the card shows it, its label, how its value is written and checked, its default
/// and a one-sentence help. Everything that lists fields (<c>nvram show</c>, the JSON, the menus) reads these.
/// </summary>
/// <param name="Key">Stable dotted key (SPEC "Stable key names").</param>
/// <param name="Screen">The screen that shows it.</param>
/// <param name="Order">Position on that screen, from 1, in the card's menu order.</param>
/// <param name="Label">The card's label.</param>
/// <param name="Kind">How the value is written and checked.</param>
/// <param name="Scope">The level it is stored at.</param>
/// <param name="Default">Factory value (IPv4 form; see <see cref="DefaultFor"/> for model- and IP-version-dependent ones).</param>
/// <param name="Help">One sentence a trainee understands, ending with the guide page or source.</param>
/// <param name="GuidePage">The guide page describing the field, when the guide does.</param>
public sealed record FieldDefinition(
    string Key,
    ScreenId Screen,
    int Order,
    string Label,
    FieldKind Kind,
    FieldScope Scope,
    string Default,
    string Help,
    int? GuidePage)
{
    /// <summary>The values of a <see cref="FieldKind.Choice"/> field, in menu order; empty for other kinds.</summary>
    public IReadOnlyList<FieldChoice> Choices { get; init; } = [];

    /// <summary>Lowest value of an <see cref="FieldKind.Integer"/> field.</summary>
    public int? Min { get; init; }

    /// <summary>Highest value of an <see cref="FieldKind.Integer"/> field.</summary>
    public int? Max { get; init; }

    /// <summary>Shortest non-empty text (CHAP secrets: 12); empty text is always allowed where this is set.</summary>
    public int? MinLength { get; init; }

    /// <summary>Longest text, in characters (bytes for <see cref="FieldKind.ChapId"/>).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Never changeable by the user (addresses and option ROM facts).</summary>
    public bool IsReadOnly { get; init; }

    /// <summary>The label under IPv6 when it differs (D: <c>Subnet Mask Prefix</c>).</summary>
    public string? Ipv6Label { get; init; }

    /// <summary>The factory value under IPv6 when it differs (<c>::</c>, prefix <c>0</c>).</summary>
    public string? Ipv6Default { get; init; }

    /// <summary>The factory value on media that cannot autonegotiate, when it differs (Link Speed on SFP+: <c>10gbps</c>).</summary>
    public string? FixedSpeedDefault { get; init; }

    /// <summary>Where the field's values and ranges come from: G (with page), B, D; "*unverified*" marks our best reading.</summary>
    public string Source { get; init; } = "G";

    /// <summary>The label shown under <paramref name="ipVersion"/>.</summary>
    public string LabelFor(IpVersion ipVersion) => ipVersion == IpVersion.Ipv6 && Ipv6Label is not null ? Ipv6Label : Label;

    /// <summary>The factory value on <paramref name="model"/> under <paramref name="ipVersion"/>.</summary>
    public string DefaultFor(AdapterModelInfo model, IpVersion ipVersion)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Autonegotiates && FixedSpeedDefault is not null)
        {
            return FixedSpeedDefault;
        }
        return ipVersion == IpVersion.Ipv6 && Ipv6Default is not null ? Ipv6Default : Default;
    }

    /// <summary>The label of the choice stored as <paramref name="value"/>, or the value itself for other kinds.</summary>
    public string DisplayValue(string value) =>
        Choices.FirstOrDefault(c => c.Value == value)?.Label ?? value;

    /// <summary>Whether the value depends on the IP Version (addresses and masks).</summary>
    public bool IsIpDependent => Kind is FieldKind.IpAddress or FieldKind.SubnetMask;
}
