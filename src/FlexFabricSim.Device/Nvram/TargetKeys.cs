namespace FlexFabricSim.Device.Nvram;

/// <summary>The keys of one target screen: <c>iscsi.target1.*</c> or <c>iscsi.target2.*</c>.</summary>
public sealed record TargetKeys
{
    /// <summary>Keys of target <paramref name="number"/> (1 or 2).</summary>
    public TargetKeys(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 2);
        Number = number;
        Prefix = $"iscsi.target{number}.";
    }

    /// <summary>1 or 2.</summary>
    public int Number { get; }

    /// <summary><c>iscsi.targetN.</c></summary>
    public string Prefix { get; }

    /// <summary>Connect.</summary>
    public string Connect => Prefix + "connect";

    /// <summary>IP Address.</summary>
    public string IpAddress => Prefix + "ip-address";

    /// <summary>TCP Port.</summary>
    public string TcpPort => Prefix + "tcp-port";

    /// <summary>Boot LUN.</summary>
    public string BootLun => Prefix + "boot-lun";

    /// <summary>iSCSI Name.</summary>
    public string IscsiName => Prefix + "iscsi-name";

    /// <summary>CHAP ID (mutual CHAP).</summary>
    public string ChapId => Prefix + "chap-id";

    /// <summary>CHAP Secret (mutual CHAP).</summary>
    public string ChapSecret => Prefix + "chap-secret";

    /// <summary>The screen these keys belong to.</summary>
    public ScreenId Screen => Number == 1 ? ScreenId.Target1 : ScreenId.Target2;
}
