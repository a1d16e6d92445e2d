using FlexFabricSim.Net.Iscsi.Target;
using FlexFabricSim.Net.Stack;
using FlexFabricSim.Net.Tcp;

namespace FlexFabricSim.Boot.Lab;

/// <summary>A lab iSCSI target: a host with its own stack at the portal address, serving the fake target on every connection.</summary>
public sealed class LabTargetHost : IDisposable
{
    private const byte Role = 0x10;

    /// <summary>Connections waiting to be accepted: Linux's SOMAXCONN, so a boot storm is not refused by a short queue.</summary>
    private const int Backlog = 4096;
    private readonly NetworkStack _stack;
    private readonly TcpListener? _listener;

    internal LabTargetHost(LabWorld world, LabTargetDefinition definition, int index)
    {
        Definition = definition;
        _stack = world.AddServerStack($"target{index + 1}", LabWorld.ServerMac(Role, index), definition.Address);
        Target = new IscsiTarget(LabTargetOptions.For(definition, seed: index + 1), world.Clock);
        if (!definition.Faults.PortClosed)
        {
            _listener = _stack.ListenTcp(definition.Port, Backlog);
            _ = AcceptAsync(_listener, world.Stopping);
        }
    }

    /// <summary>What the lab file says about this target.</summary>
    public LabTargetDefinition Definition { get; }

    /// <summary>The fake target serving the connections.</summary>
    public IscsiTarget Target { get; }

    /// <summary>Stops listening, closes the stack and the disks.</summary>
    public void Dispose()
    {
        _listener?.Dispose();
        _stack.Dispose();
        Target.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpConnection connection;
            try
            {
                connection = await listener.AcceptAsync(stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or IOException)
            {
                return;
            }
            _ = ServeAsync(connection, stopping);
        }
    }

    private async Task ServeAsync(TcpConnection connection, CancellationToken stopping)
    {
        try
        {
            await using var stream = connection.GetStream();
            await Target.ServeAsync(stream, stopping);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The initiator went away or the lab stopped: the target only serves; nothing to report here.
        }
    }
}
