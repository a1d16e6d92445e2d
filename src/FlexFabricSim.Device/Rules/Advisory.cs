using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Rules;

/// <summary>A training warning about a setting the card accepts but that will probably not boot, or not as intended.</summary>
/// <param name="Key">The field the warning is about.</param>
/// <param name="Message">What is likely wrong and why.</param>
/// <param name="GuidePage">The guide page that explains it, if any.</param>
/// <param name="At">The port/function.</param>
public sealed record Advisory(string Key, string Message, int? GuidePage, NvramAddress At)
{
    /// <summary>One line for a terminal.</summary>
    public override string ToString() =>
        GuidePage is { } page ? $"{At}: {Key}: {Message} (guide p.{page})" : $"{At}: {Key}: {Message}";
}
