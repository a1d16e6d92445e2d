using FlexFabricSim.Net.Iscsi.Failures;
using FlexFabricSim.Net.Iscsi.Login;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi.Initiator;

/// <summary>The commands a boot ROM issues (REPORT LUNS, TEST UNIT READY, INQUIRY, READ CAPACITY, READ, WRITE) and SendTargets,
/// NOP, task management and logout.</summary>
public sealed partial class IscsiSession
{
    /// <summary>Runs a command, retrying UNIT ATTENTION (once per LUN) and BUSY (up to <see cref="IscsiInitiatorOptions.BusyRetryCount"/>).</summary>
    /// <exception cref="IscsiException">The command still fails: <see cref="IscsiFailureKind.ScsiError"/> with the outcome.</exception>
    public async Task<ScsiCommandOutcome> RunAsync(ScsiLun lun, ScsiCdb cdb, Memory<byte> dataIn = default,
        ReadOnlyMemory<byte> dataOut = default, CancellationToken cancellationToken = default)
    {
        var busy = 0;
        var attentions = 0;
        while (true)
        {
            var outcome = await ExecuteAsync(lun, cdb, dataIn, dataOut, cancellationToken);
            if (outcome.IsGood)
            {
                return outcome;
            }
            if (outcome.IsUnitAttention && attentions++ < 4)
            {
                continue;
            }
            if (outcome.Status == ScsiStatus.Busy && busy++ < _options.BusyRetryCount)
            {
                await Task.Delay(_options.BusyRetryDelay, _time, cancellationToken);
                continue;
            }
            throw new IscsiException(new IscsiFailure(IscsiFailureKind.ScsiError, null, $"{cdb.Opcode} on LUN {lun} ended {outcome}")
            {
                ScsiOutcome = outcome,
            });
        }
    }

    /// <summary>REPORT LUNS, asking again with a larger allocation when the list did not fit.</summary>
    public async Task<IReadOnlyList<ScsiLun>> ReportLunsAsync(CancellationToken cancellationToken = default)
    {
        var allocation = 16 + 8 * 32;
        while (true)
        {
            var buffer = new byte[allocation];
            var outcome = await RunAsync(ScsiLun.Zero, new ScsiReportLuns((uint)allocation), buffer, default, cancellationToken);
            var announced = ScsiReportLunsData.AnnouncedLength(buffer.AsSpan(0, outcome.DataLength));
            if (announced + 8 <= allocation || allocation >= 1 << 20)
            {
                return ScsiReportLunsData.Parse(buffer.AsSpan(0, outcome.DataLength));
            }
            allocation = (int)Math.Min(announced + 8, 1 << 20);
        }
    }

    /// <summary>Standard INQUIRY data.</summary>
    public async Task<ScsiInquiryData> InquiryAsync(ScsiLun lun, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[96];
        var outcome = await RunAsync(lun, new ScsiInquiry(false, 0, (ushort)buffer.Length), buffer, default, cancellationToken);
        return ScsiInquiryData.TryParse(buffer.AsSpan(0, outcome.DataLength), out var data)
            ? data
            : throw new IscsiException(new IscsiFailure(IscsiFailureKind.ProtocolError, GuideEventId.InvalidPdu, "INQUIRY data shorter than 36 bytes"));
    }

    /// <summary>A vital product data page (00h, 80h, 83h, ...), whole.</summary>
    public async Task<byte[]> InquiryVpdAsync(ScsiLun lun, byte page, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[255];
        var outcome = await RunAsync(lun, new ScsiInquiry(true, page, (ushort)buffer.Length), buffer, default, cancellationToken);
        return buffer[..outcome.DataLength];
    }

    /// <summary>READ CAPACITY(10), then READ CAPACITY(16) when the disk is too large for it (SBC-3 §5.15).</summary>
    public async Task<ScsiCapacity> ReadCapacityAsync(ScsiLun lun, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[ScsiReadCapacity16.DataLength];
        var outcome = await RunAsync(lun, new ScsiReadCapacity10(), buffer.AsMemory(0, ScsiReadCapacity10.DataLength), default, cancellationToken);
        if (ScsiCapacity.TryParse10(buffer.AsSpan(0, outcome.DataLength), out var capacity) && capacity.LastLba != uint.MaxValue)
        {
            return capacity;
        }
        return await ReadCapacity16Async(lun, cancellationToken);
    }

    /// <summary>READ CAPACITY(16).</summary>
    public async Task<ScsiCapacity> ReadCapacity16Async(ScsiLun lun, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[ScsiReadCapacity16.DataLength];
        var outcome = await RunAsync(lun, new ScsiReadCapacity16(), buffer, default, cancellationToken);
        return ScsiCapacity.TryParse16(buffer.AsSpan(0, outcome.DataLength), out var capacity)
            ? capacity
            : throw new IscsiException(new IscsiFailure(IscsiFailureKind.ProtocolError, GuideEventId.InvalidPdu, "READ CAPACITY(16) data too short"));
    }

    /// <summary>TEST UNIT READY, with the usual UNIT ATTENTION and BUSY retries.</summary>
    public Task TestUnitReadyAsync(ScsiLun lun, CancellationToken cancellationToken = default) =>
        RunAsync(lun, new ScsiTestUnitReady(), default, default, cancellationToken);

    /// <summary>What a boot ROM does before booting from a LUN: TEST UNIT READY, INQUIRY, READ CAPACITY.</summary>
    public async Task<IscsiAttachedLun> AttachAsync(int lun, CancellationToken cancellationToken = default)
    {
        var address = ScsiLun.FromNumber(lun);
        await TestUnitReadyAsync(address, cancellationToken);
        var inquiry = await InquiryAsync(address, cancellationToken);
        var capacity = await ReadCapacityAsync(address, cancellationToken);
        return new IscsiAttachedLun(address, inquiry, capacity);
    }

    /// <summary>Reads whole blocks into a new array.</summary>
    public async Task<byte[]> ReadBlocksAsync(IscsiAttachedLun lun, ulong lba, int blockCount, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[(long)blockCount * lun.Capacity.BlockLength];
        await ReadAsync(lun.Lun, lba, blockCount, (int)lun.Capacity.BlockLength, buffer, cancellationToken);
        return buffer;
    }

    /// <summary>Writes whole blocks with WRITE(10) or WRITE(16), one command per <see cref="IscsiInitiatorOptions.MaxTransferLength"/>.</summary>
    public async Task WriteAsync(ScsiLun lun, ulong lba, int blockSize, ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
    {
        if (source.Length % blockSize != 0)
        {
            throw new ArgumentException("source must be whole blocks", nameof(source));
        }
        var perCommand = Math.Max(blockSize, _options.MaxTransferLength / blockSize * blockSize);
        for (var at = 0; at < source.Length; at += perCommand)
        {
            var n = Math.Min(perCommand, source.Length - at);
            var block = lba + (ulong)(at / blockSize);
            var blocks = (uint)(n / blockSize);
            ScsiCdb cdb = block + blocks <= uint.MaxValue && blocks <= ushort.MaxValue ? new ScsiWrite10(block, blocks) : new ScsiWrite16(block, blocks);
            await RunAsync(lun, cdb, default, source.Slice(at, n), cancellationToken);
        }
    }

    /// <summary>SYNCHRONIZE CACHE(10) of the whole unit.</summary>
    public Task SynchronizeCacheAsync(ScsiLun lun, CancellationToken cancellationToken = default) =>
        RunAsync(lun, new ScsiSynchronizeCache10(), default, default, cancellationToken);

    /// <summary>SendTargets=All: every target and portal the target knows of (RFC 7143 App. C).</summary>
    public async Task<IReadOnlyList<IscsiDiscoveredTarget>> SendTargetsAsync(CancellationToken cancellationToken = default)
    {
        Enter();
        try
        {
            var itt = NextTag();
            var text = new MemoryStream();
            var ttt = IscsiPdu.ReservedTag;
            while (true)
            {
                await SendAsync(new IscsiTextRequest
                {
                    Immediate = true,
                    InitiatorTaskTag = itt,
                    TargetTransferTag = ttt,
                    CmdSN = _cmdSN,
                    ExpStatSN = _expStatSN,
                    Data = ttt == IscsiPdu.ReservedTag ? IscsiTextCodec.Encode([new(IscsiKeys.SendTargets, "All")]) : ReadOnlyMemory<byte>.Empty,
                }, cancellationToken);
                IscsiPdu pdu;
                do
                {
                    pdu = await ReceiveAsync(_options.CommandTimeout, GuideEventId.SendTargetsTimeout, "SendTargets", cancellationToken);
                }
                while (await HandleUnsolicitedAsync(pdu, cancellationToken));
                if (pdu is not IscsiTextResponse response || response.InitiatorTaskTag != itt)
                {
                    throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.InvalidPdu, $"expected a Text Response, got {pdu.Opcode}");
                }
                text.Write(response.Data.Span);
                if (response.Final && !response.Continue)
                {
                    await HonourLogoutRequestAsync(cancellationToken);
                    return ParseSendTargets(text.ToArray());
                }
                ttt = response.TargetTransferTag;
            }
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>Pings the target with a NOP-Out and waits for the NOP-In (event 48 when it does not come).</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        Enter();
        try
        {
            var itt = NextTag();
            await SendAsync(new IscsiNopOut { Immediate = true, InitiatorTaskTag = itt, CmdSN = _cmdSN, ExpStatSN = _expStatSN }, cancellationToken);
            while (true)
            {
                var pdu = await ReceiveAsync(_options.CommandTimeout, GuideEventId.NopTimeout, "NOP-Out", cancellationToken);
                if (pdu is IscsiNopIn { } nop && nop.InitiatorTaskTag == itt)
                {
                    await HonourLogoutRequestAsync(cancellationToken);
                    return;
                }
                if (!await HandleUnsolicitedAsync(pdu, cancellationToken))
                {
                    throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.InvalidPdu, $"expected a NOP-In, got {pdu.Opcode}");
                }
            }
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>Sends a task management function and returns the target's answer (event 49 on time-out).</summary>
    public async Task<IscsiTaskManagementResponseCode> TaskManagementAsync(IscsiTaskManagementFunction function, ScsiLun lun,
        CancellationToken cancellationToken = default)
    {
        Enter();
        try
        {
            var itt = NextTag();
            await SendAsync(new IscsiTaskManagementRequest
            {
                Immediate = true,
                InitiatorTaskTag = itt,
                Function = function,
                Lun = lun,
                CmdSN = _cmdSN,
                ExpStatSN = _expStatSN,
            }, cancellationToken);
            while (true)
            {
                var pdu = await ReceiveAsync(_options.CommandTimeout, GuideEventId.TaskManagementTimeout, $"task management {function}", cancellationToken);
                if (pdu is IscsiTaskManagementResponse response && response.InitiatorTaskTag == itt)
                {
                    await HonourLogoutRequestAsync(cancellationToken);
                    return response.Response;
                }
                if (!await HandleUnsolicitedAsync(pdu, cancellationToken))
                {
                    throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.InvalidPdu, $"expected a task management response, got {pdu.Opcode}");
                }
            }
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>Logs the session out (event 44 on time-out) and closes the connection.</summary>
    public async Task LogoutAsync(CancellationToken cancellationToken = default)
    {
        Enter();
        try
        {
            await LogoutCoreAsync(GuideEventId.LogoutTimeout, "logout", cancellationToken);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>Logout with reason "close the session", then the connection is closed (RFC 7143 §11.14).</summary>
    private async Task LogoutCoreAsync(GuideEventId timeoutEvent, string waitingFor, CancellationToken cancellationToken)
    {
        var itt = NextTag();
        await SendAsync(new IscsiLogoutRequest
        {
            Immediate = true,
            InitiatorTaskTag = itt,
            Reason = IscsiLogoutReason.CloseSession,
            CmdSN = _cmdSN,
            ExpStatSN = _expStatSN,
        }, cancellationToken);
        while (true)
        {
            var pdu = await ReceiveAsync(_options.LogoutTimeout, timeoutEvent, waitingFor, cancellationToken);
            if (pdu is IscsiLogoutResponse response && response.InitiatorTaskTag == itt)
            {
                if (response.Response != IscsiLogoutResponseCode.Success)
                {
                    throw Fail(IscsiFailureKind.ProtocolError, null, $"logout answered {response.Response}");
                }
                State = IscsiSessionState.LoggedOut;
                await _connection.DisposeAsync();
                return;
            }
            if (!await HandleUnsolicitedAsync(pdu, cancellationToken))
            {
                throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.InvalidPdu, $"expected a Logout Response, got {pdu.Opcode}");
            }
        }
    }

    private static List<IscsiDiscoveredTarget> ParseSendTargets(byte[] text)
    {
        var targets = new List<IscsiDiscoveredTarget>();
        string? name = null;
        var portals = new List<IscsiPortal>();
        foreach (var (key, value) in IscsiTextCodec.Parse(text))
        {
            if (key == IscsiKeys.TargetName)
            {
                if (name is not null)
                {
                    targets.Add(new IscsiDiscoveredTarget(name, portals));
                }
                name = value;
                portals = [];
            }
            else if (key == IscsiKeys.TargetAddress && IscsiPortal.TryParse(value, out var portal))
            {
                portals.Add(portal);
            }
        }
        if (name is not null)
        {
            targets.Add(new IscsiDiscoveredTarget(name, portals));
        }
        return targets;
    }
}
