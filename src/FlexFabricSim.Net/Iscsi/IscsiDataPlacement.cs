namespace FlexFabricSim.Net.Iscsi;

/// <summary>Chooses where an incoming PDU's data segment is read to, once its header is decoded: a caller's buffer slice of exactly
/// <paramref name="length"/> bytes (Data-In at its Buffer Offset, RFC 7143 §11.7.6), or an empty memory to let the connection
/// allocate one.</summary>
/// <param name="header">The PDU, decoded from its header, with an empty <see cref="IscsiPdu.Data"/>.</param>
/// <param name="length">The data segment's length.</param>
public delegate Memory<byte> IscsiDataPlacement(IscsiPdu header, int length);
