using FlexFabricSim.Net.Iscsi.Failures;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi.Initiator;

/// <summary>SCSI command execution: one command with its Data-In, R2T and Data-Out traffic, and a pipelined bulk READ.</summary>
public sealed partial class IscsiSession
{
    /// <summary>Runs one command and returns how it ended (any status); protocol and transport failures throw <see cref="IscsiException"/>.</summary>
    /// <param name="lun">The logical unit.</param>
    /// <param name="cdb">The command.</param>
    /// <param name="dataIn">Where data from the target goes; its length is the Expected Data Transfer Length of a read.</param>
    /// <param name="dataOut">Data for the target (WRITE).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<ScsiCommandOutcome> ExecuteAsync(ScsiLun lun, ScsiCdb cdb, Memory<byte> dataIn = default,
        ReadOnlyMemory<byte> dataOut = default, CancellationToken cancellationToken = default)
    {
        Enter();
        try
        {
            var outcome = await ExecuteCoreAsync(lun, cdb, dataIn, dataOut, cancellationToken);
            await HonourLogoutRequestAsync(cancellationToken);
            return outcome;
        }
        finally
        {
            Leave();
        }
    }

    private async Task<ScsiCommandOutcome> ExecuteCoreAsync(ScsiLun lun, ScsiCdb cdb, Memory<byte> dataIn, ReadOnlyMemory<byte> dataOut,
        CancellationToken cancellationToken)
    {
        var itt = NextTag();
        var write = cdb.WritesData && !dataOut.IsEmpty;
        var immediate = write && Parameters.ImmediateData
            ? Math.Min(dataOut.Length, Math.Min(Parameters.FirstBurstLength, Parameters.TargetMaxRecvDataSegmentLength))
            : 0;
        var unsolicitedEnd = write && !Parameters.InitialR2T ? Math.Min(dataOut.Length, Parameters.FirstBurstLength) : immediate;
        await SendAsync(new IscsiScsiCommand
        {
            InitiatorTaskTag = itt,
            Final = unsolicitedEnd <= immediate,
            Read = cdb.ReadsData && !dataIn.IsEmpty,
            Write = write,
            Lun = lun,
            ExpectedDataTransferLength = (uint)(write ? dataOut.Length : cdb.ReadsData ? dataIn.Length : 0),
            CmdSN = _cmdSN++,
            ExpStatSN = _expStatSN,
            Cdb = cdb.ToArray(),
            Data = dataOut[..immediate],
        }, cancellationToken);
        if (unsolicitedEnd > immediate)
        {
            await SendDataOutAsync(itt, lun, IscsiPdu.ReservedTag, dataOut, immediate, unsolicitedEnd - immediate, cancellationToken);
        }

        var received = 0;
        IscsiDataPlacement placement = (header, length) =>
            header is IscsiDataIn d && d.InitiatorTaskTag == itt && d.BufferOffset + (ulong)length <= (ulong)dataIn.Length
                ? dataIn.Slice((int)d.BufferOffset, length)
                : Memory<byte>.Empty;
        while (true)
        {
            var pdu = await ReceiveAsync(_options.CommandTimeout, GuideEventId.ScsiTimeout, $"SCSI {cdb.Opcode}", cancellationToken, placement);
            if (await HandleUnsolicitedAsync(pdu, cancellationToken))
            {
                continue;
            }
            if (pdu is IscsiReject reject)
            {
                throw Fail(IscsiFailureKind.Rejected, GuideEventId.PduRejected, $"the target rejected SCSI {cdb.Opcode}: {reject.Reason}");
            }
            if (pdu.InitiatorTaskTag != itt)
            {
                throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.UnknownTaskTag,
                    $"{pdu.Opcode} for task 0x{pdu.InitiatorTaskTag:x8}, none outstanding");
            }
            switch (pdu)
            {
                case IscsiDataIn data:
                    received = Math.Max(received, Place(dataIn, data));
                    if (data.HasStatus)
                    {
                        return new ScsiCommandOutcome(data.Status, null, received);
                    }
                    break;
                case IscsiReadyToTransfer r2t when write && r2t.BufferOffset + (ulong)r2t.DesiredDataTransferLength <= (ulong)dataOut.Length:
                    await SendDataOutAsync(itt, lun, r2t.TargetTransferTag, dataOut, (int)r2t.BufferOffset, (int)r2t.DesiredDataTransferLength, cancellationToken);
                    break;
                case IscsiReadyToTransfer:
                    throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.InvalidR2T, "an R2T outside the command's data");
                case IscsiScsiResponse response:
                    return Outcome(response, write ? dataOut.Length - (int)response.ResidualCount : received);
                default:
                    throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.InvalidPdu, $"unexpected {pdu.Opcode} during SCSI {cdb.Opcode}");
            }
        }
    }

    /// <summary>Reads <paramref name="blockCount"/> blocks from <paramref name="lba"/> into <paramref name="destination"/>, keeping
    /// <see cref="IscsiInitiatorOptions.QueueDepth"/> READ commands in flight; BUSY and UNIT ATTENTION are retried.</summary>
    public async Task ReadAsync(ScsiLun lun, ulong lba, long blockCount, int blockSize, Memory<byte> destination,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        if (destination.Length < blockCount * blockSize)
        {
            throw new ArgumentException("destination is shorter than the blocks asked for", nameof(destination));
        }
        Enter();
        try
        {
            var perCommand = Math.Max(1, _options.MaxTransferLength / blockSize);
            var pending = new Dictionary<uint, (long Block, int Blocks, int Retries)>();
            var waiting = new Queue<(long Block, int Blocks, int Retries)>();
            for (long b = 0; b < blockCount; b += perCommand)
            {
                waiting.Enqueue((b, (int)Math.Min(perCommand, blockCount - b), 0));
            }
            // Data-In lands straight in the caller's buffer at the task's block plus its Buffer Offset; anything that does not
            // fit a pending task gets its own array and is judged below (unknown task, event 27; overrun, event 26).
            IscsiDataPlacement placement = (header, length) =>
                header is IscsiDataIn d && pending.TryGetValue(d.InitiatorTaskTag, out var t)
                    && d.BufferOffset + (ulong)length <= (ulong)t.Blocks * (ulong)blockSize
                    ? destination.Slice((int)(t.Block * blockSize + d.BufferOffset), length)
                    : Memory<byte>.Empty;
            IscsiFailure? error = null;
            while (waiting.Count > 0 || pending.Count > 0)
            {
                if (pending.Count == 0)
                {
                    await HonourLogoutRequestAsync(cancellationToken); // nothing in flight: the moment to log out and in again
                }
                while (error is null && waiting.Count > 0 && pending.Count < Math.Max(1, _options.QueueDepth) && WindowOpen && !_logoutRequested)
                {
                    var next = waiting.Dequeue();
                    pending[await SendReadAsync(lun, lba + (ulong)next.Block, next.Blocks, blockSize, cancellationToken)] = next;
                }
                var pdu = await ReceiveAsync(_options.CommandTimeout, GuideEventId.ScsiTimeout, "SCSI READ", cancellationToken, placement);
                if (await HandleUnsolicitedAsync(pdu, cancellationToken))
                {
                    continue;
                }
                if (pdu is IscsiReject reject)
                {
                    throw Fail(IscsiFailureKind.Rejected, GuideEventId.PduRejected, $"the target rejected a READ: {reject.Reason}");
                }
                if (!pending.TryGetValue(pdu.InitiatorTaskTag, out var task))
                {
                    throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.UnknownTaskTag, $"{pdu.Opcode} for unknown task 0x{pdu.InitiatorTaskTag:x8}");
                }
                var slice = destination.Slice((int)(task.Block * blockSize), task.Blocks * blockSize);
                ScsiCommandOutcome? outcome = pdu switch
                {
                    IscsiDataIn data => Place(slice, data) >= 0 && data.HasStatus ? new ScsiCommandOutcome(data.Status, null, slice.Length) : null,
                    IscsiScsiResponse response => Outcome(response, slice.Length - (int)response.ResidualCount),
                    _ => throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.InvalidPdu, $"unexpected {pdu.Opcode} during READ"),
                };
                if (outcome is null)
                {
                    continue;
                }
                pending.Remove(pdu.InitiatorTaskTag);
                if (outcome.IsGood)
                {
                    continue;
                }
                if ((outcome.IsUnitAttention || outcome.Status == ScsiStatus.Busy) && task.Retries < _options.BusyRetryCount + 1)
                {
                    if (outcome.Status == ScsiStatus.Busy)
                    {
                        await Task.Delay(_options.BusyRetryDelay, _time, cancellationToken);
                    }
                    waiting.Enqueue(task with { Retries = task.Retries + 1 });
                    continue;
                }
                // A SCSI error ends the read, not the session: stop sending and let the commands in flight finish first.
                error ??= new IscsiFailure(IscsiFailureKind.ScsiError, null, $"READ at LBA {lba + (ulong)task.Block} ended {outcome}")
                {
                    ScsiOutcome = outcome,
                };
                waiting.Clear();
            }
            await HonourLogoutRequestAsync(cancellationToken);
            if (error is not null)
            {
                throw new IscsiException(error);
            }
        }
        finally
        {
            Leave();
        }
    }

    private async ValueTask<uint> SendReadAsync(ScsiLun lun, ulong lba, int blocks, int blockSize, CancellationToken cancellationToken)
    {
        var itt = NextTag();
        ScsiCdb cdb = lba + (ulong)blocks <= uint.MaxValue && blocks <= ushort.MaxValue
            ? new ScsiRead10(lba, (uint)blocks)
            : new ScsiRead16(lba, (uint)blocks);
        await SendAsync(new IscsiScsiCommand
        {
            InitiatorTaskTag = itt,
            Read = true,
            Lun = lun,
            ExpectedDataTransferLength = (uint)(blocks * blockSize),
            CmdSN = _cmdSN++,
            ExpStatSN = _expStatSN,
            Cdb = cdb.ToArray(),
        }, cancellationToken);
        return itt;
    }

    /// <summary>Data-Out PDUs for <paramref name="length"/> bytes from <paramref name="offset"/>, each within the target's MaxRecvDataSegmentLength.</summary>
    private async ValueTask SendDataOutAsync(uint itt, ScsiLun lun, uint ttt, ReadOnlyMemory<byte> data, int offset, int length,
        CancellationToken cancellationToken)
    {
        var segment = Math.Max(512, Parameters.TargetMaxRecvDataSegmentLength);
        uint dataSN = 0;
        for (var at = offset; at < offset + length; at += segment)
        {
            var n = Math.Min(segment, offset + length - at);
            await SendAsync(new IscsiDataOut
            {
                InitiatorTaskTag = itt,
                Lun = lun,
                TargetTransferTag = ttt,
                Final = at + n == offset + length,
                ExpStatSN = _expStatSN,
                DataSN = dataSN++,
                BufferOffset = (uint)at,
                Data = data.Slice(at, n),
            }, cancellationToken);
        }
    }

    /// <summary>Puts a Data-In's data in place, unless it was read there already; more than was asked for is event 26.</summary>
    private int Place(Memory<byte> destination, IscsiDataIn data)
    {
        if (data.BufferOffset + (ulong)data.Data.Length > (ulong)destination.Length)
        {
            throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.TooMuchData,
                $"Data-In at offset {data.BufferOffset} with {data.Data.Length} bytes overruns the {destination.Length}-byte buffer");
        }
        var place = destination.Span.Slice((int)data.BufferOffset, data.Data.Length);
        if (!place.Overlaps(data.Data.Span, out var shift) || shift != 0)
        {
            data.Data.Span.CopyTo(place);
        }
        return (int)data.BufferOffset + data.Data.Length;
    }

    private ScsiCommandOutcome Outcome(IscsiScsiResponse response, int moved)
    {
        if (response.Response != IscsiScsiResponseCode.CommandCompleted)
        {
            throw Fail(IscsiFailureKind.ScsiError, null, "the target reported a target failure (iSCSI Response 01h)");
        }
        ScsiSense.TryParse(response.Sense.Span, out var sense);
        return new ScsiCommandOutcome(response.Status, sense, Math.Max(0, moved));
    }
}
