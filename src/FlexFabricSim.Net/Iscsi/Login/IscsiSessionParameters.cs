namespace FlexFabricSim.Net.Iscsi.Login;

/// <summary>The operational values a login settled on; RFC 7143's defaults until a key says otherwise (§13).</summary>
public sealed record IscsiSessionParameters
{
    /// <summary>The parameters of a session where nothing was negotiated.</summary>
    public static IscsiSessionParameters Defaults { get; } = new();

    /// <summary>HeaderDigest=CRC32C was agreed.</summary>
    public bool HeaderDigest { get; init; }

    /// <summary>DataDigest=CRC32C was agreed.</summary>
    public bool DataDigest { get; init; }

    /// <summary>MaxConnections.</summary>
    public int MaxConnections { get; init; } = 1;

    /// <summary>InitialR2T: no unsolicited Data-Out PDUs when true.</summary>
    public bool InitialR2T { get; init; } = true;

    /// <summary>ImmediateData: WRITE data may ride in the SCSI Command PDU.</summary>
    public bool ImmediateData { get; init; } = true;

    /// <summary>MaxBurstLength: largest solicited or Data-In sequence.</summary>
    public int MaxBurstLength { get; init; } = 262_144;

    /// <summary>FirstBurstLength: largest unsolicited data.</summary>
    public int FirstBurstLength { get; init; } = 65_536;

    /// <summary>DefaultTime2Wait in seconds.</summary>
    public int DefaultTime2Wait { get; init; } = 2;

    /// <summary>DefaultTime2Retain in seconds.</summary>
    public int DefaultTime2Retain { get; init; } = 20;

    /// <summary>MaxOutstandingR2T.</summary>
    public int MaxOutstandingR2T { get; init; } = 1;

    /// <summary>DataPDUInOrder.</summary>
    public bool DataPduInOrder { get; init; } = true;

    /// <summary>DataSequenceInOrder.</summary>
    public bool DataSequenceInOrder { get; init; } = true;

    /// <summary>ErrorRecoveryLevel.</summary>
    public int ErrorRecoveryLevel { get; init; }

    /// <summary>The initiator's declared MaxRecvDataSegmentLength: the most the target may put in one PDU.</summary>
    public int InitiatorMaxRecvDataSegmentLength { get; init; } = 8192;

    /// <summary>The target's declared MaxRecvDataSegmentLength: the most the initiator may put in one PDU.</summary>
    public int TargetMaxRecvDataSegmentLength { get; init; } = 8192;

    /// <summary>The digests full feature phase PDUs carry.</summary>
    public IscsiDigests Digests => (HeaderDigest ? IscsiDigests.Header : IscsiDigests.None) | (DataDigest ? IscsiDigests.Data : IscsiDigests.None);

    /// <summary>Applies one key's result.</summary>
    public IscsiSessionParameters With(string key, string value)
    {
        var yes = value == "Yes";
        var number = IscsiKeys.TryParseNumber(value, out var n) ? (int)Math.Min(n, int.MaxValue) : 0;
        return key switch
        {
            IscsiKeys.HeaderDigest => this with { HeaderDigest = value == "CRC32C" },
            IscsiKeys.DataDigest => this with { DataDigest = value == "CRC32C" },
            IscsiKeys.MaxConnections => this with { MaxConnections = number },
            IscsiKeys.InitialR2T => this with { InitialR2T = yes },
            IscsiKeys.ImmediateData => this with { ImmediateData = yes },
            IscsiKeys.MaxBurstLength => this with { MaxBurstLength = number },
            IscsiKeys.FirstBurstLength => this with { FirstBurstLength = number },
            IscsiKeys.DefaultTime2Wait => this with { DefaultTime2Wait = number },
            IscsiKeys.DefaultTime2Retain => this with { DefaultTime2Retain = number },
            IscsiKeys.MaxOutstandingR2T => this with { MaxOutstandingR2T = number },
            IscsiKeys.DataPduInOrder => this with { DataPduInOrder = yes },
            IscsiKeys.DataSequenceInOrder => this with { DataSequenceInOrder = yes },
            IscsiKeys.ErrorRecoveryLevel => this with { ErrorRecoveryLevel = number },
            _ => this,
        };
    }
}
