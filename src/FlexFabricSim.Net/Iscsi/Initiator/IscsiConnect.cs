namespace FlexFabricSim.Net.Iscsi.Initiator;

/// <summary>Opens a byte stream to a portal: a host socket, or the simulated adapter's TCP. The initiator never opens sockets itself.</summary>
public delegate ValueTask<Stream> IscsiConnect(IscsiPortal portal, CancellationToken cancellationToken);
