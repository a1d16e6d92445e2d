using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>SCSI commands: WRITE data collection (immediate, unsolicited, R2T), execution, Data-In and SCSI Response (RFC 7143 §11.3-§11.8).</summary>
internal sealed partial class IscsiTargetConnection
{
    private byte[] _dataInBuffer = [];
    private uint _nextTransferTag = 1;

    private async ValueTask ExecuteAsync(IscsiScsiCommand command, CancellationToken cancellationToken)
    {
        Accept(command.CmdSN, command.Immediate);
        var session = _session!;
        if (session.IsDiscovery)
        {
            // Discovery sessions carry text and logout only (RFC 7143 §4.3).
            await SendRejectAsync(IscsiRejectReason.ProtocolError, _connection.LastHeader, cancellationToken);
            return;
        }

        var dataOut = ReadOnlyMemory<byte>.Empty;
        if (command.Write)
        {
            if (command.ExpectedDataTransferLength > Options.MaxWriteLength)
            {
                await RespondAsync(command, ScsiCommandResult.Check(ScsiSense.InvalidFieldInCdb), 0, cancellationToken);
                return;
            }
            var collected = await CollectWriteDataAsync(command, cancellationToken);
            if (collected is null)
            {
                return; // the connection ended while waiting for data
            }
            dataOut = collected;
        }

        var cdb = command.Cdb.Span;
        var unit = session.Target!.Find(command.Lun);
        ScsiCommandResult result;
        if (cdb.Length > 0 && (ScsiOpcode)cdb[0] == ScsiOpcode.ReportLuns)
        {
            var allocation = ScsiCdb.TryDecode(cdb, out var decoded) && decoded is ScsiReportLuns rl ? (int)Math.Min(rl.AllocationLength, int.MaxValue) : 0;
            result = ScsiCommandResult.WithData(ScsiReportLunsData.Encode(IscsiTarget.LunsOf(session.Target)), allocation);
        }
        else if (unit is null)
        {
            result = cdb.Length > 0 && (ScsiOpcode)cdb[0] == ScsiOpcode.Inquiry && (cdb[1] & 1) == 0
                ? ScsiCommandResult.WithData(new ScsiInquiryData(ScsiInquiryData.NoLogicalUnit, "", "", "").ToArray(), (cdb[3] << 8) | cdb[4])
                : ScsiCommandResult.Check(ScsiSense.LogicalUnitNotSupported);
        }
        else
        {
            result = unit.Execute(session.Nexus!, cdb, dataOut.Span);
            if (result.Status == ScsiStatus.Busy)
            {
                _target.Log($"fault: LUN {unit.Number} busy");
            }
            if (result.DataIn is { Length: > 0 } && Options.Faults.ReadDelay > TimeSpan.Zero && (ScsiCdb.TryDecode(cdb, out var c) && c is ScsiBlockCommand))
            {
                await Task.Delay(Options.Faults.ReadDelay, _target.TimeProvider, cancellationToken);
            }
        }
        await RespondAsync(command, result, command.Write ? dataOut.Length : 0, cancellationToken);
    }

    /// <summary>Collects a WRITE's data: immediate data, unsolicited Data-Out up to FirstBurstLength, then R2T by R2T (RFC 7143 §4.2.5.2).</summary>
    private async ValueTask<byte[]?> CollectWriteDataAsync(IscsiScsiCommand command, CancellationToken cancellationToken)
    {
        var total = (int)command.ExpectedDataTransferLength;
        var buffer = new byte[total];
        var received = Math.Min(command.Data.Length, total);
        command.Data.Span[..received].CopyTo(buffer);

        var unsolicited = !Parameters.InitialR2T && !command.Final;
        var unsolicitedEnd = Math.Min(total, Parameters.FirstBurstLength);
        while (unsolicited && received < unsolicitedEnd)
        {
            var dataOut = await ReadDataOutAsync(command.InitiatorTaskTag, IscsiPdu.ReservedTag, buffer, cancellationToken);
            if (dataOut is null)
            {
                return null;
            }
            received = Math.Max(received, Place(buffer, dataOut));
            if (dataOut.Final)
            {
                break;
            }
        }

        uint r2tSN = 0;
        while (received < total)
        {
            var length = Math.Min(total - received, Parameters.MaxBurstLength);
            var tag = _nextTransferTag++;
            if (_nextTransferTag == IscsiPdu.ReservedTag)
            {
                _nextTransferTag = 1;
            }
            await _connection.WriteAsync(new IscsiReadyToTransfer
            {
                InitiatorTaskTag = command.InitiatorTaskTag,
                Lun = command.Lun,
                TargetTransferTag = tag,
                StatSN = _statSN,
                ExpCmdSN = _expCmdSN,
                MaxCmdSN = MaxCmdSN,
                R2TSN = r2tSN++,
                BufferOffset = (uint)received,
                DesiredDataTransferLength = (uint)length,
            }, cancellationToken);
            var end = received + length;
            while (received < end)
            {
                var dataOut = await ReadDataOutAsync(command.InitiatorTaskTag, tag, buffer, cancellationToken);
                if (dataOut is null)
                {
                    return null;
                }
                received = Math.Max(received, Place(buffer, dataOut));
                if (dataOut.Final)
                {
                    break;
                }
            }
            received = Math.Max(received, end); // a short burst leaves zeros; the CDB check reports what was missing
        }
        return buffer;
    }

    /// <summary>Puts a Data-Out's data in place unless it was read there already (ignoring bytes beyond the buffer); returns the
    /// end offset it reached.</summary>
    private static int Place(byte[] buffer, IscsiDataOut dataOut)
    {
        var offset = (long)dataOut.BufferOffset;
        if (offset >= buffer.Length)
        {
            return buffer.Length;
        }
        var n = (int)Math.Min(dataOut.Data.Length, buffer.Length - offset);
        var place = buffer.AsSpan((int)offset, n);
        if (!place.Overlaps(dataOut.Data.Span, out var shift) || shift != 0)
        {
            dataOut.Data.Span[..n].CopyTo(place);
        }
        return (int)offset + n;
    }

    /// <summary>Waits for the next Data-Out of a task, its data read straight into <paramref name="buffer"/> at its Buffer Offset;
    /// other PDUs that arrive meanwhile are set aside and served afterwards.</summary>
    private async ValueTask<IscsiDataOut?> ReadDataOutAsync(uint initiatorTaskTag, uint targetTransferTag, byte[] buffer,
        CancellationToken cancellationToken)
    {
        IscsiDataPlacement placement = (header, length) =>
            header is IscsiDataOut d && d.InitiatorTaskTag == initiatorTaskTag && d.TargetTransferTag == targetTransferTag
                && d.BufferOffset + (ulong)length <= (ulong)buffer.Length
                ? buffer.AsMemory((int)d.BufferOffset, length)
                : Memory<byte>.Empty;
        while (true)
        {
            var pdu = await _connection.ReadAsync(placement, cancellationToken);
            switch (pdu)
            {
                case null:
                    Fail(new IOException("the connection ended while WRITE data was expected"));
                    return null;
                case IscsiDataOut d when d.InitiatorTaskTag == initiatorTaskTag && d.TargetTransferTag == targetTransferTag:
                    return d;
                case IscsiDataOut:
                    break; // data for another task: stale, ignore
                case IscsiNopOut nop when TakePingAnswer(nop):
                    break; // a keep-alive answer must not wait behind a long WRITE
                default:
                    if (_deferred.Count > 256)
                    {
                        Fail(new IOException("too many PDUs queued while waiting for WRITE data"));
                        return null;
                    }
                    _deferred.Enqueue(pdu);
                    break;
            }
        }
    }

    /// <summary>Sends the command's data (Data-In PDUs, the last carrying status when it is GOOD) or a SCSI Response.</summary>
    private async ValueTask RespondAsync(IscsiScsiCommand command, ScsiCommandResult result, int written, CancellationToken cancellationToken)
    {
        var expected = (long)command.ExpectedDataTransferLength;
        var produced = command.Write ? written : result.DataIn?.Length ?? 0;
        var moved = Math.Min(produced, expected);
        var overflow = produced > expected;
        var underflow = produced < expected;
        var residual = (uint)Math.Min(Math.Abs(expected - produced), uint.MaxValue);

        if (command.Read && result.DataIn is { } data && moved > 0)
        {
            var collapse = result.Status == ScsiStatus.Good && result.Sense is null;
            await SendDataInAsync(command, data, moved, collapse, overflow, underflow, residual, cancellationToken);
            if (collapse)
            {
                return;
            }
        }
        await _connection.WriteAsync(new IscsiScsiResponse
        {
            InitiatorTaskTag = command.InitiatorTaskTag,
            Response = IscsiScsiResponseCode.CommandCompleted,
            Status = result.Status,
            StatSN = NextStatSN(),
            ExpCmdSN = _expCmdSN,
            MaxCmdSN = MaxCmdSN,
            ResidualOverflow = overflow && result.Status == ScsiStatus.Good,
            ResidualUnderflow = underflow && result.Status == ScsiStatus.Good,
            ResidualCount = result.Status == ScsiStatus.Good ? residual : 0,
            Data = result.Sense is null ? ReadOnlyMemory<byte>.Empty : IscsiScsiResponse.CreateSenseSegment(result.Sense.ToFixedFormat()),
        }, cancellationToken);
    }

    /// <summary>Data-In PDUs of at most the initiator's MaxRecvDataSegmentLength; F at each MaxBurstLength boundary (§11.7.1).</summary>
    private async ValueTask SendDataInAsync(IscsiScsiCommand command, ScsiDataIn data, long length, bool collapse,
        bool overflow, bool underflow, uint residual, CancellationToken cancellationToken)
    {
        var segment = Math.Max(512, Parameters.InitiatorMaxRecvDataSegmentLength);
        var burst = Math.Max(segment, Parameters.MaxBurstLength);
        // As large as this command's biggest PDU, not the negotiated limit: a boot ROM reading a few sectors keeps a few sectors.
        var largest = (int)Math.Min(segment, length);
        if (_dataInBuffer.Length < largest)
        {
            _dataInBuffer = new byte[largest];
        }
        uint dataSN = 0;
        for (long offset = 0; offset < length;)
        {
            var burstEnd = Math.Min(length, (offset / burst + 1) * burst);
            var n = (int)Math.Min(segment, burstEnd - offset);
            data.CopyTo(offset, _dataInBuffer.AsSpan(0, n));
            var last = offset + n == length;
            var withStatus = last && collapse;
            await _connection.WriteAsync(new IscsiDataIn
            {
                InitiatorTaskTag = command.InitiatorTaskTag,
                Final = offset + n == burstEnd,
                HasStatus = withStatus,
                Status = ScsiStatus.Good,
                ResidualOverflow = withStatus && overflow,
                ResidualUnderflow = withStatus && underflow,
                ResidualCount = withStatus ? residual : 0,
                StatSN = withStatus ? NextStatSN() : 0,
                ExpCmdSN = _expCmdSN,
                MaxCmdSN = MaxCmdSN,
                DataSN = dataSN++,
                BufferOffset = (uint)offset,
                Data = _dataInBuffer.AsMemory(0, n),
            }, cancellationToken);
            offset += n;
        }
    }
}
