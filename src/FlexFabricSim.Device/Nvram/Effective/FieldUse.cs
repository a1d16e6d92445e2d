namespace FlexFabricSim.Device.Nvram;

/// <summary>Whether the current settings make the boot use a field, and if not, why (G p.8 "What dynamic configuration ignores").</summary>
/// <param name="IsUsed">The boot reads the field's value.</param>
/// <param name="Reason">Why it is ignored; <c>null</c> when used.</param>
/// <param name="GuidePage">The guide page that says so, if any.</param>
public sealed record FieldUse(bool IsUsed, string? Reason, int? GuidePage)
{
    /// <summary>The field's value is used.</summary>
    public static FieldUse Used { get; } = new(true, null, null);

    /// <summary>The field's value is ignored because of <paramref name="reason"/>.</summary>
    public static FieldUse Ignored(string reason, int? guidePage = null) => new(false, reason, guidePage);

    /// <summary><c>used</c>, or <c>ignored: reason (guide p.N)</c>.</summary>
    public override string ToString() =>
        IsUsed ? "used" : GuidePage is { } page ? $"ignored: {Reason} (guide p.{page})" : $"ignored: {Reason}";
}
