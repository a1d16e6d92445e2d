using System.Globalization;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Cli.Commands;

/// <summary>A <c>--lun</c> value: <c>N=FILE[,ro][,size=SIZE]</c> or <c>N=mem:SIZE</c>.</summary>
public sealed record LunSpec(int Number, string? File, long? Size, bool ReadOnly)
{
    /// <summary>Parses a spec; <paramref name="error"/> says what is wrong otherwise.</summary>
    public static bool TryParse(string text, out LunSpec? spec, out string error)
    {
        spec = null;
        error = string.Empty;
        var equals = text.IndexOf('=');
        if (equals <= 0 || !int.TryParse(text.AsSpan(0, equals), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number > ScsiLun.MaxFlatNumber)
        {
            error = $"--lun '{text}': expected N=FILE[,ro][,size=SIZE] or N=mem:SIZE with N from 0 to {ScsiLun.MaxFlatNumber}";
            return false;
        }
        var rest = text[(equals + 1)..];
        if (rest.StartsWith("mem:", StringComparison.Ordinal))
        {
            if (!CliSizes.TryParse(rest[4..], out var memory) || memory < 512)
            {
                error = $"--lun '{text}': '{rest[4..]}' is not a size of at least 512 bytes (e.g. 64M)";
                return false;
            }
            spec = new LunSpec(number, null, memory, false);
            return true;
        }
        var parts = rest.Split(',');
        if (parts[0].Length == 0)
        {
            error = $"--lun '{text}': no file named";
            return false;
        }
        long? size = null;
        var readOnly = false;
        foreach (var part in parts.Skip(1))
        {
            if (part == "ro")
            {
                readOnly = true;
            }
            else if (part.StartsWith("size=", StringComparison.Ordinal) && CliSizes.TryParse(part[5..], out var s) && s >= 512)
            {
                size = s;
            }
            else
            {
                error = $"--lun '{text}': unknown option '{part}' (use ro or size=SIZE)";
                return false;
            }
        }
        spec = new LunSpec(number, parts[0], size, readOnly);
        return true;
    }

    /// <summary>Opens the storage: a RAM disk, or the file (created sparse when a size is given).</summary>
    public IScsiBlockDevice Open() => File is null
        ? new MemoryBlockDevice(Size!.Value)
        : FileBlockDevice.Open(File, ReadOnly, Size);
}
