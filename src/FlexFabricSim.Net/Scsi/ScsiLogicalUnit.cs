using System.Globalization;

namespace FlexFabricSim.Net.Scsi;

/// <summary>A simulated disk: answers the SPC-4/SBC-3 commands a boot ROM, libiscsi and Linux send, over an <see cref="IScsiBlockDevice"/>.</summary>
/// <remarks>Transport-independent: the iSCSI target hands it CDBs and WRITE data and sends back what it returns. Split by concern:
/// this file holds the medium's commands, <c>.TaskSet</c> the per-nexus state (unit attention, injected BUSY). Safe for
/// concurrent use by several sessions.</remarks>
public sealed partial class ScsiLogicalUnit : IDisposable
{
    /// <summary>The vendor identification INQUIRY reports.</summary>
    public const string Vendor = "FFSIM";

    /// <summary>The product identification INQUIRY reports.</summary>
    public const string Product = "VIRTUAL-DISK";

    /// <summary>The product revision INQUIRY reports.</summary>
    public const string Revision = "0001";

    /// <summary>Creates LUN <paramref name="number"/> over <paramref name="device"/>; <paramref name="serial"/> defaults to one derived from the LUN.</summary>
    public ScsiLogicalUnit(int number, IScsiBlockDevice device, string? serial = null)
    {
        Number = number;
        Lun = ScsiLun.FromNumber(number);
        Device = device;
        Serial = serial ?? string.Create(CultureInfo.InvariantCulture, $"FFSIM{number:D5}");
        Capacity = new ScsiCapacity((ulong)device.BlockCount - 1, (uint)device.BlockSize);
        // NAA 6 (IEEE registered extended) with a locally made-up OUI and the LUN number: stable across restarts.
        Naa = 0x6000_0000_0000_0000UL | (0x0FF_F51UL << 36) | (ulong)(uint)number;
    }

    /// <summary>The LUN number.</summary>
    public int Number { get; }

    /// <summary>The LUN as an 8-byte SAM address.</summary>
    public ScsiLun Lun { get; }

    /// <summary>The storage.</summary>
    public IScsiBlockDevice Device { get; }

    /// <summary>The unit serial number (VPD page 80h).</summary>
    public string Serial { get; }

    /// <summary>The capacity READ CAPACITY reports.</summary>
    public ScsiCapacity Capacity { get; }

    /// <summary>The NAA designator of VPD page 83h.</summary>
    public ulong Naa { get; }

    /// <summary>Runs one command on the medium, past the task set's checks (unit attention, BUSY).</summary>
    private ScsiCommandResult ExecuteOnMedium(ReadOnlySpan<byte> cdb, ReadOnlySpan<byte> dataOut)
    {
        if (!ScsiCdb.TryDecode(cdb, out var command))
        {
            return cdb.Length > 0 && (ScsiOpcode)cdb[0] == ScsiOpcode.RequestSense
                ? ScsiCommandResult.WithData(new ScsiSense(ScsiSenseKey.NoSense, 0, 0).ToFixedFormat(), cdb.Length > 4 ? cdb[4] : 18)
                : ScsiCommandResult.Check(ScsiSense.InvalidCommandOperationCode);
        }
        return command switch
        {
            ScsiTestUnitReady => ScsiCommandResult.Good,
            ScsiInquiry inquiry => Inquire(inquiry),
            ScsiReadCapacity10 => ScsiCommandResult.WithData(Capacity.ToReadCapacity10Data(), ScsiReadCapacity10.DataLength),
            ScsiReadCapacity16 rc => ScsiCommandResult.WithData(Capacity.ToReadCapacity16Data(), (int)Math.Min(rc.AllocationLength, int.MaxValue)),
            ScsiModeSense6 sense => ModeSense(sense),
            ScsiSynchronizeCache10 => Synchronize(),
            ScsiBlockCommand { ReadsData: true } read => Read(read),
            ScsiBlockCommand write => Write(write, dataOut),
            _ => ScsiCommandResult.Check(ScsiSense.InvalidCommandOperationCode),
        };
    }

    /// <summary>Flushes the device.</summary>
    public void Flush() => Device.Flush();

    /// <inheritdoc />
    public void Dispose() => Device.Dispose();

    private ScsiCommandResult Inquire(ScsiInquiry inquiry)
    {
        const byte type = ScsiInquiryData.DirectAccessBlockDevice;
        if (!inquiry.Evpd)
        {
            return inquiry.PageCode != 0
                ? ScsiCommandResult.Check(ScsiSense.InvalidFieldInCdb)
                : ScsiCommandResult.WithData(new ScsiInquiryData(type, Vendor, Product, Revision).ToArray(), inquiry.AllocationLength);
        }
        byte[]? page = inquiry.PageCode switch
        {
            ScsiVpdPage.SupportedPages => ScsiVpdPage.EncodeSupportedPages(type),
            ScsiVpdPage.UnitSerialNumber => ScsiVpdPage.EncodeUnitSerialNumber(type, Serial),
            ScsiVpdPage.DeviceIdentification => ScsiVpdPage.EncodeDeviceIdentification(type, Naa, Vendor, Serial),
            _ => null,
        };
        return page is null ? ScsiCommandResult.Check(ScsiSense.InvalidFieldInCdb) : ScsiCommandResult.WithData(page, inquiry.AllocationLength);
    }

    private ScsiCommandResult ModeSense(ScsiModeSense6 cdb)
    {
        var data = ScsiModePages.Encode(cdb, Capacity, Device.IsReadOnly, writeCacheEnabled: true);
        return data is null ? ScsiCommandResult.Check(ScsiSense.InvalidFieldInCdb) : ScsiCommandResult.WithData(data, cdb.AllocationLength);
    }

    private ScsiCommandResult Synchronize()
    {
        try
        {
            Device.Flush();
            return ScsiCommandResult.Good;
        }
        catch (IOException)
        {
            return ScsiCommandResult.Check(ScsiSense.WriteError);
        }
    }

    private bool InRange(ScsiBlockCommand command) =>
        command.Lba <= (ulong)Device.BlockCount && command.TransferLength <= (ulong)Device.BlockCount - command.Lba;

    private ScsiCommandResult Read(ScsiBlockCommand read)
    {
        if (!InRange(read))
        {
            return ScsiCommandResult.Check(ScsiSense.LbaOutOfRange);
        }
        var bytes = (long)read.TransferLength * Device.BlockSize;
        return new ScsiCommandResult(ScsiStatus.Good, null, ScsiDataIn.FromDevice(Device, (long)read.Lba * Device.BlockSize, bytes));
    }

    private ScsiCommandResult Write(ScsiBlockCommand write, ReadOnlySpan<byte> dataOut)
    {
        if (Device.IsReadOnly)
        {
            return ScsiCommandResult.Check(ScsiSense.WriteProtected);
        }
        if (!InRange(write))
        {
            return ScsiCommandResult.Check(ScsiSense.LbaOutOfRange);
        }
        var bytes = (long)write.TransferLength * Device.BlockSize;
        if (dataOut.Length < bytes)
        {
            // The initiator's Expected Data Transfer Length was shorter than the CDB asks for.
            return ScsiCommandResult.Check(ScsiSense.InvalidFieldInCdb);
        }
        try
        {
            Device.Write((long)write.Lba * Device.BlockSize, dataOut[..(int)bytes]);
            if (write.ForceUnitAccess)
            {
                Device.Flush();
            }
            return ScsiCommandResult.Good;
        }
        catch (IOException)
        {
            return ScsiCommandResult.Check(ScsiSense.WriteError);
        }
    }
}
