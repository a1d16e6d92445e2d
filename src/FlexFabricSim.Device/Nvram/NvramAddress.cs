namespace FlexFabricSim.Device.Nvram;

/// <summary>
/// Which port and function a setting belongs to. Both are numbered from 0, as the card's PCI functions are; in
/// single-function mode only function 0 of each port exists.
/// </summary>
/// <param name="Port">Physical port, 0-based.</param>
/// <param name="Function">Function on that port, 0-based (0-3 in Multi-Function mode).</param>
public readonly record struct NvramAddress(int Port, int Function)
{
    /// <summary>Port <paramref name="port"/>, function 0: the address of a port in single-function mode.</summary>
    public static NvramAddress OfPort(int port) => new(port, 0);

    /// <summary>For messages: <c>port 0</c> or <c>port 1 function 2</c>.</summary>
    public override string ToString() => Function == 0 ? $"port {Port}" : $"port {Port} function {Function}";
}
