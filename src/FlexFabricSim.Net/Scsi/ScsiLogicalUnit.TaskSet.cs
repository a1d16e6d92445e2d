namespace FlexFabricSim.Net.Scsi;

/// <summary>The logical unit's per-nexus state: unit attention conditions (SAM-5 §5.14) and the injected "LUN busy" fault.</summary>
public sealed partial class ScsiLogicalUnit
{
    private readonly object _gate = new();
    private readonly Dictionary<ScsiNexus, ScsiSense?> _nexuses = [];
    private int _busyLeft;

    /// <summary>Commands that never report a pending UNIT ATTENTION nor BUSY (SAM-5 §5.14: INQUIRY, REPORT LUNS, REQUEST SENSE).</summary>
    public static bool IgnoresUnitAttention(byte opcode) =>
        (ScsiOpcode)opcode is ScsiOpcode.Inquiry or ScsiOpcode.ReportLuns or ScsiOpcode.RequestSense;

    /// <summary>A new I_T nexus reaches this unit (an iSCSI login): its first command reports POWER ON, RESET, OR BUS DEVICE RESET
    /// OCCURRED, as tgtd and LIO report to each new session.</summary>
    public void Attach(ScsiNexus nexus)
    {
        lock (_gate)
        {
            _nexuses[nexus] = ScsiSense.PowerOnReset;
        }
    }

    /// <summary>The nexus is gone (logout, connection loss): its pending conditions go with it.</summary>
    public void Detach(ScsiNexus nexus)
    {
        lock (_gate)
        {
            _nexuses.Remove(nexus);
        }
    }

    /// <summary>A logical unit or target reset: every attached nexus gets <paramref name="attention"/> (default BUS DEVICE RESET
    /// FUNCTION OCCURRED, 29h/03h) on its next command, the one that asked for the reset included.</summary>
    public void Reset(ScsiSense? attention = null)
    {
        lock (_gate)
        {
            foreach (var nexus in _nexuses.Keys.ToList())
            {
                _nexuses[nexus] = attention ?? ScsiSense.BusDeviceResetOccurred;
            }
        }
    }

    /// <summary>Fault injection: the next <paramref name="commands"/> commands (from any nexus; INQUIRY, REPORT LUNS and REQUEST
    /// SENSE excepted) complete with BUSY, as a unit still spinning up does (the guide's "LUN Busy Retry Count" case).</summary>
    public void InjectBusy(int commands)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(commands);
        Interlocked.Add(ref _busyLeft, commands);
    }

    /// <summary>Runs one command from <paramref name="nexus"/>: a pending unit attention first, then injected BUSY, then the medium.
    /// <paramref name="dataOut"/> is the WRITE data the transport collected.</summary>
    /// <remarks>REQUEST SENSE returns a pending unit attention as its data and clears it (SPC-4 §6.39); INQUIRY and REPORT LUNS
    /// leave it pending. A nexus never attached is served as one without conditions.</remarks>
    public ScsiCommandResult Execute(ScsiNexus nexus, ReadOnlySpan<byte> cdb, ReadOnlySpan<byte> dataOut)
    {
        if (cdb.IsEmpty)
        {
            return ScsiCommandResult.Check(ScsiSense.InvalidCommandOperationCode);
        }
        if ((ScsiOpcode)cdb[0] == ScsiOpcode.RequestSense && TakeAttention(nexus) is { } pending)
        {
            return ScsiCommandResult.WithData(pending.ToFixedFormat(), cdb.Length > 4 ? cdb[4] : ScsiSense.FixedLength);
        }
        if (!IgnoresUnitAttention(cdb[0]))
        {
            if (TakeAttention(nexus) is { } attention)
            {
                return ScsiCommandResult.Check(attention);
            }
            if (TakeBusy())
            {
                return ScsiCommandResult.Busy;
            }
        }
        return ExecuteOnMedium(cdb, dataOut);
    }

    private ScsiSense? TakeAttention(ScsiNexus nexus)
    {
        lock (_gate)
        {
            if (!_nexuses.TryGetValue(nexus, out var sense) || sense is null)
            {
                return null;
            }
            _nexuses[nexus] = null;
            return sense;
        }
    }

    private bool TakeBusy()
    {
        while (true)
        {
            var left = Volatile.Read(ref _busyLeft);
            if (left <= 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _busyLeft, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
