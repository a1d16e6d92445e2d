using System.Globalization;
using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net.Ibft;
using FlexFabricSim.Net.Iscsi.Failures;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Boot.Engine;

// The boot LUN attach (REPORT LUNS, TEST UNIT READY, INQUIRY, READ CAPACITY, sector 0), the iBFT, and the OS hand-off.
internal sealed partial class BootSession
{
    private byte[]? _ibft;

    private async Task AttachAsync(CancellationToken cancellationToken)
    {
        var target = _flow.CurrentTarget!;
        var session = _session!;
        var lun = (int)target.Lun;
        try
        {
            var luns = await session.ReportLunsAsync(cancellationToken);
            if (!luns.Any(l => l.TryGetNumber(out var n) && n == lun))
            {
                var listed = string.Join(", ", luns.Select(l => l.TryGetNumber(out var n) ? n.ToString(CultureInfo.InvariantCulture) : l.ToString()));
                _journal.Print(RomMessage.LunNotFound, lun);
                _flow.AttachFailed(new StepFailure(BootEventId.Engine(EngineCode.BootLunNotFound),
                    $"{target.Name} does not report LUN {lun} (REPORT LUNS lists: {(listed.Length == 0 ? "none" : listed)}).", new GuideReference(10)));
                return;
            }
            var attached = await session.AttachAsync(lun, cancellationToken);
            var firstSectors = await session.ReadBlocksAsync(attached, 0, Math.Max(1, BootSectorCheck.BytesNeeded / (int)attached.Capacity.BlockLength),
                cancellationToken);
            var signature = BootSectorCheck.Inspect(firstSectors);
            var report = new AttachReport(target, attached.Inquiry.Vendor.Trim(), attached.Inquiry.Product.Trim(),
                attached.Capacity.BlockCount, attached.Capacity.BlockLength, signature);
            // A blank disk is only a dead end when the ROM is to boot from it. With Boot to iSCSI Target disabled the ROM
            // hands back to the BIOS and the installer on the next boot device writes the disk (G p.11-12).
            if (signature == BootSignature.None && _config.BootToTarget == BootToTarget.Enabled)
            {
                _journal.Print(RomMessage.NoBootSignature, lun);
                _flow.AttachFailed(new StepFailure(BootEventId.Engine(EngineCode.NoBootSignature),
                    $"Sector 0 of LUN {lun} on {target.Name} has no boot signature (no 55 AA): the disk is blank or not bootable."));
                return;
            }
            _journal.Print(RomMessage.LunAttached, lun, $"{report.Vendor} {report.Product}", Size(report.CapacityBytes));
            _journal.Record(EngineCode.LunAttached, string.Create(CultureInfo.InvariantCulture,
                $"LUN {lun}: {report.Vendor} {report.Product}, {report.BlockCount} blocks of {report.BlockSize} bytes, {signature} boot signature."));
            _flow.LunAttached(report);
        }
        catch (IscsiException e) when (e.Failure.ScsiOutcome?.Status == ScsiStatus.Busy)
        {
            _flow.LunBusy();
        }
        catch (IscsiException e)
        {
            var failure = e.Failure.Kind == IscsiFailureKind.ScsiError
                ? new StepFailure(BootEventId.Engine(EngineCode.ScsiCommandFailed), e.Failure.Message)
                : IscsiFailureMapping.ToStepFailure(e.Failure);
            _journal.Print(RomMessage.ScsiError, lun, e.Failure.Message);
            _flow.AttachFailed(failure);
        }
    }

    private void PublishIbft()
    {
        var model = IbftPublisher.Model(_config, _flow.Address!, _flow.Attach!.Target);
        _ibft = IbftBuilder.Build(model);
        _journal.Record(EngineCode.IbftPublished, string.Create(CultureInfo.InvariantCulture,
            $"iBFT published ({_ibft.Length} bytes): initiator {model.Initiator.Name}, target {_flow.Attach.Target.Name} LUN {_flow.Attach.Target.Lun}."));
        _flow.IbftPublished();
    }

    private void HandOff()
    {
        if (_os is null)
        {
            _flow.HandedOff(null);
            return;
        }
        var phase = _flow.State == BootState.BiosHandBack ? OsPhase.Install : OsPhase.Boot;
        var context = IbftPublisher.ReadBack(_ibft, _config.Path, phase, (int)_flow.Link!.Speed);
        _flow.HandedOff(_os.HandOff(context, _request.OsInputs));
    }

    private static string Size(ulong bytes) => bytes switch
    {
        >= 1UL << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1UL << 30):0.#} GiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1UL << 20):0.#} MiB"),
    };
}
