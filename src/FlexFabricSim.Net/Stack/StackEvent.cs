using System.Globalization;

namespace FlexFabricSim.Net.Stack;

/// <summary>One thing a stack did or learned, stamped with the stack's clock (virtual in the lab).</summary>
/// <param name="Time">The clock's UTC time when it happened.</param>
/// <param name="Host">The stack's name.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Message">Details in words ("router fe80::1 lifetime 1800 s, M=0 O=1").</param>
public sealed record StackEvent(DateTimeOffset Time, string Host, StackEventKind Kind, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Time:HH:mm:ss.ffffff} {Host} {Kind}: {Message}");
}
